package org.minzheng.flow.charity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.charityplatform.CharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.HttpCharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.SimulatedCharityPlatformClient;
import org.minzheng.flow.registry.RegistryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 慈善中国 client: the in-process simulator by default, the HTTP client with
 * {@code minzheng.registries.mode=http} at
 * {@code minzheng.registries.charity-platform.base-uri}.
 */
@Configuration(proxyBeanMethods = false)
class CharityPlatformConfig {

	@Bean
	CharityPlatformClient charityPlatformClient(RegistryProperties registries, Clock clock,
			@Value("${minzheng.registries.charity-platform.base-uri:http://127.0.0.1:18085}") URI baseUri,
			@Value("${minzheng.registries.charity-platform.connect-timeout:2s}") Duration connectTimeout,
			@Value("${minzheng.registries.charity-platform.read-timeout:10s}") Duration readTimeout) {
		if (registries.mode() == RegistryProperties.Mode.HTTP) {
			return new HttpCharityPlatformClient(new RegistryEndpoint(baseUri, connectTimeout, readTimeout));
		}
		return new SimulatedCharityPlatformClient(clock);
	}

}
