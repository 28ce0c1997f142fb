package org.minzheng.flow.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal-entity registry (法人库) that assigns social organisations' unified social
 * credit codes: {@code minzheng.registries.legal-entity.*}.
 */
@ConfigurationProperties("minzheng.registries.legal-entity")
public record LegalEntityRegistryProperties(String baseUri, Duration connectTimeout,
		Duration readTimeout) implements RegistrySettings {
}
