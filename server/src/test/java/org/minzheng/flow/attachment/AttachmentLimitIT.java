package org.minzheng.flow.attachment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attachment limit holds when uploads race, and file names are checked as text: on
 * MariaDB and (h2-it) on the embedded default.
 */
@ApplicationTest
class AttachmentLimitIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String newCase(ApiSession clerk, String birth) {
		return clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "附件测试", AidFixtures.idNumber("440308", birth)))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	@Test
	void fifteenUploadsAtOnceOnACaseHolding45TakeItTo50AndNoFurther() throws Exception {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = newCase(clerk, "19700101");
		String base = "/api/aid/applications/" + no + "/attachments";
		for (int i = 1; i <= 45; i++) {
			clerk.upload(base, "file", "材料" + i + ".pdf", "application/pdf", PDF).expect(201);
		}
		int racers = 15;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiSession.Response>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < racers; i++) {
				String name = "并发" + i + ".pdf";
				Callable<ApiSession.Response> upload = () -> {
					start.await();
					return clerk.upload(base, "file", name, "application/pdf", PDF);
				};
				answers.add(pool.submit(upload));
			}
			start.countDown();
			Map<String, Integer> outcomes = new TreeMap<>();
			for (Future<ApiSession.Response> answer : answers) {
				ApiSession.Response response = answer.get();
				String outcome = response.status() == 201 ? "201" : response.status() + " " + response.code();
				outcomes.merge(outcome, 1, Integer::sum);
			}
			assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("201", 5, "409 ATTACHMENT_LIMIT", 10));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment WHERE case_ref = ?", Integer.class, no))
			.isEqualTo(50);
		assertThat(jdbc.queryForList("SELECT slot FROM case_attachment WHERE case_ref = ? ORDER BY slot", Integer.class,
				no))
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'ATTACHMENT_ADDED'", Integer.class,
				no))
			.isEqualTo(50);
		assertThat(clerk.upload(base, "file", "再传.pdf", "application/pdf", PDF).expect(409).code())
			.isEqualTo("ATTACHMENT_LIMIT");
	}

	@Test
	void fileNamesAreTextWithTheirOwnLimits() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = newCase(clerk, "19700102");
		String base = "/api/aid/applications/" + no + "/attachments";

		// 400 Chinese characters (1,200 bytes in the part's header): kept, cut to its
		// last 200
		JsonNode stored = clerk.upload(base, "file", "长".repeat(396) + ".pdf", "application/pdf", PDF)
			.expect(201)
			.json();
		assertThat(stored.path("fileName").asText()).isEqualTo("长".repeat(196) + ".pdf");
		// four-byte characters are cut whole, within the column's 200 UTF-16 units (H2's
		// measure)
		String astral = clerk.upload(base, "file", "𠮷".repeat(300) + ".pdf", "application/pdf", PDF)
			.expect(201)
			.json()
			.path("fileName")
			.asText();
		assertThat(astral).isEqualTo("𠮷".repeat(98) + ".pdf");

		// a header beyond the part limit is a name problem, not a size problem
		ApiSession.Response huge = clerk.upload(base, "file", "名".repeat(1000) + ".pdf", "application/pdf", PDF);
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.code()).isEqualTo("ATTACHMENT_NAME_TOO_LONG");

		// a right-to-left override makes 发票‮fdp.exe read as 发票exe.pdf: refused
		assertThat(clerk.upload(base, "file", "发票\u202Efdp.pdf", "application/pdf", PDF).expect(400).code())
			.isEqualTo("ATTACHMENT_NAME_INVALID");
		// NFC: e + combining acute is stored as é
		assertThat(clerk.upload(base, "file", "Jose\u0301.pdf", "application/pdf", PDF)
			.expect(201)
			.json()
			.path("fileName")
			.asText()).isEqualTo("Jos\u00e9.pdf");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment WHERE case_ref = ?", Integer.class, no))
			.isEqualTo(3);
	}

}
