package org.minzheng.flow.integration;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a registry lives and how long we wait for it.
 *
 * @param baseUri absolute http(s) URI the API paths are appended to, e.g.
 * {@code https://hdzx.sz.gov.cn/gateway}; a trailing slash is ignored
 * @param connectTimeout how long to wait for the TCP (and TLS) connection
 * @param readTimeout how long to wait for the response once the request is sent; keep it
 * well under the engine's job lock time so that a slow registry cannot make a second node
 * pick up the same job
 */
public record RegistryEndpoint(URI baseUri, Duration connectTimeout, Duration readTimeout) {

	/** Connect timeout used by {@link #of(URI)}. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

	/** Read timeout used by {@link #of(URI)}. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

	public RegistryEndpoint {
		Objects.requireNonNull(baseUri, "baseUri");
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		Objects.requireNonNull(readTimeout, "readTimeout");
		if (!baseUri.isAbsolute() || !("http".equals(baseUri.getScheme()) || "https".equals(baseUri.getScheme()))) {
			throw new IllegalArgumentException("baseUri must be an absolute http(s) URI: " + baseUri);
		}
		if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
				|| readTimeout.isZero()) {
			throw new IllegalArgumentException("timeouts must be positive");
		}
	}

	/** An endpoint with the default timeouts. */
	public static RegistryEndpoint of(URI baseUri) {
		return new RegistryEndpoint(baseUri, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
	}

	/** The absolute URI of an API path such as {@code /api/v1/checks}. */
	public URI resolve(String path) {
		String base = baseUri.toString();
		String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return URI.create(trimmed + path);
	}

}
