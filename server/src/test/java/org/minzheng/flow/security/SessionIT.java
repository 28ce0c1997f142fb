package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 20 item 2: sessions end after the idle timeout and after the absolute timeout
 * ({@code 401 SESSION_EXPIRED}, on the application's clock, which the tests move on), a
 * user lists and ends their own sessions and nobody else's, and the CSRF token is the
 * session's: a cookie and header pair made up by someone else is refused, and the token
 * changes when the browser signs in.
 */
@ApplicationTest
class SessionIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@AfterEach
	void letTheClockRun() {
		clock.run();
	}

	@Test
	void aSessionEndsAfterThirtyMinutesWithoutARequest() {
		ExtraUsers.ensure(jdbc, encoder, "ss-idle-clerk", "aid", "CLERK", "440308001");
		clock.stop();
		ApiSession clerk = ApiSession.login(port, "ss-idle-clerk");
		clerk.get("/api/me").expect(200);
		// activity keeps it going, well past 30 minutes in all
		clock.advance(Duration.ofMinutes(29));
		clerk.get("/api/inbox").expect(200);
		clock.advance(Duration.ofMinutes(29));
		clerk.get("/api/me").expect(200);
		clock.advance(Duration.ofMinutes(30));
		ApiSession.Response expired = clerk.get("/api/inbox");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.code()).isEqualTo("SESSION_EXPIRED");
		// gone for good, also once the clock is back
		clock.run();
		assertThat(clerk.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void aSessionEndsTwelveHoursAfterSigningInHoweverActive() {
		ExtraUsers.ensure(jdbc, encoder, "ss-absolute-clerk", "aid", "CLERK", "440308001");
		clock.stop();
		ApiSession clerk = ApiSession.login(port, "ss-absolute-clerk");
		clerk.get("/api/me").expect(200);
		List<Integer> statuses = new ArrayList<>();
		ApiSession.Response last = null;
		for (int step = 1; step <= 36; step++) {
			clock.advance(Duration.ofMinutes(20));
			last = clerk.get("/api/me");
			statuses.add(last.status());
		}
		List<Integer> expected = new ArrayList<>(java.util.Collections.nCopies(35, 200));
		expected.add(401);
		assertThat(statuses).as("a request every 20 minutes, for 12 hours").isEqualTo(expected);
		assertThat(last.code()).isEqualTo("SESSION_EXPIRED");
	}

	@Test
	void aUserSeesAndEndsOnlyTheirOwnSessions() throws Exception {
		ExtraUsers.ensure(jdbc, encoder, "ss-owner-clerk", "aid", "CLERK", "440308001");
		ExtraUsers.ensure(jdbc, encoder, "ss-attacker-clerk", "aid", "CLERK", "440308001");
		Browser owner = Browser.signIn(port, "ss-owner-clerk");
		Browser laptop = Browser.signIn(port, "ss-owner-clerk");
		Browser attacker = Browser.signIn(port, "ss-attacker-clerk");

		JsonNode mine = owner.send("GET", "/api/me/sessions", null).expect(200).json();
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0).path("current").asBoolean()).isTrue();
		assertThat(mine.get(1).path("current").asBoolean()).isFalse();
		assertThat(mine.get(0).path("address").asText()).isEqualTo("127.0.0.*");
		assertThat(mine.get(0).path("device").asText()).isEqualTo("Chrome · Windows");
		assertThat(mine.get(0).path("signedInAt").asText()).isNotBlank();
		assertThat(mine.get(0).path("lastActiveAt").asText()).isNotBlank();
		String laptopId = mine.get(1).path("id").asText();
		// the session cookie (a credential) is never shown, not even the user's own
		assertThat(mine.toString()).doesNotContain(owner.cookies.get("SESSION"))
			.doesNotContain(laptop.cookies.get("SESSION"));
		JsonNode theirs = attacker.send("GET", "/api/me/sessions", null).expect(200).json();
		assertThat(theirs).hasSize(1);
		assertThat(theirs.toString()).doesNotContain(laptopId);

		// another user's session, by its handle or by its cookie value: not found, as
		// something that never existed
		Answer byHandle = attacker.send("POST", "/api/me/sessions/" + laptopId + "/sign-out", "{}");
		Answer byCookie = attacker.send("POST", "/api/me/sessions/" + laptop.cookies.get("SESSION") + "/sign-out",
				"{}");
		Answer unknown = attacker.send("POST", "/api/me/sessions/0123456789abcdef0123456789abcdef/sign-out", "{}");
		assertThat(byHandle.status()).isEqualTo(404);
		assertThat(byCookie.status()).isEqualTo(404);
		for (Answer answer : List.of(byHandle, byCookie)) {
			assertThat(answer.json().path("code").asText()).isEqualTo(unknown.json().path("code").asText())
				.isEqualTo("SESSION_NOT_FOUND");
			assertThat(answer.json().path("detail").asText()).isEqualTo(unknown.json().path("detail").asText());
		}
		assertThat(attacker.send("POST", "/api/me/sessions/sign-out-others", "{}")
			.expect(200)
			.json()
			.path("ended")
			.asInt()).isZero();
		laptop.send("GET", "/api/me", null).expect(200);

		// the user's own current session is signed out with "退出登录", not from here
		String ownId = mine.get(0).path("id").asText();
		assertThat(owner.send("POST", "/api/me/sessions/" + ownId + "/sign-out", "{}").status()).isEqualTo(400);

		// ending the other one: its next request is refused
		owner.send("POST", "/api/me/sessions/" + laptopId + "/sign-out", "{}").expect(200);
		Answer ended = laptop.send("GET", "/api/inbox", null);
		assertThat(ended.status()).isEqualTo(401);
		assertThat(ended.json().path("code").asText()).isEqualTo("SESSION_EXPIRED");
		assertThat(owner.send("GET", "/api/me/sessions", null).expect(200).json()).hasSize(1);

		// all the others at once; the attacker's session is none of them
		Browser phone = Browser.signIn(port, "ss-owner-clerk");
		Browser tablet = Browser.signIn(port, "ss-owner-clerk");
		assertThat(
				owner.send("POST", "/api/me/sessions/sign-out-others", "{}").expect(200).json().path("ended").asInt())
			.isEqualTo(2);
		assertThat(phone.send("GET", "/api/me", null).status()).isEqualTo(401);
		assertThat(tablet.send("GET", "/api/me", null).status()).isEqualTo(401);
		owner.send("GET", "/api/me", null).expect(200);
		attacker.send("GET", "/api/me", null).expect(200);

		assertThat(jdbc.queryForList(
				"SELECT action FROM audit_event WHERE actor = 'ss-owner-clerk' AND action LIKE 'SESSION%' ORDER BY id",
				String.class))
			.containsExactly("SESSION_SIGNED_OUT_ELSEWHERE", "SESSIONS_SIGNED_OUT_ELSEWHERE");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE actor = 'ss-attacker-clerk' AND action LIKE 'SESSION%'",
				Integer.class))
			.isZero();
	}

	@Test
	void theCsrfTokenIsTheSessionsAndChangesAtSignIn() throws Exception {
		ExtraUsers.ensure(jdbc, encoder, "ss-csrf-clerk", "aid", "CLERK", "440308001");
		ExtraUsers.ensure(jdbc, encoder, "ss-csrf-other", "aid", "CLERK", "440308001");
		Browser browser = new Browser(port);
		browser.send("GET", "/login", null, Map.of("Accept", "text/html")).expect(200);
		String beforeSignIn = browser.cookies.get("XSRF-TOKEN");
		String sessionBefore = browser.cookies.get("SESSION");
		assertThat(beforeSignIn).isNotBlank();
		browser.signInHere("ss-csrf-clerk").expect(200);
		String afterSignIn = browser.cookies.get("XSRF-TOKEN");
		assertThat(afterSignIn).as("a new token at sign-in").isNotBlank().isNotEqualTo(beforeSignIn);
		assertThat(browser.cookies.get("SESSION")).as("a new session id at sign-in").isNotEqualTo(sessionBefore);

		// the real pair works
		browser.send("POST", "/api/me/sessions/sign-out-others", "{}").expect(200);

		// the token from before signing in no longer does, cookie and header alike
		Answer stale = browser.withToken(beforeSignIn).send("POST", "/api/me/sessions/sign-out-others", "{}");
		assertThat(stale.status()).isEqualTo(403);
		assertThat(stale.json().path("code").asText()).isEqualTo("ACCESS_DENIED");

		// a pair made up by someone who can set cookies for the site
		Answer forged = browser.withToken("d4f1c9a0-0000-4000-8000-000000000000")
			.send("POST", "/api/me/sessions/sign-out-others", "{}");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.json().path("code").asText()).isEqualTo("ACCESS_DENIED");

		// another signed-in session's real token is no better
		Browser other = Browser.signIn(port, "ss-csrf-other");
		Answer borrowed = browser.withToken(other.cookies.get("XSRF-TOKEN"))
			.send("POST", "/api/me/sessions/sign-out-others", "{}");
		assertThat(borrowed.status()).isEqualTo(403);

		// the session's own token again: the browser gets the cookie back on its next
		// page
		browser.cookies.remove("XSRF-TOKEN");
		browser.send("GET", "/api/me", null).expect(200);
		assertThat(browser.cookies.get("XSRF-TOKEN")).isEqualTo(afterSignIn);
		browser.send("POST", "/api/me/sessions/sign-out-others", "{}").expect(200);

		// signing someone in on a made-up pair (login CSRF) is refused too
		Browser fresh = new Browser(port);
		fresh.cookies.put("XSRF-TOKEN", "d4f1c9a0-0000-4000-8000-000000000001");
		Answer planted = fresh.send("POST", "/login",
				"username=ss-csrf-clerk&password=" + ApiSession.DEMO_PASSWORD
						+ "&_csrf=d4f1c9a0-0000-4000-8000-000000000001",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json",
						"X-Requested-With", "XMLHttpRequest"));
		assertThat(planted.status()).isEqualTo(403);
	}

	@Test
	void healthChecksAndAssetsMakeNoSession() throws Exception {
		Browser probe = new Browser(port);
		probe.send("GET", "/actuator/health", null).expect(200);
		assertThat(probe.cookies).doesNotContainKeys("SESSION", "XSRF-TOKEN");
	}

	@Test
	void theSecurityPolicyIsForAdministratorsOnly() {
		JsonNode policy = ApiSession.login(port, "city-admin").get("/api/admin/security-policy").expect(200).json();
		assertThat(policy.at("/sessions/idleTimeoutSeconds").asLong()).isEqualTo(1800);
		assertThat(policy.at("/sessions/absoluteTimeoutSeconds").asLong()).isEqualTo(12 * 3600);
		assertThat(policy.at("/sessions/csrfBoundToSession").asBoolean()).isTrue();
		assertThat(policy.at("/passwords/minLength").asInt()).isEqualTo(10);
		assertThat(policy.at("/signIn/perUserAndAddress/freeFailures").asInt()).isEqualTo(3);
		assertThat(policy.at("/signIn/perAddress/freeFailures").asInt()).isEqualTo(100);
		assertThat(policy.at("/signIn/lockoutByFailures").asBoolean()).isFalse();
		assertThat(policy.at("/secondFactor/requiredFor").asText()).isEqualTo("privileged");
		assertThat(policy.at("/audit/retention").asText()).isEqualTo("P3Y");
		assertThat(policy.at("/transport/tlsEnabled").asBoolean()).isFalse();
		assertThat(ApiSession.login(port, "yt-admin").get("/api/admin/security-policy").status()).isEqualTo(200);
		for (String user : List.of("yt-meisha-clerk", "city-auditor", "city-supervisor", "city-process-owner",
				"so-su-sports")) {
			assertThat(ApiSession.login(port, user).get("/api/admin/security-policy").status()).as(user).isEqualTo(403);
		}
		assertThat(ApiSession.anonymous(port).get("/api/admin/security-policy").status()).isEqualTo(401);
	}

	/** An answer: status and body. */
	record Answer(int status, String body) {

		Answer expect(int expected) {
			assertThat(status).as(body).isEqualTo(expected);
			return this;
		}

		JsonNode json() throws Exception {
			return JSON.readTree(body);
		}

	}

	/**
	 * A browser whose cookies the test can see and change (a Chrome on Windows, as far as
	 * the user agent goes).
	 */
	static final class Browser {

		static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
				+ "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

		private final HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		final Map<String, String> cookies = new LinkedHashMap<>();

		private final int port;

		private String token;

		Browser(int port) {
			this.port = port;
		}

		static Browser signIn(int port, String username) throws Exception {
			Browser browser = new Browser(port);
			browser.send("GET", "/login", null, Map.of("Accept", "text/html")).expect(200);
			browser.signInHere(username).expect(200);
			browser.send("GET", "/api/me", null).expect(200);
			return browser;
		}

		Answer signInHere(String username) throws Exception {
			return send("POST", "/login",
					"username=" + username + "&password=" + ApiSession.DEMO_PASSWORD + "&_csrf="
							+ URLEncoder.encode(cookies.getOrDefault("XSRF-TOKEN", ""), StandardCharsets.UTF_8),
					Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json",
							"X-Requested-With", "XMLHttpRequest"));
		}

		/**
		 * The next request sends this value as cookie and header, as a page of someone
		 * who can set cookies for the site would.
		 */
		Browser withToken(String value) {
			this.token = value;
			return this;
		}

		Answer send(String method, String path, String body) throws Exception {
			return send(method, path, body, body == null ? Map.of("Accept", "application/json")
					: Map.of("Accept", "application/json", "Content-Type", "application/json"));
		}

		Answer send(String method, String path, String body, Map<String, String> headers) throws Exception {
			Map<String, String> sent = new LinkedHashMap<>(cookies);
			String xsrf = token != null ? token : cookies.get("XSRF-TOKEN");
			token = null;
			if (xsrf != null) {
				sent.put("XSRF-TOKEN", xsrf);
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(60))
				.header("User-Agent", USER_AGENT)
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			headers.forEach(request::header);
			if (!method.equals("GET") && xsrf != null) {
				request.header("X-XSRF-TOKEN", xsrf);
			}
			if (!sent.isEmpty()) {
				request.header("Cookie",
						String.join("; ", sent.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					String value = pair.substring(eq + 1).trim();
					if (value.isEmpty()) {
						cookies.remove(pair.substring(0, eq).trim());
					}
					else {
						cookies.put(pair.substring(0, eq).trim(), value);
					}
				}
			}
			return new Answer(response.statusCode(), response.body());
		}

	}

}
