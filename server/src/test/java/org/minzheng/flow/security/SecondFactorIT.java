package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The second factor with the production rule (the test exemption off): a privileged user
 * with the right password but no code gets nothing but the second-factor step; wrong,
 * reused and expired codes are refused and count toward the sign-in throttle; recovery
 * codes work once each; an administrator's reset needs a second administrator and is
 * audited; a user with no secret enrols. The clock is the application's test clock, held
 * still and moved on by whole steps, so each code is exactly the one meant.
 */
@ApplicationTest
@TestPropertySource(properties = SecondFactorTestExemption.ENFORCED)
class SecondFactorIT {

	/** Where the next test's clock starts: never before a step some user has used. */
	static Instant resume;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	final Totp totp = new Totp();

	@BeforeEach
	void holdTheClock() {
		Instant now = clock.stop();
		if (resume != null && resume.isAfter(now)) {
			clock.advance(Duration.between(now, resume));
		}
	}

	@AfterEach
	void letTheClockRun() {
		resume = clock.instant().plusSeconds(Totp.PERIOD);
		clock.run();
	}

	@Test
	void theRightPasswordAloneGetsNothingButTheSecondFactorStep() {
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		for (String path : List.of("/api/me", "/api/inbox", "/api/inbox/counts", "/api/org/units", "/api/cases",
				"/api/notifications", "/api/aid/reviews", "/api/openapi")) {
			ApiSession.Response refused = supervisor.get(path);
			assertThat(refused.status()).as(path).isEqualTo(401);
			assertThat(refused.code()).as(path).isEqualTo("SECOND_FACTOR_REQUIRED");
			assertThat(refused.json().path("step").asText()).as(path).isEqualTo("CODE");
		}
		assertThat(supervisor.post("/api/tasks/1/claim", null).code()).isEqualTo("SECOND_FACTOR_REQUIRED");
		ApiSession admin = ApiSession.login(port, "yt-admin");
		assertThat(admin.get("/api/admin/users").code()).isEqualTo("SECOND_FACTOR_REQUIRED");
		assertThat(admin.post("/api/admin/users/yt-meisha-clerk/unlock", Map.of("reason", "试试")).code())
			.isEqualTo("SECOND_FACTOR_REQUIRED");

		// the step itself: where the user stands, with the demo secret (demo data is on)
		JsonNode state = supervisor.get("/api/second-factor").expect(200).json();
		assertThat(state.path("required").asBoolean()).isTrue();
		assertThat(state.path("passed").asBoolean()).isFalse();
		assertThat(state.path("step").asText()).isEqualTo("CODE");
		assertThat(state.path("demoSecret").asText()).isEqualTo(DemoSecondFactor.SECRET);

		supervisor.post("/api/second-factor/verify", Map.of("code", code(0))).expect(200);
		assertThat(supervisor.get("/api/me").expect(200).json().path("username").asText()).isEqualTo("yt-supervisor");
		assertThat(supervisor.get("/api/inbox/counts").status()).isEqualTo(200);
		assertThat(supervisor.get("/api/second-factor").json().path("passed").asBoolean()).isTrue();

		// a clerk is not privileged: the password is enough
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(clerk.get("/api/me").status()).isEqualTo(200);
		assertThat(clerk.get("/api/second-factor").json().path("required").asBoolean()).isFalse();
	}

