package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.shared.ApiException;

/**
 * How a violation report becomes a log line, and the one-minute window that bounds how
 * many are read (the endpoint over HTTP: {@code SecurityHeadersIT}).
 */
class CspReportSummaryTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aBatchLogsAtMostTenReportsAndSaysHowManyMore() throws Exception {
		StringBuilder batch = new StringBuilder("[");
		for (int i = 0; i < 25; i++) {
			batch.append(i == 0 ? "" : ",")
				.append("{\"type\":\"csp-violation\",\"body\":{\"effectiveDirective\":\"img-src\",\"blockedURL\":\"https://x.example/")
				.append(i)
				.append("\"}}");
		}
		List<String> lines = CspReportController.summaries(this.json.readTree(batch.append("]").toString()));

		assertThat(lines).hasSize(CspReportController.MAX_REPORTS_PER_BODY + 1);
		assertThat(lines.get(0)).startsWith("directive=img-src blocked=https://x.example/0 document=-");
		assertThat(lines.get(CspReportController.MAX_REPORTS_PER_BODY)).isEqualTo("… 15 more in the same batch");
	}

	@Test
	void fieldsAreCutAndControlCharactersReplaced() throws Exception {
		String report = "{\"csp-report\":{\"violated-directive\":\"script-src\",\"blocked-uri\":\"" + "a".repeat(500)
				+ "\",\"script-sample\":\"x\\r\\nWARN forged\"}}";

		String line = CspReportController.summaries(this.json.readTree(report)).get(0);

		assertThat(line).contains("directive=script-src", "a".repeat(CspReportController.MAX_FIELD) + "…",
				"sample=x??WARN forged");
		assertThat(line).doesNotContain("a".repeat(CspReportController.MAX_FIELD + 1)).doesNotContain("\n");
	}

	@Test
	void anythingElseIsRefused() throws Exception {
		assertThatThrownBy(() -> CspReportController.summaries(this.json.readTree("{\"hello\":1}")))
			.isInstanceOf(ApiException.class);
	}

	@Test
	void theWindowAdmitsItsLimitEachMinute() {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:05Z"));
		CspReportController.Window window = new CspReportController.Window(clock, 3);

		assertThat(List.of(window.admit(), window.admit(), window.admit(), window.admit(), window.admit()))
			.containsExactly(true, true, true, false, false);
		clock.now = clock.now.plus(Duration.ofSeconds(50));
		assertThat(window.admit()).as("still the same minute").isFalse();
		clock.now = clock.now.plus(Duration.ofSeconds(10));
		assertThat(List.of(window.admit(), window.admit(), window.admit(), window.admit())).containsExactly(true, true,
				true, false);
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
