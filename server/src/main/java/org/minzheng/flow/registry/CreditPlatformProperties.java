package org.minzheng.flow.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public credit platform (信用中国（广东）), for the lottery outlets' records check, the
 * cemeteries' dishonesty records and the social organisations' credit lists:
 * {@code minzheng.registries.credit-platform.*}. The credit lists are pushed every
 * {@code push-interval} (see the social organisations' {@code CreditPlatformPush}).
 */
@ConfigurationProperties("minzheng.registries.credit-platform")
public record CreditPlatformProperties(String baseUri, Duration connectTimeout, Duration readTimeout,
		Duration pushInterval) implements RegistrySettings {

	public CreditPlatformProperties {
		pushInterval = pushInterval == null ? Duration.ofSeconds(30) : pushInterval;
	}

}
