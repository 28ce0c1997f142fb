package org.minzheng.flow.registry;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the external registries are. {@code mode=simulator} (the embedded default) runs
 * deterministic in-process simulators; {@code mode=http} calls the configured base URIs.
 */
@ConfigurationProperties("minzheng.registries")
public record RegistryProperties(Mode mode, Endpoint economicCheck, Endpoint population) {

	/** How registries are reached. */
	public enum Mode {

		SIMULATOR, HTTP

	}

	/** One registry's address, timeouts and, for the simulator, its answer delay. */
	public record Endpoint(URI baseUri, Duration connectTimeout, Duration readTimeout, Duration simulatorDelay) {
	}

}
