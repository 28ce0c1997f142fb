package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser-hardening headers (issue 20 item 4) on every kind of response a browser
 * meets — the API, signed in or not, the single-page app's index and its routes, the
 * login page, the public lottery and charity pages, a static asset — and the violation
 * report endpoint: open to anyone without CSRF, both report formats logged as one bounded
 * line, an oversized body refused before it is read, a flood throttled. Over plain HTTP,
 * and with no forward-headers strategy configured, a forged X-Forwarded-Proto neither
 * brings HSTS nor Secure cookies ({@code TlsBehindProxyIT} for the configured case).
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	CspReportController reports;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void freshMinute() {
		this.reports.resetWindow();
	}

	static Stream<String> browserFacing() {
		return Stream.of("/", "/index.html", "/login", "/inbox", "/public/lottery", "/public/charity",
				"/api/public/lottery/areas", "/api/public/charity/records", "/api/me", "/api/no-such-thing",
				"/actuator/health");
	}

	@ParameterizedTest
	@MethodSource("browserFacing")
	void everyResponseCarriesThePolicy(String path) throws Exception {
		HttpResponse<String> response = get(path, null);

		assertHardened(response);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
	}

	@Test
	void signedInApiResponsesAndAssetsCarryThePolicyToo() throws Exception {
		ApiSession admin = ApiSession.login(this.port, "city-admin");
		ApiSession.Response me = admin.get("/api/me").expect(200);
		assertThat(me.header("Content-Security-Policy")).isEqualTo(BrowserHardening.CONTENT_SECURITY_POLICY);
		assertHardened(me.raw());

		String index = get("/index.html", null).body();
		String script = index.replaceAll("(?s).*<script type=\"module\" crossorigin src=\"([^\"]+)\".*", "$1");
		assertThat(script).as("the index loads its script from a file").startsWith("/assets/");
		assertThat(index.replaceAll("<script[^>]*src=[^>]*></script>", "")).as("no inline script in the index")
			.doesNotContain("<script");
		HttpResponse<String> asset = get(script, null);
		assertThat(asset.statusCode()).isEqualTo(200);
		assertHardened(asset);
	}

	@Test
	void theScriptPolicyAllowsNoInlineScriptAndNoEval() {
		String scripts = directive("script-src");
		assertThat(scripts).isEqualTo("script-src 'self'");
		assertThat(directive("default-src")).isEqualTo("default-src 'self'");
		assertThat(directive("frame-ancestors")).isEqualTo("frame-ancestors 'none'");
		assertThat(directive("object-src")).isEqualTo("object-src 'none'");
		assertThat(directive("base-uri")).isEqualTo("base-uri 'self'");
		assertThat(directive("form-action")).isEqualTo("form-action 'self'");
		assertThat(directive("img-src")).isEqualTo("img-src 'self' data: blob:");
		assertThat(directive("report-uri")).isEqualTo("report-uri /api/csp-reports");
	}

	@Test
	void aForgedForwardedProtoIsIgnoredUnlessConfigured() throws Exception {
		HttpResponse<String> login = get("/login", "https");

		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
	}

	@Test
	void aReportUriReportIsAcceptedWithoutSignInOrCsrfAndLoggedAsOneBoundedLine(CapturedOutput output)
			throws Exception {
		String body = """
				{"csp-report": {"document-uri": "http://localhost/login", "referrer": "",
				  "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
				  "original-policy": "default-src 'self'", "disposition": "enforce",
				  "blocked-uri": "inline", "line-number": 12, "source-file": "http://localhost/login",
				  "status-code": 200, "script-sample": "alert(1)\\nFORGED LOG LINE %s"}}
				""".formatted("x".repeat(500));

		HttpResponse<String> response = post("application/csp-report", body);

		assertThat(response.statusCode()).isEqualTo(204);
		String line = output.getOut()
			.lines()
			.filter(l -> l.contains("Content-Security-Policy violation: directive=script-src-elem"))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("blocked=inline", "document=http://localhost/login",
				"source=http://localhost/login:12", "sample=alert(1)?FORGED LOG LINE");
		assertThat(line.length()).isLessThan(6 * CspReportController.MAX_FIELD + 300);
		assertThat(output.getOut()).doesNotContain("\nFORGED LOG LINE");
	}

	@Test
	void aReportingApiBatchIsLoggedReportByReport(CapturedOutput output) throws Exception {
		String body = """
				[{"type": "csp-violation", "age": 10, "url": "http://localhost/cases", "user_agent": "x",
				  "body": {"documentURL": "http://localhost/cases", "effectiveDirective": "img-src",
				    "blockedURL": "https://tracker.example/pixel.gif", "disposition": "enforce", "statusCode": 200}},
				 {"type": "csp-violation", "age": 11, "url": "http://localhost/inbox", "user_agent": "x",
				  "body": {"documentURL": "http://localhost/inbox", "effectiveDirective": "script-src-elem",
				    "blockedURL": "https://cdn.example/x.js", "disposition": "enforce", "statusCode": 200}}]
				""";

		assertThat(post("application/reports+json", body).statusCode()).isEqualTo(204);

		assertThat(output.getOut()).contains("directive=img-src blocked=https://tracker.example/pixel.gif",
				"directive=script-src-elem blocked=https://cdn.example/x.js document=http://localhost/inbox");
	}

	@Test
	void anOversizedReportIsRefusedAndNothingIsLogged(CapturedOutput output) throws Exception {
		String body = "{\"csp-report\": {\"blocked-uri\": \"big\", \"script-sample\": \""
				+ "y".repeat(CspReportController.MAX_BODY_BYTES) + "\"}}";

		HttpResponse<String> declared = post("application/csp-report", body);
		// without a length (chunked), refused once the limit is read past
		HttpResponse<String> streamed = this.http.send(HttpRequest.newBuilder(uri(BrowserHardening.REPORT_PATH))
			.header("Content-Type", "application/csp-report")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.getBytes())))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("CSP_REPORT_TOO_LARGE");
		assertThat(streamed.statusCode()).isEqualTo(413);
		assertThat(output.getOut()).doesNotContain("blocked=big");
	}

	@Test
	void otherBodiesAreRefused() throws Exception {
		assertThat(post("text/plain", "{}").statusCode()).isEqualTo(415);
		assertThat(post("application/csp-report", "not json").statusCode()).isEqualTo(400);
		assertThat(post("application/json", "{\"something\": \"else\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void aFloodIsThrottledAfterTheMinutesAllowance() throws Exception {
		String body = "{\"csp-report\": {\"blocked-uri\": \"flood\"}}";
		int accepted = 0;
		int throttled = 0;
		for (int i = 0; i < CspReportController.REPORTS_PER_MINUTE + 5; i++) {
			int status = post("application/csp-report", body).statusCode();
			accepted += status == 204 ? 1 : 0;
			throttled += status == 429 ? 1 : 0;
		}
		assertThat(accepted).isEqualTo(CspReportController.REPORTS_PER_MINUTE);
		assertThat(throttled).isEqualTo(5);
	}

	private static void assertHardened(HttpResponse<?> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValue(BrowserHardening.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).get()
			.asString()
			.contains("camera=()", "microphone=()", "geolocation=()");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Reporting-Endpoints")).hasValue("csp=\"/api/csp-reports\"");
	}

	private static String directive(String name) {
		return List.of(BrowserHardening.CONTENT_SECURITY_POLICY.split("; "))
			.stream()
			.filter(d -> d.startsWith(name + " "))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json");
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(BrowserHardening.REPORT_PATH))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
