package org.minzheng.flow.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The population registry (人口库: hukou and identity checks):
 * {@code minzheng.registries.population.*}.
 */
@ConfigurationProperties("minzheng.registries.population")
public record PopulationRegistryProperties(String baseUri, Duration connectTimeout,
		Duration readTimeout) implements RegistrySettings {
}
