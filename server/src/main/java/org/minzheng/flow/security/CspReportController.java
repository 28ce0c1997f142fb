package org.minzheng.flow.security;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.minzheng.flow.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where browsers report Content-Security-Policy violations ({@link BrowserHardening}):
 * the old {@code application/csp-report} of {@code report-uri} and the Reporting API's
 * {@code application/reports+json} batches. Anyone may post, signed in or not, without a
 * CSRF token (browsers send neither), so the endpoint is built to cost an anonymous
 * caller's target nothing: nothing is stored, in the database or elsewhere; a body over
 * {@value #MAX_BODY_BYTES} bytes is refused before it is read; at most
 * {@value #REPORTS_PER_MINUTE} requests a minute are read at all (the rest get 429, and
 * their number is logged once when the minute is over); and each report is logged as one
 * line of a few fields, each cut to {@value #MAX_FIELD} characters with control
 * characters removed (no forged log lines).
 */
@RestController
class CspReportController {

	static final int MAX_BODY_BYTES = 16 * 1024;

	static final int REPORTS_PER_MINUTE = 30;

	static final int MAX_FIELD = 200;

	/** Reports of one batch that are logged; a batch holds a handful at most. */
	static final int MAX_REPORTS_PER_BODY = 10;

	private static final Logger log = LoggerFactory.getLogger(CspReportController.class);

	private final ObjectMapper json;

	private final Window window;

	CspReportController(ObjectMapper json) {
		this.json = json;
		this.window = new Window(Clock.systemUTC(), REPORTS_PER_MINUTE);
	}

	@Access(anonymous = true, readOnlyMayCall = true)
	@PostMapping(path = BrowserHardening.REPORT_PATH,
			consumes = { "application/csp-report", "application/reports+json", "application/json" })
	ResponseEntity<Void> report(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		if (!this.window.admit()) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "CSP_REPORTS_THROTTLED", "违规报告过多，请稍后再报");
		}
		byte[] body = read(request.getInputStream());
		List<String> summaries;
		try {
			summaries = summaries(this.json.readTree(body));
		}
		catch (JsonProcessingException ex) {
			throw ApiException.badRequest("CSP_REPORT_UNREADABLE", "body", "违规报告不是 JSON");
		}
		for (String summary : summaries) {
			log.warn("Content-Security-Policy violation: {}", summary);
		}
		return ResponseEntity.noContent().build();
	}

	/** The body, refused when it turns out longer than allowed (chunked, no length). */
	private static byte[] read(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		return body;
	}

	private static ApiException tooLarge() {
		return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "CSP_REPORT_TOO_LARGE", "违规报告超过 {0} KB",
				MAX_BODY_BYTES / 1024);
	}

	/**
	 * One line per report: {@code {"csp-report": {...}}} (report-uri) or {@code [{"type":
	 * "csp-violation", "body": {...}}, ...]} (Reporting API).
	 */
	static List<String> summaries(JsonNode root) {
		List<String> lines = new ArrayList<>();
		if (root.has("csp-report")) {
			JsonNode r = root.get("csp-report");
			lines.add(summary(r.path("document-uri"),
					r.path("effective-directive").isMissingNode() ? r.path("violated-directive")
							: r.path("effective-directive"),
					r.path("blocked-uri"), r.path("source-file"), r.path("line-number"), r.path("script-sample")));
		}
		else if (root.isArray()) {
			for (JsonNode report : root) {
				if (lines.size() == MAX_REPORTS_PER_BODY) {
					lines.add("… " + (root.size() - MAX_REPORTS_PER_BODY) + " more in the same batch");
					break;
				}
				JsonNode b = report.path("body");
				lines.add(summary(b.path("documentURL"), b.path("effectiveDirective"), b.path("blockedURL"),
						b.path("sourceFile"), b.path("lineNumber"), b.path("sample")));
			}
		}
		else {
			throw ApiException.badRequest("CSP_REPORT_UNREADABLE", "body", "不是违规报告");
		}
		return lines;
	}

	private static String summary(JsonNode document, JsonNode directive, JsonNode blocked, JsonNode source,
			JsonNode line, JsonNode sample) {
		return "directive=" + clean(directive) + " blocked=" + clean(blocked) + " document=" + clean(document)
				+ " source=" + clean(source) + ":" + clean(line) + " sample=" + clean(sample);
	}

	/** A field cut short, without control characters (no forged log lines). */
	static String clean(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "-";
		}
		String text = value.asText().replaceAll("\\p{Cntrl}", "?");
		return text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) + "…" : text;
	}

	/** Forgets the minute's count (tests that post reports on a shared server). */
	void resetWindow() {
		this.window.reset();
	}

	/**
	 * A fixed one-minute window over every caller: a flood from anywhere costs at most
	 * {@code limit} reads a minute, and one log line for the rest.
	 */
	static final class Window {

		private final Clock clock;

		private final int limit;

		private final AtomicLong minute = new AtomicLong(-1);

		private final AtomicInteger count = new AtomicInteger();

		private final AtomicInteger refused = new AtomicInteger();

		Window(Clock clock, int limit) {
			this.clock = clock;
			this.limit = limit;
		}

		boolean admit() {
			long now = Instant.now(this.clock).getEpochSecond() / 60;
			long current = this.minute.get();
			if (now != current && this.minute.compareAndSet(current, now)) {
				this.count.set(0);
				int dropped = this.refused.getAndSet(0);
				if (dropped > 0) {
					log.warn("Content-Security-Policy reports: {} more refused in the minute before", dropped);
				}
			}
			if (this.count.incrementAndGet() > this.limit) {
				this.refused.incrementAndGet();
				return false;
			}
			return true;
		}

		void reset() {
			this.minute.set(-1);
			this.count.set(0);
			this.refused.set(0);
		}

	}

}
