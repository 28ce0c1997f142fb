package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * What the sessions list keeps of a device and an address, and when a session is over.
 */
class SessionLimitsTest {

	private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

	private final SessionLimits limits = new SessionLimits(
			new SessionProperties(Duration.ofMinutes(30), Duration.ofHours(12)), Clock.fixed(T0, ZoneOffset.UTC));

	@Test
	void aSessionIsOverAfterItsIdleOrItsAbsoluteTimeout() {
		assertThat(limits.over(T0, T0, T0.plus(Duration.ofMinutes(29)))).isFalse();
		assertThat(limits.over(T0, T0, T0.plus(Duration.ofMinutes(30)))).isTrue();
		Instant active = T0.plus(Duration.ofHours(11).plusMinutes(50));
		assertThat(limits.over(T0, active, T0.plus(Duration.ofHours(11).plusMinutes(59)))).isFalse();
		assertThat(limits.over(T0, active, T0.plus(Duration.ofHours(12)))).isTrue();
	}

	@Test
	void settingsThatMakeNoSenseAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionProperties(Duration.ZERO, Duration.ofHours(12)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionProperties(Duration.ofHours(2), Duration.ofHours(1)));
	}

	@Test
	void aDeviceIsItsBrowserAndSystemOnly() {
		assertThat(SessionLimits.device("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
				+ "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
			.isEqualTo("Edge · Windows");
		assertThat(SessionLimits.device("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
			.isEqualTo("Firefox · Linux");
		assertThat(SessionLimits.device("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"))
			.isEqualTo("Safari · iOS");
		assertThat(SessionLimits.device("Java-http-client/17.0.2")).isEqualTo("HTTP client");
		assertThat(SessionLimits.device(null)).isEqualTo("?");
	}

	@Test
	void anAddressIsShownWithoutItsHostPart() {
		assertThat(SessionLimits.maskAddress("10.20.30.40")).isEqualTo("10.20.30.*");
		assertThat(SessionLimits.maskAddress("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:*");
		assertThat(SessionLimits.maskAddress("")).isEqualTo("?");
	}

	@Test
	void aSessionIsNamedByADigestOfItsId() {
		String id = "3f1c2b8e-8d6a-4b55-9a7e-0c7f6d1e2a90";
		assertThat(MySessions.handle(id)).hasSize(32).doesNotContain(id).isEqualTo(MySessions.handle(id));
		assertThat(MySessions.handle(id)).isNotEqualTo(MySessions.handle(id.replace('3', '4')));
	}

}
