package org.minzheng.flow.security;

import java.time.Duration;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every response carries so that a browser confines the workbench (MLPS 2.0
 * level 3, issue 20): a Content-Security-Policy that runs only the workbench's own script
 * files (no inline script, no {@code eval}, no {@code new Function}), no framing, no
 * referrer beyond the origin, no camera, microphone or location, and, when the request
 * came over TLS, HSTS. Spring Security writes them on every response it passes, the
 * single-page app's index, the static assets, the API and its errors alike.
 *
 * <p>
 * Why each source is allowed:
 * <ul>
 * <li>scripts: {@code 'self'} only — the Vite build emits external module scripts only
 * (no inline bootstrap); Vue is the runtime-only build (templates are compiled at build
 * time), vue-i18n 11 evaluates messages from their AST (no {@code new Function}); form-js
 * evaluates FEEL with feelin, an interpreter; the one {@code new Function} in the bundle
 * (dom-iterator, inside dmn-js's table editor through selection-ranges) compiles string
 * selectors, which selection-ranges never passes. The browser tests fail on any violation
 * ({@code Browser} in the tests reads Chromium's log), so a library that starts to need
 * more shows up there.</li>
 * <li>styles: {@code 'unsafe-inline'} as well — Element Plus, bpmn-js, dmn-js and form-js
 * set {@code style} attributes and insert {@code <style>} elements; styles cannot run
 * code.</li>
 * <li>images: {@code data:} and {@code blob:} too — QR codes for enrolment and the
 * diagrams exported as pictures; fonts: {@code data:} too — bpmn-js's and dmn-js's icon
 * fonts are inlined into the CSS by Vite.</li>
 * </ul>
 * Violations are reported to {@link CspReportController} ({@code report-uri} for browsers
 * that know only that, {@code report-to} and {@code Reporting-Endpoints} for the others).
 *
 * <p>
 * Secure cookies need nothing here: the session cookie (Spring Session) and the
 * {@code XSRF-TOKEN} cookie are marked {@code Secure} whenever
 * {@code request.isSecure()}, which behind a TLS-terminating proxy holds only with
 * {@code server.forward-headers-strategy} set (docs/tls.md).
 */
final class BrowserHardening {

	/** Where browsers send violation reports ({@link CspReportController}). */
	static final String REPORT_PATH = "/api/csp-reports";

	/** The name of the reporting endpoint in {@code report-to}. */
	static final String REPORT_GROUP = "csp";

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
			"connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
			"frame-ancestors 'none'", "report-uri " + REPORT_PATH, "report-to " + REPORT_GROUP);

	/**
	 * Powerful features the workbench never uses, denied to it and to anything it embeds.
	 */
	static final String PERMISSIONS_POLICY = String.join(", ", "camera=()", "microphone=()", "geolocation=()",
			"payment=()", "usb=()", "serial=()", "hid=()", "midi=()", "magnetometer=()", "gyroscope=()",
			"accelerometer=()", "display-capture=()");

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	private BrowserHardening() {
	}

	/**
	 * The headers section of the filter chain. X-Content-Type-Options: nosniff stays
	 * Spring Security's default; HSTS is written only on secure requests (Spring
	 * Security's default matcher), never over plain HTTP where it would be ignored.
	 */
	static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(frame -> frame.deny()).contentTypeOptions(options -> {
		})
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			.addHeaderWriter(new StaticHeadersWriter("Reporting-Endpoints", REPORT_GROUP + "=\"" + REPORT_PATH + "\""));
	}

}
