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
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: Enter pressed on the sign-in page sent the form twice, and one of the two
 * answered 500 (DuplicateKeyException on SPRING_SESSION_ATTRIBUTES). Both posts carry the
 * same session cookie: each request loads the session, authenticates, changes the session
 * id (session fixation) and saves the security context as a new attribute; the second
 * save inserted the attribute row the first had just inserted. The page no longer sends
 * twice, but the server must not fail either: here several sign-ins of one browser
 * session at once, repeated, all succeed and the browser is signed in afterwards.
 */
@ApplicationTest
class ConcurrentSignInIT {

	private static final int ROUNDS = 12;

	private static final int AT_ONCE = 4;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void signInsOfOneSessionAtOnceAllSucceed() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		int signedInAfterwards = 0;
		for (int round = 0; round < ROUNDS; round++) {
			Map<String, String> cookies = new LinkedHashMap<>();
			// a link to a page of the workbench, before signing in: the page asked for is
			// kept in a new session and the browser sent to the sign-in page
			HttpResponse<String> link = send("GET", "/cases/" + round, cookies, Map.of("Accept", "text/html"), null);
			assertThat(link.statusCode()).isEqualTo(302);
			send("GET", "/login", cookies, Map.of("Accept", "text/html"), null);
			assertThat(cookies).as("the browser has a session before it signs in")
				.containsKeys("SESSION", "XSRF-TOKEN");

			String form = "username=yt-meisha-clerk&password=" + ApiSession.DEMO_PASSWORD + "&_csrf="
					+ URLEncoder.encode(cookies.get("XSRF-TOKEN"), StandardCharsets.UTF_8);
			Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept",
					"application/json", "X-Requested-With", "XMLHttpRequest");
			CyclicBarrier together = new CyclicBarrier(AT_ONCE);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				Map<String, String> copy = new LinkedHashMap<>(cookies);
				Callable<HttpResponse<String>> signIn = () -> {
					together.await();
					return send("POST", "/login", copy, headers, form);
				};
				answers.add(pool.submit(signIn));
			}
			List<String> newSessions = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				statuses.add(response.statusCode());
				session(response).ifPresent(newSessions::add);
			}
			// the browser keeps the cookie of the answer it read last; any of them may be
			// last
			for (String session : newSessions) {
				Map<String, String> browser = new LinkedHashMap<>(cookies);
				browser.put("SESSION", session);
				HttpResponse<String> me = send("GET", "/api/me", browser, Map.of("Accept", "application/json"), null);
				if (me.statusCode() == 200 && me.body().contains("yt-meisha-clerk")) {
					signedInAfterwards++;
				}
			}
		}
		assertThat(statuses).as("answers to the sign-ins (a first one in each round)")
			.hasSize(ROUNDS * AT_ONCE)
			.containsOnly(200);
		assertThat(signedInAfterwards).as("sessions signed in afterwards").isGreaterThanOrEqualTo(ROUNDS);
	}

	private static java.util.Optional<String> session(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.findFirst();
	}

	private HttpResponse<String> send(String method, String path, Map<String, String> cookies,
			Map<String, String> headers, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = cookie.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq > 0) {
				cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
			}
		}
		return response;
	}

}
