package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.economic.EconomicCheckOutcome;
import org.minzheng.flow.integration.economic.EconomicCheckResult;
import org.minzheng.flow.integration.economic.MemberFinding;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.registry.RegistryInbox;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The economic check decides, through the API as the demo users: a household over the
 * limit (the simulator's sequence 999) goes to the street reviewer with the findings
 * (kept in our tables, shown on the case page), who confirms (the written notice follows)
 * or corrects with a reason (on to home investigation); a second answer for the same case
 * is ignored.
 */
@ApplicationTest
class AidEconomicCheckIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistryInbox inbox;

	@Test
	void overTheLimitConfirmedByTheReviewerIsRefusedByTheApproverWithTheWrittenNotice() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		String no = overTheLimit(clerk, "19580808");
		String task = AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_ECONOMIC_FINDINGS_REVIEW);

		// the findings, item by item against the limit, on the case page
		long applicationId = jdbc.queryForObject("SELECT id FROM aid_application WHERE application_no = ?", Long.class,
				no);
		assertThat(jdbc.queryForList("SELECT item FROM aid_economic_finding WHERE application_id = ? AND over_limit",
				String.class, applicationId))
			.containsExactlyInAnyOrder("INCOME_PER_HEAD", "VEHICLES", "PROPERTIES", "COMPANY_SHARES");
		List<String> labels = facts(reviewer, no, "经济状况核对");
		assertThat(labels).contains("家庭月人均收入（元）", "机动车（辆）", "房产（套）");

		// a correction needs its reason; the refusal changes nothing
		assertThat(reviewer
			.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("economicReviewDecision", "CORRECT")))
			.expect(400)
			.code()).isEqualTo("REASON_REQUIRED");
		assertThat(count("SELECT COUNT(*) FROM aid_economic_review WHERE application_id = " + applicationId)).isZero();

		AidFlows.complete(reviewer, task, Map.of("economicReviewDecision", "CONFIRM", "opinion", "名下三套房产、一辆汽车，核对无误"));

		// 拟不予 goes to the approving authority (梅沙街道 under 盐田区's entrustment) with the
		// findings; without investigation and public notice it cannot be approved
		ApiSession approver = ApiSession.login(port, "yt-meisha-approver");
		String approval = AidFlows.awaitTask(approver, no, AidApplicationProcess.TASK_APPROVAL);
		assertThat(facts(approver, no, "经济状况核对")).contains("家庭月人均收入（元）", "拟不予审核");
		assertThat(AidFlows.view(clerk, no).path("decision").isMissingNode()
				|| AidFlows.view(clerk, no).path("decision").isNull())
			.isTrue();
		assertThat(approver
			.post("/api/tasks/" + approval + "/complete",
					Map.of("data", Map.of("approvalDecision", "APPROVE", "opinion", "同意")))
			.expect(409)
			.code()).isEqualTo("NOTICE_REQUIRED");
		AidFlows.complete(approver, approval, Map.of("approvalDecision", "REJECT", "opinion", "核对超标属实，不予批准"));
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_REJECTION_NOTICE),
				Map.of("rejectionNoticeDecision", "SERVED", "servedOn", "2026-11-23"));
		AidFlows.awaitStatus(clerk, no, "REJECTED");
		JsonNode view = AidFlows.view(clerk, no);
		assertThat(view.path("decision").asText()).isEqualTo("REJECT");
		assertThat(jdbc.queryForObject("SELECT decided_by FROM aid_application WHERE application_no = ?", String.class,
				no))
			.isEqualTo("yt-meisha-approver");
		assertThat(actions(no)).contains("AID_ECONOMIC_FINDINGS_CONFIRMED", "AID_REJECTION_RECORDED")
			.doesNotContain("AID_BENEFICIARY_CREATED");
		assertThat(facts(reviewer, no, "经济状况核对")).contains("拟不予审核");
	}

	@Test
	void overTheLimitCorrectedWithAReasonGoesOnToHomeInvestigation() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		String no = overTheLimit(clerk, "19590909");
		String task = AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_ECONOMIC_FINDINGS_REVIEW);

		AidFlows.complete(reviewer, task,
				Map.of("economicReviewDecision", "CORRECT", "opinion", "房产已于 2025 年过户给子女，核对数据未更新"));

		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(jdbc.queryForObject(
				"SELECT reason FROM aid_economic_review r JOIN aid_application a ON a.id = r.application_id "
						+ "WHERE a.application_no = ? AND r.decision = 'CORRECT'",
				String.class, no))
			.contains("过户");
		assertThat(actions(no)).contains("AID_ECONOMIC_FINDINGS_CORRECTED");

		// an answer to the same case coming later (e.g. to an earlier attempt) is
		// ignored: not kept, not correlated
		long messages = count("SELECT COUNT(*) FROM registry_message WHERE case_ref = '" + no + "'");
		inbox.economicCheckAnswered(new EconomicCheckResult("EC-LATE", no, EconomicCheckOutcome.WITHIN_LIMIT,
				List.of(new MemberFinding(AidFixtures.idNumber("440308", "19590909"), 1000, 0, 0, false)),
				Instant.now()));
		assertThat(count("SELECT COUNT(*) FROM registry_message WHERE case_ref = '" + no + "'")).isEqualTo(messages);
		assertThat(jdbc.queryForObject(
				"SELECT e.request_id FROM aid_economic_answer e JOIN aid_application a ON a.id = e.application_id "
						+ "WHERE a.application_no = ?",
				String.class, no))
			.isNotEqualTo("EC-LATE");
	}

	@Test
	void theAnsweredRequestIsClosedAndFoundByItsCase() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = accepted(clerk, "林答复", AidFixtures.idNumber("440308", "19610611"));
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		// answered and delivered: the poller of the real verification centre no longer
		// asks for it
		assertThat(jdbc.queryForList("SELECT answered_at FROM registry_call WHERE case_ref = ? AND registry = ?",
				java.sql.Timestamp.class, no, "economic-check"))
			.isNotEmpty()
			.doesNotContainNull();
		// closing it reads by an index (the case's, or the open requests' while those are
		// few), never the whole table: with many open requests MariaDB read every row by
		// the primary key, as the open index holds the column the UPDATE sets
		String close = "UPDATE registry_call SET answered_at = CURRENT_TIMESTAMP WHERE registry = 'economic-check' "
				+ "AND case_ref = ? AND answered_at IS NULL";
		List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN " + close, no);
		if (plan.get(0).containsKey("key")) {
			assertThat(String.valueOf(plan.get(0).get("key"))).as("%s", plan)
				.isIn("ix_registry_call_case", "ix_registry_call_open");
			assertThat(String.valueOf(plan.get(0).get("type"))).as("%s", plan).isIn("ref", "range");
		}
		else {
			assertThat(String.valueOf(plan.get(0).values().iterator().next()).toUpperCase())
				.contains("IX_REGISTRY_CALL_");
		}
	}

	@Test
	void anAnswerWhoseMessageCannotBeStoredKeepsNoFindingsSoTheNextAnswerIsTaken() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String idNumber = AidFixtures.idNumber("440308", "19620712");
		// submitted, not accepted: the simulator is not asked, only the answers below
		// come
		String no = submitted(clerk, "原子答", idNumber);
		List<MemberFinding> found = List.of(new MemberFinding(idNumber, 1000, 0, 0, false));
		String answers = "SELECT COUNT(*) FROM aid_economic_answer e JOIN aid_application a ON a.id = e.application_id "
				+ "WHERE a.application_no = '" + no + "'";
		// the message to the process cannot be stored (the table is away): the findings
		// roll back with it
		jdbc.execute("ALTER TABLE registry_message RENAME TO registry_message_away");
		try {
			assertThatThrownBy(() -> inbox.economicCheckAnswered(
					new EconomicCheckResult("EC-LOST", no, EconomicCheckOutcome.WITHIN_LIMIT, found, Instant.now())))
				.isInstanceOf(RuntimeException.class);
		}
		finally {
			jdbc.execute("ALTER TABLE registry_message_away RENAME TO registry_message");
		}
		assertThat(count(answers)).isZero();
		// so the next answer (the poller asks again) is kept and queued for the process,
		// not ignored as a second one
		inbox.economicCheckAnswered(
				new EconomicCheckResult("EC-AGAIN", no, EconomicCheckOutcome.WITHIN_LIMIT, found, Instant.now()));
		assertThat(jdbc.queryForObject(
				"SELECT e.request_id FROM aid_economic_answer e JOIN aid_application a ON a.id = e.application_id "
						+ "WHERE a.application_no = ?",
				String.class, no))
			.isEqualTo("EC-AGAIN");
		assertThat(count("SELECT COUNT(*) FROM registry_message WHERE case_ref = '" + no + "'")).isEqualTo(1);
		// no process waits for it (the case was never accepted): not retried for the
		// other tests' sake
		jdbc.update("DELETE FROM registry_message WHERE case_ref = ?", no);
	}

	/** An accepted application whose applicant the simulator finds affluent. */
	private String overTheLimit(ApiSession clerk, String birthDate) {
		return accepted(clerk, "富户", AidFixtures.withCheckDigit("440308" + birthDate + "999"));
	}

	/** An application at 梅沙街道, submitted and accepted by its clerk. */
	private String accepted(ApiSession clerk, String applicant, String idNumber) {
		String no = submitted(clerk, applicant, idNumber);
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		return no;
	}

	/** An application at 梅沙街道, submitted by its clerk. */
	private String submitted(ApiSession clerk, String applicant, String idNumber) {
		return clerk.post("/api/aid/applications", AidFixtures.application("440308001", applicant, idNumber))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	private List<String> facts(ApiSession session, String no, String section) {
		for (JsonNode s : session.get("/api/cases/" + no).expect(200).json().path("sections")) {
			if (s.path("title").asText().equals(section)) {
				return s.path("facts").findValuesAsText("label");
			}
		}
		return List.of();
	}

	private List<String> actions(String no) {
		return jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ? ORDER BY id", String.class, no);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
