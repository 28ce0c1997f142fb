package org.minzheng.flow.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The verification centre's economic check (居民家庭经济状况核对), which answers days later:
 * {@code minzheng.registries.economic-check.*}. Over HTTP its open requests are polled
 * every {@code poll-interval} (see {@code EconomicCheckPoller}); simulated, it answers
 * after {@code simulator-delay}, with {@code simulator-unpinned-outcome} (when set) as
 * its verdict for households whose ID numbers pin none.
 */
@ConfigurationProperties("minzheng.registries.economic-check")
public record EconomicCheckProperties(String baseUri, Duration connectTimeout, Duration readTimeout,
		Duration simulatorDelay, Duration pollInterval,
		org.minzheng.flow.integration.economic.EconomicCheckOutcome simulatorUnpinnedOutcome)
		implements
			RegistrySettings {

	public EconomicCheckProperties {
		simulatorDelay = simulatorDelay == null ? Duration.ofSeconds(5) : simulatorDelay;
		pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
	}

}
