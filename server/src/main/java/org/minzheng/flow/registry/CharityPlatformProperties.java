package org.minzheng.flow.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national charity platform 慈善中国, where recognitions, fundraising qualifications and
 * trust filings are published: {@code minzheng.registries.charity-platform.*}.
 */
@ConfigurationProperties("minzheng.registries.charity-platform")
public record CharityPlatformProperties(String baseUri, Duration connectTimeout,
		Duration readTimeout) implements RegistrySettings {
}
