package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint needs a signed-in user; writes need the CSRF token; repeated wrong
 * passwords lock the account.
 */
@ApplicationTest
class SecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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
	void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
		String user = "yt-haishan-reviewer";
		for (int i = 0; i < 5; i++) {
			assertThat(ApiSession.attemptLogin(port, user, "wrong-" + i).header("Location")).contains("error");
		}
		assertThat(ApiSession.attemptLogin(port, user, ApiSession.DEMO_PASSWORD).header("Location")).contains("error");
		java.sql.Timestamp lockedUntil = jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
				java.sql.Timestamp.class, user);
		assertThat(java.time.Duration.between(java.time.Instant.now(), lockedUntil.toInstant()).toMinutes())
			.isBetween(13L, 15L);

		// once the lock has passed, the right password works again and resets the count
		jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), user);
		assertThat(ApiSession.attemptLogin(port, user, ApiSession.DEMO_PASSWORD).header("Location"))
			.doesNotContain("error");
		assertThat(jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE username = ?", Integer.class, user))
			.isZero();
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(jdbc.queryForList("SELECT password_hash FROM app_user", String.class))
			.allMatch(hash -> hash.startsWith("$2a$") || hash.startsWith("$2b$"));
	}

}
