package org.minzheng.flow.socialorg;

import java.net.URI;
import java.time.Duration;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.legalentity.HttpLegalEntityRegistryClient;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient;
import org.minzheng.flow.integration.legalentity.SimulatedLegalEntityRegistryClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The legal-entity registry client: the simulator by default, the HTTP client with
 * {@code minzheng.registries.mode=http} at {@code minzheng.registries.legal-entity.*}.
 */
@Configuration(proxyBeanMethods = false)
class LegalEntityRegistryConfig {

	@Bean
	LegalEntityRegistryClient legalEntityRegistryClient(@Value("${minzheng.registries.mode:simulator}") String mode,
			@Value("${minzheng.registries.legal-entity.base-uri:http://127.0.0.1:18083}") URI baseUri,
			@Value("${minzheng.registries.legal-entity.connect-timeout:2s}") Duration connectTimeout,
			@Value("${minzheng.registries.legal-entity.read-timeout:10s}") Duration readTimeout) {
		if ("http".equalsIgnoreCase(mode)) {
			return new HttpLegalEntityRegistryClient(new RegistryEndpoint(baseUri, connectTimeout, readTimeout));
		}
		return new SimulatedLegalEntityRegistryClient();
	}

}
