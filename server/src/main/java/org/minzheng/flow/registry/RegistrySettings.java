package org.minzheng.flow.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.minzheng.flow.integration.RegistryEndpoint;

/**
 * What every registry's settings ({@code minzheng.registries.<registry>.*}) say: where it
 * is and how long we wait for it. An empty {@code base-uri} (the default) means the
 * registry is simulated in-process; a set one means the HTTP client calls it there.
 * Clients do not retry by themselves: a retryable failure goes back to the calling job
 * (or scheduled round), whose retry cycle is the backoff.
 */
public interface RegistrySettings {

	/** Connect timeout of a registry whose settings leave it out. */
	Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

	/** Read timeout of a registry whose settings leave it out. */
	Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

	/** Absolute http(s) URI of the registry's API, or empty for the simulator. */
	String baseUri();

	Duration connectTimeout();

	Duration readTimeout();

	/** Whether the registry is called over HTTP (a base URI is set). */
	default boolean http() {
		return baseUri() != null && !baseUri().isBlank();
	}

	/** The HTTP endpoint, or empty when the registry is simulated. */
	default Optional<RegistryEndpoint> endpoint() {
		if (!http()) {
			return Optional.empty();
		}
		return Optional.of(new RegistryEndpoint(URI.create(baseUri().strip()),
				connectTimeout() == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout(),
				readTimeout() == null ? DEFAULT_READ_TIMEOUT : readTimeout()));
	}

	/** Where the registry is, for the start-up log. */
	default String describe() {
		return http() ? baseUri().strip() : "simulated in-process";
	}

}
