package org.minzheng.flow.workflow.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed 低保 case after the night's history cleanup: the engine's rows of its instance
 * are gone, and the auditor's case page, the case module's page and timeline and the
 * diagram (done steps, taken flows) answer exactly as before, from our archive of the
 * path. Also: the engine wrote no variable, detail, task, identity-link or operation-log
 * history for it (CaseHistoryLevel).
 */
@ApplicationTest
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=history-cleanup")
@org.springframework.test.annotation.DirtiesContext(
		classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class EngineHistoryCleanupIT {

	/** Engine history tables with the instance's root id and a removal time. */
	static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
			"ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG",
			"ACT_HI_OP_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY");

	static final Duration PATIENCE = Duration.ofMinutes(3);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	EngineHistoryArchive archive;

	@Test
	void aClosedCasesPageAndDiagramAreTheSameAfterTheCleanup() {
		String no = approvedCase();
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM aid_application WHERE application_no = ?",
				String.class, no);
		await("the instance ended", () -> count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ? "
				+ "AND END_TIME_ IS NOT NULL AND REMOVAL_TIME_ IS NOT NULL", pi) == 1);
		for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK",
				"ACT_HI_OP_LOG")) {
			assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", pi))
				.as("%s rows of the case", table)
				.isZero();
		}
		assertThat(count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE ROOT_PROC_INST_ID_ = ? AND JOB_STATE_ <> 1", pi))
			.as("only failed job runs are logged")
			.isZero();
		long steps = count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", pi);
		assertThat(steps).isPositive();
		// parallel steps may start in the same millisecond with the same sequence counter
		// (each branch counts on its own): make such ties the rule, so the order of the
		// path rests on the last key, the id, on both sides
		assertThat(startsWithinTheSameSecond(pi)).as("steps that now share their start").isPositive();

		ApiSession auditor = ApiSession.login(port, "city-auditor");
		JsonNode aidPage = auditor.get("/api/aid/applications/" + no).expect(200).json();
		JsonNode casePage = auditor.get("/api/cases/" + no).expect(200).json();
		JsonNode timeline = auditor.get("/api/cases/" + no + "/timeline").expect(200).json();
		JsonNode diagram = auditor.get("/api/cases/" + no + "/diagram").expect(200).json();
		assertThat(aidPage.path("path").size()).isEqualTo((int) steps);
		assertThat(texts(diagram.path("completedActivityIds"))).contains(AidApplicationProcess.TASK_APPROVAL,
				AidApplicationProcess.END_EVENT_APPROVED);
		assertThat(diagram.path("takenFlowIds").size()).isPositive();

		// its removal time passes: the night's window archives the path, then cleans up
		Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
		for (String table : HISTORY_TABLES) {
			jdbc.update("UPDATE " + table + " SET REMOVAL_TIME_ = ? WHERE ROOT_PROC_INST_ID_ = ?", past, pi);
		}
		archive.windowStarts();
		assertThat(count("SELECT COUNT(*) FROM case_path WHERE process_instance_id = ?", pi)).isOne();
		assertThat(count("SELECT COUNT(*) FROM case_path_step WHERE process_instance_id = ?", pi)).isEqualTo(steps);
		await("the cleanup removed the instance's history",
				() -> count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", pi) == 0
						&& count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ?", pi) == 0);
		archive.windowEnds();

		assertThat(auditor.get("/api/aid/applications/" + no).expect(200).json()).isEqualTo(aidPage);
		assertThat(auditor.get("/api/cases/" + no).expect(200).json()).isEqualTo(casePage);
		assertThat(auditor.get("/api/cases/" + no + "/timeline").expect(200).json()).isEqualTo(timeline);
		assertThat(auditor.get("/api/cases/" + no + "/diagram").expect(200).json()).isEqualTo(diagram);
	}

	/**
	 * Cuts the start and end of the instance's steps to the second (an order-preserving
	 * change: a step that began after another ended still does), gives them all one
	 * sequence counter, and returns how many steps now share their start with another.
	 */
	private long startsWithinTheSameSecond(String pi) {
		List<Object[]> rows = jdbc.query(
				"SELECT ID_, START_TIME_, END_TIME_ FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?",
				(rs, n) -> new Object[] { rs.getString(1), toSecond(rs.getTimestamp(2)), toSecond(rs.getTimestamp(3)) },
				pi);
		for (Object[] row : rows) {
			jdbc.update("UPDATE ACT_HI_ACTINST SET START_TIME_ = ?, END_TIME_ = ?, SEQUENCE_COUNTER_ = 1 WHERE ID_ = ?",
					row[1], row[2], row[0]);
		}
		return count("SELECT COUNT(*) FROM ACT_HI_ACTINST h WHERE h.PROC_INST_ID_ = ? AND EXISTS (SELECT 1 FROM "
				+ "ACT_HI_ACTINST o WHERE o.PROC_INST_ID_ = h.PROC_INST_ID_ AND o.START_TIME_ = h.START_TIME_ "
				+ "AND o.ID_ <> h.ID_)", pi);
	}

	private static Timestamp toSecond(Timestamp time) {
		return time == null ? null
				: Timestamp.from(time.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private String approvedCase() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "李明", AidFixtures.idNumber("440308", "19550303")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE", "opinion", "两人入户，家庭情况属实"));
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		// the street approves under the district's entrustment, the district once another
		// test of the shared context revoked it (AidPathsIT)
		List<ApiSession> approvers = List.of(ApiSession.login(port, "yt-meisha-approver"),
				ApiSession.login(port, "yt-approver"));
		ApiSession[] holder = new ApiSession[1];
		String[] task = new String[1];
		AidFlows.await("an approver sees Task_Approval of " + no, () -> {
			for (ApiSession candidate : approvers) {
				List<String> ids = AidFlows.inboxTaskIds(candidate, no);
				if (!ids.isEmpty()) {
					holder[0] = candidate;
					task[0] = ids.get(0);
					return true;
				}
			}
			return false;
		});
		ApiSession approver = holder[0];
		String approval = task[0];
		approver.post("/api/tasks/" + approval + "/claim", null).expect(200);
		AidFlows.complete(approver, approval, Map.of("approvalDecision", "APPROVE", "opinion", "符合低保条件，同意"));
		AidFlows.awaitStatus(clerk, no, "APPROVED");
		// the engine keeps no task history: the ended task is known from our task record,
		// and the approver's stale page is told it has changed
		assertThat(approver.get("/api/tasks/" + approval).expect(409).code()).isEqualTo("TASK_CHANGED");
		return no;
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new java.util.ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	private static void await(String what, java.util.function.BooleanSupplier condition) {
		Instant until = Instant.now().plus(PATIENCE);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("timed out waiting until " + what);
			}
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
