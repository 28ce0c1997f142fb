package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.minzheng.flow.support.RawHttpClient;
import org.minzheng.flow.support.RawHttpClient.Response;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in is throttled by source — (username, client address) — and never locks the
 * account; every failure answers the same. Each test signs in from its own loopback
 * addresses (127.0.0.x: the server really sees another client), with the clock stopped so
 * that the waits are exact.
 */
@ApplicationTest
class SignInIT {

	static final String PASSWORD = ApiSession.DEMO_PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void letTheClockRun() {
		this.clock.run();
	}

	@Test
	void wrongPasswordsFromOneAddressDoNotKeepTheUserOutFromAnother() {
		this.clock.stop();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			statuses.add(signIn("127.0.0.2", "yt-meisha-clerk", "wrong-" + i, true).status());
		}
		List<Integer> expected = new ArrayList<>(Collections.nCopies(4, 401));
		expected.addAll(Collections.nCopies(16, 429));
		assertThat(statuses).isEqualTo(expected);
		// from that address even the right password waits
		assertThat(signIn("127.0.0.2", "yt-meisha-clerk", PASSWORD, true).status()).isEqualTo(429);

		Response signedIn = signIn("127.0.0.1", "yt-meisha-clerk", PASSWORD, true);
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
		assertThat(read(signedIn).path("username").asText()).isEqualTo("yt-meisha-clerk");
		assertThat(this.jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = 'yt-meisha-clerk'",
				Timestamp.class))
			.isNull();

		// the counts are kept by digest, not by name; the other address's count stays
		assertThat(this.jdbc.queryForObject(
				"SELECT failures FROM login_throttle WHERE username_hash = ? AND address_hash = ?", Integer.class,
				SignInThrottle.sha256("yt-meisha-clerk"), SignInThrottle.sha256("127.0.0.2")))
			.isEqualTo(4);
		assertThat(this.jdbc.queryForList("SELECT username_hash FROM login_throttle", String.class))
			.noneMatch(hash -> hash.contains("meisha"));
	}

	@Test
	void everyFailureAnswersTheSameAlsoWhenThrottled() {
		ExtraUsers.ensure(this.jdbc, this.encoder, "signin-locked", "aid", "CLERK", "440308001");
		ExtraUsers.ensure(this.jdbc, this.encoder, "signin-disabled", "aid", "CLERK", "440308001");
		this.jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = 'signin-locked'",
				Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
		this.jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'signin-disabled'");
		this.clock.stop();

		// the same six attempts from four sources: plain form posts and workbench posts
		// in turn
		List<Response> unknown = attempts("127.0.0.11", "signin-nobody", "wrong");
		List<Response> wrongPassword = attempts("127.0.0.12", "yt-meisha-reviewer", "wrong");
		List<Response> locked = attempts("127.0.0.13", "signin-locked", PASSWORD);
		List<Response> disabled = attempts("127.0.0.14", "signin-disabled", PASSWORD);

		assertThat(unknown).extracting(Response::status).containsExactly(302, 401, 302, 401, 429, 429);
		assertThat(unknown.get(0).header("Location")).endsWith("/login?error");
		assertThat(read(unknown.get(1)).path("code").asText()).isEqualTo("LOGIN_FAILED");
		assertThat(read(unknown.get(1)).path("detail").asText()).isEqualTo("用户名或密码错误");
		assertThat(unknown.get(4).header("Retry-After")).isEqualTo("2");
		assertThat(read(unknown.get(5)).path("code").asText()).isEqualTo("LOGIN_THROTTLED");
		for (List<Response> other : List.of(wrongPassword, locked, disabled)) {
			for (int i = 0; i < unknown.size(); i++) {
				assertThat(other.get(i).status()).as("attempt %d: %s", i + 1, other.get(i))
					.isEqualTo(unknown.get(i).status());
				assertThat(other.get(i).body()).as("attempt %d", i + 1).isEqualTo(unknown.get(i).body());
				assertThat(other.get(i).headersExcept("date", "set-cookie")).as("attempt %d", i + 1)
					.isEqualTo(unknown.get(i).headersExcept("date", "set-cookie"));
			}
		}

		// the lock and the disabled account were not signed in by their right password
		assertThat(this.jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'signin-disabled'",
				Boolean.class))
			.isFalse();
	}

	@Test
	void aThrottledSourceWaitsLongerAfterEachFailureEvenWithTheRightPassword() {
		String user = "yt-yantian-clerk";
		String from = "127.0.0.21";
		this.clock.stop();
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(from, user, "wrong-" + i, true).status()).isEqualTo(401);
		}
		Response throttled = signIn(from, user, PASSWORD, true);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isEqualTo("2");
		assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = read(throttled);
		assertThat(problem.path("code").asText()).isEqualTo("LOGIN_THROTTLED");
		assertThat(problem.path("detail").asText()).isEqualTo("登录尝试过于频繁，请 2 秒后再试");
		assertThat(problem.path("retryAfter").asInt()).isEqualTo(2);
		// a plain form post waits the same; a forwarded-for header is nobody's word
		assertThat(signIn(from, user, PASSWORD, false).status()).isEqualTo(429);
		assertThat(RawHttpClient.signIn(this.port, from, user, PASSWORD, true, Map.of("X-Forwarded-For", "203.0.113.9"))
			.status()).isEqualTo(429);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(signIn(from, user, PASSWORD, true).header("Retry-After")).isEqualTo("1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(signIn(from, user, "wrong-again", true).status()).isEqualTo(401);
		assertThat(signIn(from, user, PASSWORD, true).header("Retry-After")).isEqualTo("4");
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(signIn(from, user, PASSWORD, true).status()).isEqualTo(200);
	}

	@Test
	void signingInStartsThePairsCountAfresh() {
		String user = "yt-yantian-reviewer";
		String from = "127.0.0.22";
		this.clock.stop();
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(from, user, "wrong-" + i, true).status()).isEqualTo(401);
		}
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(signIn(from, user, PASSWORD, true).status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM login_throttle WHERE username_hash = ? AND address_hash = ?", Integer.class,
				SignInThrottle.sha256(user), SignInThrottle.sha256(from)))
			.isZero();

		// three free failures and a fourth, as for a pair never seen before
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses.add(signIn(from, user, "wrong-" + i, true).status());
		}
		assertThat(statuses).containsExactly(401, 401, 401, 401, 429);
	}

	private List<Response> attempts(String from, String username, String password) {
		List<Response> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(signIn(from, username, password, i % 2 == 1));
		}
		return answers;
	}

	private Response signIn(String from, String username, String password, boolean json) {
		return RawHttpClient.signIn(this.port, from, username, password, json);
	}

	private JsonNode read(Response response) {
		try {
			return this.json.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("not JSON: " + response, ex);
		}
	}

}