	@Test
	void wrongReusedAndExpiredCodesAreRefused() {
		ApiSession first = ApiSession.login(port, "city-supervisor");
		assertThat(first.post("/api/second-factor/verify", Map.of("code", wrong(code(0)))).expect(400).code())
			.isEqualTo("SECOND_FACTOR_INVALID");
		// two steps old: expired
		assertThat(first.post("/api/second-factor/verify", Map.of("code", code(-2))).expect(400).code())
			.isEqualTo("SECOND_FACTOR_INVALID");
		assertThat(first.post("/api/second-factor/verify", Map.of("code", "12345")).expect(400).code())
			.isEqualTo("SECOND_FACTOR_INVALID");
		assertThat(first.get("/api/me").code()).isEqualTo("SECOND_FACTOR_REQUIRED");
		// one step either side is a phone's clock a little off
		first.post("/api/second-factor/verify", Map.of("code", code(-1))).expect(200);

		// the same code, or the one of an earlier step, never counts twice
		ApiSession second = ApiSession.login(port, "city-supervisor");
		assertThat(second.post("/api/second-factor/verify", Map.of("code", code(-1))).expect(400).code())
			.isEqualTo("SECOND_FACTOR_REUSED");
		second.post("/api/second-factor/verify", Map.of("code", code(0))).expect(200);
		ApiSession third = ApiSession.login(port, "city-supervisor");
		assertThat(third.post("/api/second-factor/verify", Map.of("code", code(0))).expect(400).code())
			.isEqualTo("SECOND_FACTOR_REUSED");
		assertThat(third.get("/api/me").status()).isEqualTo(401);
		clock.advance(Duration.ofSeconds(Totp.PERIOD));
		third.post("/api/second-factor/verify", Map.of("code", code(0))).expect(200);
		assertThat(third.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void wrongCodesCountTowardTheSignInThrottle() {
		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		// three failures are free, the fourth sets a wait of 2 s
		for (int i = 0; i < 4; i++) {
			assertThat(auditor.post("/api/second-factor/verify", Map.of("code", wrong(code(0)))).expect(400).code())
				.isEqualTo("SECOND_FACTOR_INVALID");
		}
		ApiSession.Response throttled = auditor.post("/api/second-factor/verify", Map.of("code", code(0)));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.code()).isEqualTo("LOGIN_THROTTLED");
		assertThat(throttled.header("Retry-After")).isEqualTo("2");
		clock.advance(Duration.ofSeconds(2));
		auditor.post("/api/second-factor/verify", Map.of("code", code(0))).expect(200);
		assertThat(auditor.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void aUserWithoutASecretEnrolsByQrCodeAndRecoveryCodesWorkOnceEach() {
		ExtraUsers.ensure(jdbc, encoder, "sf-new-supervisor", "aid", "SUPERVISOR", "440308001");
		ApiSession user = ApiSession.login(port, "sf-new-supervisor");
		assertThat(user.get("/api/me").json().path("step").asText()).isEqualTo("ENROL");
		assertThat(user.get("/api/second-factor").json().path("step").asText()).isEqualTo("ENROL");
		assertThat(user.get("/api/second-factor").json().has("demoSecret")).isFalse();
		// no secret: no code passes
		assertThat(user.post("/api/second-factor/verify", Map.of("code", code(0))).code())
			.isEqualTo("SECOND_FACTOR_INVALID");
		assertThat(user.post("/api/second-factor/enrolment/confirm", Map.of("code", "123456")).code())
			.isEqualTo("SECOND_FACTOR_NOT_ENROLLING");

		JsonNode enrolment = user.post("/api/second-factor/enrolment", null).expect(200).json();
		String secret = enrolment.path("secret").asText();
		assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(DemoSecondFactor.SECRET);
		assertThat(enrolment.path("otpauthUri").asText()).startsWith("otpauth://totp/")
			.contains("secret=" + secret)
			.contains("sf-new-supervisor");
		assertThat(user.post("/api/second-factor/enrolment/confirm", Map.of("code", wrong(code(secret, 0))))
			.expect(400)
			.code()).isEqualTo("SECOND_FACTOR_INVALID");
		assertThat(user.get("/api/me").status()).isEqualTo(401);
		JsonNode confirmed = user.post("/api/second-factor/enrolment/confirm", Map.of("code", code(secret, 0)))
			.expect(200)
			.json();
		List<String> recovery = new ArrayList<>();
		confirmed.path("recoveryCodes").forEach(c -> recovery.add(c.asText()));
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		assertThat(user.get("/api/me").status()).isEqualTo(200);
		// enrolled: the secret is never handed out again, and a second enrolment is
		// refused
		assertThat(user.get("/api/second-factor").body()).doesNotContain(secret);
		assertThat(user.post("/api/second-factor/enrolment", null).expect(409).code())
			.isEqualTo("SECOND_FACTOR_ENROLLED");
		// the secret is sealed at rest, recovery codes are stored hashed only
		String stored = jdbc.queryForObject("SELECT f.secret FROM second_factor f JOIN app_user u ON u.id = f.user_id "
				+ "WHERE u.username = 'sf-new-supervisor'", String.class);
		assertThat(org.minzheng.flow.shared.PersonalDataCrypto.isSealed(stored)).isTrue();
		assertThat(stored).doesNotContain(secret);
		assertThat(jdbc.queryForList("SELECT code_hash FROM second_factor_recovery r JOIN second_factor f "
				+ "ON f.id = r.factor_id JOIN app_user u ON u.id = f.user_id WHERE u.username = 'sf-new-supervisor'",
				String.class))
			.hasSize(10)
			.noneMatch(recovery::contains);

		ApiSession lostPhone = ApiSession.login(port, "sf-new-supervisor");
		lostPhone.post("/api/second-factor/recover", Map.of("code", recovery.get(0))).expect(200);
		assertThat(lostPhone.get("/api/me").status()).isEqualTo(200);
		ApiSession again = ApiSession.login(port, "sf-new-supervisor");
		assertThat(again.post("/api/second-factor/recover", Map.of("code", recovery.get(0))).expect(400).code())
			.isEqualTo("SECOND_FACTOR_INVALID");
		again.post("/api/second-factor/recover", Map.of("code", recovery.get(1).toUpperCase())).expect(200);
		assertThat(again.get("/api/me").status()).isEqualTo(200);
		assertThat(actions("sf-new-supervisor")).contains("SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_RECOVERY_USED");
	}

	@Test
	void anAdministratorsResetNeedsASecondAdministratorAndSendsTheUserBackToEnrolment() {
		ExtraUsers.ensure(jdbc, encoder, "sf-reset-supervisor", "aid", "SUPERVISOR", "440308002");
		ApiSession user = ApiSession.login(port, "sf-reset-supervisor");
		String secret = user.post("/api/second-factor/enrolment", null).expect(200).json().path("secret").asText();
		user.post("/api/second-factor/enrolment/confirm", Map.of("code", code(secret, 0))).expect(200);
		assertThat(user.get("/api/me").status()).isEqualTo(200);

		ApiSession admin = signIn("city-admin");
		ApiSession otherAdmin = signIn("city-admin-2");
		ApiSession supervisor = signIn("ft-supervisor");
		assertThat(supervisor.post("/api/admin/users/sf-reset-supervisor/second-factor/reset", Map.of("reason", "手机丢失"))
			.status()).isEqualTo(403);
		assertThat(admin.post("/api/admin/users/city-admin/second-factor/reset", Map.of("reason", "自己"))
			.expect(403)
			.code()).isEqualTo("SELF_ADMINISTRATION");
		long id = admin
			.post("/api/admin/users/sf-reset-supervisor/second-factor/reset", Map.of("reason", "手机丢失，本人到场核实身份"))
			.expect(201)
			.json()
			.path("id")
			.asLong();
		assertThat(admin.post("/api/admin/users/sf-reset-supervisor/second-factor/reset", Map.of("reason", "再来"))
			.expect(409)
			.code()).isEqualTo("SECOND_FACTOR_RESET_OPEN");
		// the one who asked can never approve; nothing has changed yet
		assertThat(admin.post("/api/admin/second-factor/resets/" + id + "/approve", null).expect(403).code())
			.isEqualTo("FOUR_EYES");
		assertThat(user.get("/api/me").status()).isEqualTo(200);
		assertThat(otherAdmin.get("/api/admin/second-factor/resets").expect(200).json().findValuesAsText("username"))
			.contains("sf-reset-supervisor");

		JsonNode approved = otherAdmin.post("/api/admin/second-factor/resets/" + id + "/approve", null)
			.expect(200)
			.json();
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.path("decidedBy").asText()).isEqualTo("city-admin-2");
		assertThat(otherAdmin.post("/api/admin/second-factor/resets/" + id + "/approve", null).expect(409).code())
			.isEqualTo("SECOND_FACTOR_RESET_DECIDED");
		// at once: the open session is back at the enrolment step, as is a new sign-in
		ApiSession.Response refused = user.get("/api/me");
		assertThat(refused.code()).isEqualTo("SECOND_FACTOR_REQUIRED");
		assertThat(refused.json().path("step").asText()).isEqualTo("ENROL");
		clock.advance(Duration.ofSeconds(Totp.PERIOD));
		assertThat(user.post("/api/second-factor/verify", Map.of("code", code(secret, 0))).code())
			.isEqualTo("SECOND_FACTOR_INVALID");
		assertThat(ApiSession.login(port, "sf-reset-supervisor").get("/api/second-factor").json().path("step").asText())
			.isEqualTo("ENROL");

		assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE action = 'SECOND_FACTOR_RESET_REQUESTED' "
				+ "AND summary LIKE '%sf-reset-supervisor%'", String.class))
			.containsExactly("city-admin");
		assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE action = 'SECOND_FACTOR_RESET_APPROVED' "
				+ "AND summary LIKE '%sf-reset-supervisor%'", String.class))
			.containsExactly("city-admin-2");
	}

	/** Signs a demo user in fully with the demo secret's code of the clock's step. */
	ApiSession signIn(String username) {
		ApiSession session = ApiSession.login(port, username);
		session.post("/api/second-factor/verify", Map.of("code", code(0))).expect(200);
		return session;
	}

	List<String> actions(String username) {
		return jdbc.queryForList("SELECT action FROM audit_event WHERE actor = ? ORDER BY id", String.class, username);
	}

	/** The demo secret's code of the step {@code offset} steps from the clock's. */
	String code(int offset) {
		return code(DemoSecondFactor.SECRET, offset);
	}

	String code(String secret, int offset) {
		return totp.code(secret, Totp.step(clock.instant()) + offset);
	}

	/** Another six digits than the code. */
	static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

}
