package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code minzheng.security.second-factor.required-for=everyone}: a clerk, whom the
 * default asks for no second factor, gets nothing but the enrolment step after the
 * password, and works once enrolled.
 */
@ApplicationTest
@TestPropertySource(
		properties = { SecondFactorTestExemption.ENFORCED, "minzheng.security.second-factor.required-for=everyone" })
class SecondFactorEveryoneIT {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@AfterEach
	void letTheClockRun() {
		clock.run();
	}

	@Test
	void everyoneMustEnrolAndPassTheSecondFactor() {
		clock.stop();
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession.Response refused = clerk.get("/api/inbox");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.code()).isEqualTo("SECOND_FACTOR_REQUIRED");
		assertThat(refused.json().path("step").asText()).isEqualTo("ENROL");
		assertThat(clerk.get("/api/second-factor").json().path("required").asBoolean()).isTrue();

		String secret = clerk.post("/api/second-factor/enrolment", null).expect(200).json().path("secret").asText();
		String code = new Totp().code(secret, Totp.step(clock.instant()));
		clerk.post("/api/second-factor/enrolment/confirm", Map.of("code", code)).expect(200);
		assertThat(clerk.get("/api/inbox").status()).isEqualTo(200);

		// the privileged demo users are enrolled with the demo secret, as under the
		// default
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		assertThat(supervisor.get("/api/me").json().path("step").asText()).isEqualTo("CODE");
	}

}
