package org.minzheng.flow.cemetery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.credit.CreditPlatformClient;
import org.minzheng.flow.integration.credit.HttpCreditPlatformClient;
import org.minzheng.flow.integration.credit.SimulatedCreditPlatformClient;
import org.minzheng.flow.registry.RegistryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The credit platform client: the simulator by default, the HTTP client with
 * {@code minzheng.registries.mode=http} at {@code minzheng.registries.credit.base-uri}.
 * Declared only if no other feature has declared one, so that features share it.
 */
@Configuration(proxyBeanMethods = false)
class CemeteryCreditPlatform {

	@Bean
	@ConditionalOnMissingBean(CreditPlatformClient.class)
	CreditPlatformClient cemeteryCreditPlatformClient(RegistryProperties registries, Clock clock,
			@Value("${minzheng.registries.credit.base-uri:http://127.0.0.1:18083}") URI baseUri,
			@Value("${minzheng.registries.credit.connect-timeout:2s}") Duration connectTimeout,
			@Value("${minzheng.registries.credit.read-timeout:10s}") Duration readTimeout) {
		if (registries.mode() == RegistryProperties.Mode.HTTP) {
			return new HttpCreditPlatformClient(new RegistryEndpoint(baseUri, connectTimeout, readTimeout));
		}
		return new SimulatedCreditPlatformClient(clock);
	}

}
