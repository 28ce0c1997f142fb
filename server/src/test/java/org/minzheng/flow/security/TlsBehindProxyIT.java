package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS-terminating reverse proxy (docs/tls.md) with
 * {@code server.forward-headers-strategy=native}: a request the proxy marks
 * {@code X-Forwarded-Proto: https} gets HSTS, and the XSRF-TOKEN and session cookies are
 * {@code Secure}; the same server reached over plain HTTP without the header sends
 * neither. (Unconfigured, the header is ignored: {@link SecurityHeadersIT}.)
 */
@ApplicationTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class TlsBehindProxyIT {

	@LocalServerPort
	int port;

	// no cookie manager: it would keep Secure cookies from a plain-HTTP connection
	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void overTlsTheBrowserIsToldToStayOnTlsAndCookiesAreSecure() throws Exception {
		HttpResponse<String> page = send(request("/login", "https").GET());

		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=" + BrowserHardening.HSTS_MAX_AGE.toSeconds() + " ; includeSubDomains");
		String xsrf = cookie(page, "XSRF-TOKEN");
		assertThat(xsrf).containsIgnoringCase("; Secure");

		// signing in over TLS: the session cookie is Secure too
		String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
		String form = "username=city-admin&password="
				+ URLEncoder.encode(ApiSession.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		// the token belongs to the session the sign-in page opened (SessionCsrf)
		String session = cookie(page, "SESSION");
		String sessionId = session.substring("SESSION=".length(), session.indexOf(';'));
		HttpResponse<String> login = send(
				request("/login", "https").header("Cookie", "XSRF-TOKEN=" + token + "; SESSION=" + sessionId)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
		assertThat(cookie(login, "SESSION")).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
	}

	@Test
	void overPlainHttpNeitherHstsNorSecureCookies() throws Exception {
		HttpResponse<String> page = send(request("/login", null).GET());

		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(cookie(page, "XSRF-TOKEN")).doesNotContainIgnoringCase("secure");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue(BrowserHardening.CONTENT_SECURITY_POLICY);
	}

	private HttpRequest.Builder request(String path, String forwardedProto) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response, String name) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(c -> c.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
	}

}
