package org.minzheng.flow.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryEndpointTest {

	@Test
	void appendsApiPathsToABaseUriWithAPrefixAndTrailingSlash() {
		// given a registry behind a gateway prefix
		var endpoint = RegistryEndpoint.of(URI.create("https://gateway.example.gov.cn/hdzx/"));

		// when
		URI uri = endpoint.resolve("/api/v1/checks");

		// then
		assertThat(uri).hasToString("https://gateway.example.gov.cn/hdzx/api/v1/checks");
	}

	@Test
	void refusesZeroTimeouts() {
		assertThatThrownBy(
				() -> new RegistryEndpoint(URI.create("http://localhost:8080"), Duration.ZERO, Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
