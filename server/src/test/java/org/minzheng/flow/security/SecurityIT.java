package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint needs a signed-in user; writes need the CSRF token; wrong passwords
 * never lock an account (sign-in is throttled by source instead, see {@link SignInIT}).
 */
@ApplicationTest
class SecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Test
	void apiAnswers401ProblemWithoutASession() throws Exception {
		for (String path : new String[] { "/api/inbox", "/api/me", "/api/aid/applications/DB-440308-2026-000001",
				"/api/audit/verify", "/api/openapi", "/engine-rest/task", "/camunda/app/cockpit/" }) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.header("Accept", "application/json")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isIn(401, 302);
			if (path.startsWith("/api/inbox")) {
				assertThat(response.body()).contains("AUTH_REQUIRED");
			}
		}
	}

	@Test
	void errorPathCalledDirectlyAnswersAsAnUnknownApiAddress() {
		// given / when / then: without a session, as /api asks for one
		ApiSession.Response anonymous = ApiSession.anonymous(port).get("/error").expect(401);
		assertThat(anonymous.code()).isEqualTo("AUTH_REQUIRED");
		assertThat(ApiSession.anonymous(port).get("/api/no-such-thing").expect(401).code()).isEqualTo("AUTH_REQUIRED");
		// signed in: nothing there, as for an unknown API address
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession.Response signedIn = clerk.get("/error").expect(404);
		assertThat(signedIn.code()).isEqualTo("NOT_FOUND");
		assertThat(signedIn.json().path("detail").asText()).isEqualTo("资源不存在");
		assertThat(clerk.get("/api/no-such-thing").expect(404).code()).isEqualTo("NOT_FOUND");
	}

	@Test
	void loginPageAnswersAndSignedInUserIsKnown() {
		ApiSession session = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(session.get("/api/me").expect(200).json().path("roles").get(0).path("orgUnitName").asText())
			.isEqualTo("梅沙街道");
		assertThat(session.get("/api/openapi").expect(200).body()).contains("/api/inbox");
	}

	@Test
	void writesWithoutTheCsrfTokenAreRefused() throws Exception {
		ApiSession session = ApiSession.login(port, "yt-meisha-clerk");
		String cookie = session.get("/api/me").raw().request().headers().firstValue("Cookie").orElse("");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tasks/x/claim"))
				.header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("ACCESS_DENIED");
	}

	@Test
	void wrongPasswordsNeverLockTheAccountOnlyAnAdministratorDoes() {
		String user = "yt-haishan-reviewer";
		clock.stop();
		try {
			for (int i = 0; i < 6; i++) {
				ApiSession.Response refused = ApiSession.attemptLogin(port, user, "wrong-" + i);
				// the first four are checked and fail, then the source must wait
				assertThat(refused.status()).isEqualTo(i < 4 ? 302 : 429);
			}
			assertThat(jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
					java.sql.Timestamp.class, user))
				.isNull();
			// once the wait is over the right password works: nothing was locked
			clock.advance(java.time.Duration.ofSeconds(2));
			assertThat(ApiSession.attemptLogin(port, user, ApiSession.DEMO_PASSWORD).header("Location"))
				.doesNotContain("error");

			// an administrator's lock holds against the right password, with the answer
			// of a wrong one, until an administrator lifts it
			jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
					java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofHours(1))), user);
			assertThat(ApiSession.attemptLogin(port, user, ApiSession.DEMO_PASSWORD).header("Location"))
				.endsWith("/login?error");
			ApiSession.login(port, "yt-admin")
				.post("/api/admin/users/" + user + "/unlock", java.util.Map.of("reason", "本人来电核实"))
				.expect(200);
			assertThat(ApiSession.attemptLogin(port, user, ApiSession.DEMO_PASSWORD).header("Location"))
				.doesNotContain("error");
		}
		finally {
			clock.run();
		}
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(jdbc.queryForList("SELECT password_hash FROM app_user", String.class))
			.allMatch(hash -> hash.startsWith("$2a$") || hash.startsWith("$2b$"));
	}

}
