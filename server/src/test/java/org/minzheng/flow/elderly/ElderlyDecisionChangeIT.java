package org.minzheng.flow.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.elderly.PopulationMessage.Kind;
import org.minzheng.flow.elderly.PopulationMessage.Outcome;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The 高龄津贴 decision table is data the line's process owner edits through the process
 * console, with four eyes: another line's process owner cannot propose a change of it,
 * the proposer cannot approve their own change, and once a second owner of the line
 * approves, the next resident is decided by the new version (and the case records which).
 * Its own application context (and database): the version it deploys must not change the
 * decisions under the other tests.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=elderly-decision")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ElderlyDecisionChangeIT {

	static final String KEY = ElderlyAllowanceProcess.PROCESS_KEY;

	static final String DECISION_FILE = "elderly-allowance";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SimulatedPopulationFeed feed;

	@Test
	void theLinesProcessOwnerChangesTheAmountWithFourEyesAndTheNextResidentIsDecidedByTheNewVersion()
			throws IOException {
		String model = resource(ElderlyAllowanceProcess.RESOURCE);
		String shipped = resource(ElderlyAllowanceProcess.DECISION_RESOURCE);
		String raised = shipped.replace("<outputEntry id=\"LiteralExpression_Band100Plus\"><text>1000</text>",
				"<outputEntry id=\"LiteralExpression_Band100Plus\"><text>1200</text>");
		assertThat(raised).isNotEqualTo(shipped);

		// a resident of 100 decided by the shipped table: 1,000 yuan a month
		String before = decide("D1", 101);
		assertThat(amountFen(before)).isEqualTo(100_000L);
		String shippedVersion = version(before);
		assertThat(shippedVersion).startsWith(ElderlyAllowanceProcess.DECISION_ELIGIBILITY + " v");

		Map<String, Object> proposal = Map.of("changeNote", "百岁老人津贴标准调整为每月1200元", "xml", model, "forms", Map.of(),
				"decisions", Map.of(DECISION_FILE, raised));
		// a process owner of another line (社会救助 only) cannot propose it
		int other = ApiSession.login(port, "yt-process-owner")
			.post("/api/process-admin/processes/" + KEY + "/changes", proposal)
			.status();
		assertThat(other).isIn(403, 404);
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);

		ApiSession owner = ApiSession.login(port, "city-elderly-process-owner");
		long id = owner.post("/api/process-admin/processes/" + KEY + "/changes", proposal)
			.expect(201)
			.json()
			.path("change")
			.path("id")
			.asLong();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes + 1);
		// the reviewer sees the decision file change
		ApiSession second = ApiSession.login(port, "city-process-owner-2");
		assertThat(second.get("/api/process-admin/changes/" + id).expect(200).body()).contains("DMN")
			.contains(DECISION_FILE);
		// four eyes: the proposer cannot approve, and nothing is deployed
		ApiSession.Response own = owner.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "同意"));
		assertThat(own.status()).as(own.body()).isIn(403, 409);
		assertThat(amountFen(decide("D2", 102))).isEqualTo(100_000L);

		second.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "同意")).expect(200);

		// the next resident of 100 is decided by the new version, and the case says which
		String after = decide("D3", 103);
		assertThat(amountFen(after)).isEqualTo(120_000L);
		assertThat(version(after)).startsWith(ElderlyAllowanceProcess.DECISION_ELIGIBILITY + " v")
			.isNotEqualTo(shippedVersion);
		// a resident of 80 still gets the band the change left alone
		assertThat(amountFen(decideAged("D4", 104, 80))).isEqualTo(20_000L);
		// the residents decided before keep what they were granted
		assertThat(amountFen(before)).isEqualTo(100_000L);
	}

	/** A clear resident of 100 announced by the registry, decided by the rule. */
	private String decide(String tag, int sequence) {
		return decideAged(tag, sequence, 100);
	}

	private String decideAged(String tag, int sequence, int age) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate birth = today.minusYears(age);
		String messageId = "DC-" + tag + "-" + System.nanoTime() % 1_000_000;
		PopulationMessage message = new PopulationMessage(messageId, Kind.REACHED_80,
				SimulatedPopulationFeed.idNumber("440308", birth, sequence), "陈百岁", birth, today, "440308003",
				"622202020012345" + String.format("%03d", sequence), "13800138000", false);
		assertThat(feed.emit(message)).isEqualTo(Outcome.OPENED);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (true) {
			var decided = jdbc.queryForList("SELECT case_no FROM elderly_allowance WHERE message_id = ?"
					+ " AND status = 'GRANTED' AND decided_by = 'RULE'", String.class, messageId);
			if (!decided.isEmpty()) {
				return decided.get(0);
			}
			assertThat(Instant.now()).as("case of " + messageId + " granted by the rule").isBefore(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private long amountFen(String caseNo) {
		return jdbc.queryForObject("SELECT monthly_amount_fen FROM elderly_allowance WHERE case_no = ?", Long.class,
				caseNo);
	}

	private String version(String caseNo) {
		return jdbc.queryForObject("SELECT decision_version FROM elderly_allowance WHERE case_no = ?", String.class,
				caseNo);
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = ElderlyDecisionChangeIT.class.getResourceAsStream("/" + path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
