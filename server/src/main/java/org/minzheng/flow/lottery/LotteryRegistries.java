package org.minzheng.flow.lottery;

import java.net.URI;
import java.time.Duration;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.records.CreditRecordClient;
import org.minzheng.flow.integration.records.HttpCreditRecordClient;
import org.minzheng.flow.integration.records.SimulatedCreditRecordClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credit and criminal-record check: the simulator by default, the HTTP client with
 * {@code minzheng.registries.mode=http} at {@code minzheng.registries.credit.*}.
 */
@Configuration(proxyBeanMethods = false)
class LotteryRegistries {

	@Bean
	CreditRecordClient creditRecordClient(@Value("${minzheng.registries.mode:simulator}") String mode,
			@Value("${minzheng.registries.credit.base-uri:http://127.0.0.1:18083}") URI baseUri,
			@Value("${minzheng.registries.credit.connect-timeout:2s}") Duration connectTimeout,
			@Value("${minzheng.registries.credit.read-timeout:5s}") Duration readTimeout) {
		if ("http".equalsIgnoreCase(mode)) {
			return new HttpCreditRecordClient(new RegistryEndpoint(baseUri, connectTimeout, readTimeout));
		}
		return new SimulatedCreditRecordClient();
	}

}
