package org.minzheng.flow.socialorg.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.support.AidFlows.awaitTask;
import static org.minzheng.flow.support.AidFlows.complete;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit-list state machine on the real database: 2 years abnormal → serious, 2 clean
 * years serious → removed, compare-and-set moves, a registrar's manual removal, the
 * standing other features read, and a listing case (proposal, notice, period to answer,
 * the approver's written decision) opened by two returned letters.
 */
@ApplicationTest
class CreditListsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CreditLists credit;

	@Autowired
	CreditStandings standings;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	CreditPlatformPush push;

	@Autowired
	org.camunda.bpm.engine.ManagementService management;

	@Autowired
	org.minzheng.flow.calendar.WorkingDayCalendar calendar;

	@Autowired
	org.minzheng.flow.integration.credit.CreditPlatformClient platform;

	@Test
	void periodsMoveOrganisationsAndEveryMoveIsRecorded() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long longAbnormal = seed("信用测试甲", "51440300MJL000001A", "ABNORMAL", today.minusYears(2).minusDays(1));
		long recentAbnormal = seed("信用测试乙", null, "ABNORMAL", today.minusYears(1));
		long longSerious = seed("信用测试丙", null, "SERIOUS", today.minusYears(2).minusDays(3));

		int moved = credit.reviewPeriods(CreditLists.Actor.SYSTEM);

		assertThat(moved).isGreaterThanOrEqualTo(2);
		assertThat(state(longAbnormal)).isEqualTo("SERIOUS");
		assertThat(state(recentAbnormal)).isEqualTo("ABNORMAL");
		assertThat(state(longSerious)).isEqualTo("NORMAL");
		assertThat(jdbc.queryForMap("SELECT from_state, to_state, reason_code, effective_on FROM so_credit_transition "
				+ "WHERE organisation_id = ?", longAbnormal))
			.containsEntry("from_state", "ABNORMAL")
			.containsEntry("to_state", "SERIOUS")
			.containsEntry("reason_code", "TWO_YEARS_ABNORMAL")
			.containsEntry("effective_on", java.sql.Date.valueOf(today));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'SOCIALORG_CREDIT_SERIOUS' AND summary LIKE '信用测试甲%'",
				Integer.class))
			.isEqualTo(1);

		// a move from a state the organisation is no longer in changes nothing
		Boolean stale = tx.execute(status -> credit.move(recentAbnormal, CreditState.NORMAL,
				CreditReason.NO_ANNUAL_REPORT, "重复列入", null, CreditLists.Actor.SYSTEM));
		assertThat(stale).isFalse();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM so_credit_transition WHERE organisation_id = ?",
				Integer.class, recentAbnormal))
			.isZero();

		// what charity recognition reads
		assertThat(standings.standingOf("51440300MJL000001A")).hasValueSatisfying(standing -> {
			assertThat(standing.creditState()).isEqualTo(CreditState.SERIOUS);
			assertThat(standing.barsCharityRecognition()).isTrue();
		});
		assertThat(standings.standingOf("51440300MJL00000XX")).isEmpty();
	}

	@Test
	void penaltyInTheLastTwoYearsBarsCharityRecognition() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long penalised = seed("信用测试丁", "53440300MJL000002B", "NORMAL", null);
		long oldPenalty = seed("信用测试戊", "53440300MJL000003C", "NORMAL", null);
		jdbc.update("INSERT INTO so_penalty (organisation_id, decided_on, document_no, summary) VALUES (?, ?, ?, ?)",
				penalised, today.minusMonths(6), "深民罚〔2026〕1号", "违规开展评比表彰");
		jdbc.update("INSERT INTO so_penalty (organisation_id, decided_on, document_no, summary) VALUES (?, ?, ?, ?)",
				oldPenalty, today.minusYears(3), "深民罚〔2023〕9号", "未按规定换届");

		assertThat(standings.standingOf("53440300MJL000002B").orElseThrow().barsCharityRecognition()).isTrue();
		assertThat(standings.standingOf("53440300MJL000003C").orElseThrow().barsCharityRecognition()).isFalse();
	}

	@Test
	void aRegistrarApproverLiftsAListingWithAReason() {
		long listed = seed("信用测试己", null, "ABNORMAL", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(1));
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession approver = ApiSession.login(port, "so-city-approver");

		// refused before the request is read: a refusal on a record answers as if it did
		// not exist
		assertThat(clerk.post("/api/socialorg/organisations/" + listed + "/credit-removal", Map.of("reason", "已恢复联系"))
			.expect(404)
			.code()).isEqualTo("ORGANISATION_NOT_FOUND");
		assertThat(approver.post("/api/socialorg/organisations/" + listed + "/credit-removal", Map.of("reason", " "))
			.expect(400)
			.code()).isEqualTo("TEXT_BLANK");
		assertThat(state(listed)).isEqualTo("ABNORMAL");
		approver.post("/api/socialorg/organisations/" + listed + "/credit-removal", Map.of("reason", "住所已恢复联系，经核实"))
			.expect(200);

		assertThat(state(listed)).isEqualTo("NORMAL");
		assertThat(approver.post("/api/socialorg/organisations/" + listed + "/credit-removal", Map.of("reason", "再次"))
			.expect(409)
			.code()).isEqualTo("CREDIT_STATE");
		ApiSession.login(port, "so-yt-clerk").get("/api/socialorg/organisations/" + listed).expect(404);
	}

	/**
	 * The export names its list in the path: a blank or unknown name is a 400 with the
	 * field (a blank one was a 500, found by the OpenAPI fuzzing test).
	 */
	@Test
	void anExportOfAListWithoutAKnownNameIsRefused() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		for (String name : new String[] { "%20", "abnormal", "GOLD" }) {
			ApiSession.Response response = clerk.get("/api/socialorg/credit-lists/" + name + "/export").expect(400);
			// a blank name is refused by the text rule every path value obeys, a wrong
			// one as a wrong type
			assertThat(response.code()).isEqualTo(name.equals("%20") ? "TEXT_BLANK" : "WRONG_TYPE");
			assertThat(response.json().path("field").asText()).isEqualTo("state");
		}
		assertThat(clerk.get("/api/socialorg/credit-lists/ABNORMAL/export").expect(200).header("Content-Type"))
			.startsWith("text/csv");
	}

	@Test
	void theSecondReturnedRegisteredLetterListsTheOrganisationAsUnreachable() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long organisation = seed("信用测试辛", null, "NORMAL", null);
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		String path = "/api/socialorg/organisations/" + organisation + "/returned-letters";

		assertThat(
				clerk
					.post(path,
							Map.of("trackingNo", "XA100", "sentOn", today.minusDays(3), "returnedOn",
									today.minusDays(5)))
					.expect(400)
					.code())
			.isEqualTo("LETTER_DATES");
		assertThat(ApiSession.login(port, "so-yt-clerk")
			.post(path, Map.of("trackingNo", "XA100", "sentOn", today.minusDays(20), "returnedOn", today.minusDays(9)))
			.expect(404)
			.code()).isEqualTo("ORGANISATION_NOT_FOUND");
		clerk.post(path, Map.of("trackingNo", "XA100", "sentOn", today.minusDays(20), "returnedOn", today.minusDays(9)))
			.expect(200);
		assertThat(state(organisation)).as("one returned letter is not yet unreachable").isEqualTo("NORMAL");
		assertThat(
				clerk
					.post(path,
							Map.of("trackingNo", "XA100", "sentOn", today.minusDays(20), "returnedOn",
									today.minusDays(9)))
					.expect(409)
					.code())
			.isEqualTo("LETTER_DUPLICATE");

		clerk.post(path, Map.of("trackingNo", "XA200", "sentOn", today.minusDays(8), "returnedOn", today.minusDays(1)))
			.expect(200);

		// the second letter opens a listing case: nothing is listed yet
		assertThat(state(organisation)).isEqualTo("NORMAL");
		String listing = jdbc.queryForObject("SELECT listing_no FROM so_credit_listing WHERE organisation_id = ?",
				String.class, organisation);
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");
		ApiSession approver = ApiSession.login(port, "so-city-approver");
		// the reviewer proposes with the facts; the organisation is notified and may
		// answer
		complete(reviewer, awaitTask(reviewer, listing, SocialOrgCreditListingProcess.TASK_PROPOSAL),
				Map.of("proposal", "LIST", "opinion", "XA100、XA200 两封挂号信均因查无此单位被退回"));
		LocalDate answerDue = calendar.addWorkingDays(today, 5);
		assertThat(jdbc.queryForMap(
				"SELECT status, facts, notified_on, answer_due_on FROM so_credit_listing " + "WHERE listing_no = ?",
				listing))
			.containsEntry("status", "NOTIFIED")
			.containsEntry("facts", "XA100、XA200 两封挂号信均因查无此单位被退回")
			.containsEntry("notified_on", java.sql.Date.valueOf(today))
			.containsEntry("answer_due_on", java.sql.Date.valueOf(answerDue));
		assertThat(jdbc.queryForObject("SELECT text FROM so_announcement WHERE kind = 'CREDIT_NOTICE' AND case_ref = ?",
				String.class, listing))
			.contains("信用测试辛", "陈述、申辩", answerDue.toString());
		assertThat(state(organisation)).isEqualTo("NORMAL");
		assertThat(AidFlows.inboxTaskIds(approver, listing)).as("no decision before the period to answer ends")
			.isEmpty();

		// the period to answer ends without an answer; the approver decides in writing
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM so_credit_listing WHERE listing_no = ?",
				String.class, listing);
		Job period = management.createJobQuery()
			.processInstanceId(pi)
			.activityId(SocialOrgCreditListingProcess.CATCH_EVENT_ANSWER_PERIOD_ENDED)
			.singleResult();
		assertThat(LocalDate.ofInstant(period.getDuedate().toInstant(), ZoneId.of("Asia/Shanghai")))
			.isEqualTo(answerDue);
		management.executeJob(period.getId());
		String decision = awaitTask(approver, listing, SocialOrgCreditListingProcess.TASK_DECISION);
		assertThat(approver
			.post("/api/tasks/" + decision + "/complete",
					Map.of("data", Map.of("decision", "LIST", "opinion", "住所无法联系")))
			.expect(400)
			.json()
			.path("field")
			.asText()).isEqualTo("documentNo");
		complete(approver, decision,
				Map.of("decision", "LIST", "documentNo", "深民信列〔2026〕3号", "opinion", "通过登记的住所无法联系，列入活动异常名录"));

		assertThat(state(organisation)).isEqualTo("ABNORMAL");
		assertThat(jdbc.queryForMap("SELECT reason_code, reason_text, case_ref, actor FROM so_credit_transition "
				+ "WHERE organisation_id = ?", organisation))
			.containsEntry("reason_code", "UNREACHABLE")
			.containsEntry("case_ref", listing)
			.containsEntry("actor", "so-city-approver")
			.hasEntrySatisfying("reason_text", text -> assertThat((String) text).contains("深民信列〔2026〕3号"));
		assertThat(jdbc.queryForMap("SELECT status, decision, decision_doc_no, decided_on, decided_by "
				+ "FROM so_credit_listing WHERE listing_no = ?", listing))
			.containsEntry("status", "LISTED")
			.containsEntry("decision", "LIST")
			.containsEntry("decision_doc_no", "深民信列〔2026〕3号")
			.containsEntry("decided_on", java.sql.Date.valueOf(today))
			.containsEntry("decided_by", "so-city-approver");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SOCIALORG_LETTER_RETURNED' "
				+ "AND summary LIKE '信用测试辛%'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void everyMoveIsSharedWithTheCreditPlatformOnce() {
		long listed = seed("信用测试庚", "52440300MJL000004D", "NORMAL", null);
		tx.executeWithoutResult(status -> credit.listAbnormal(listed, CreditReason.UNREACHABLE, "两次挂号信均被退回", null,
				CreditLists.Actor.SYSTEM));
		long move = jdbc.queryForObject("SELECT id FROM so_credit_transition WHERE organisation_id = ?", Long.class,
				listed);

		push.push();
		push.push();

		var received = ((org.minzheng.flow.integration.credit.SimulatedCreditPlatformClient) platform).received();
		assertThat(received.get("credit-transition:" + move)).satisfies(entry -> {
			assertThat(entry.uscc()).isEqualTo("52440300MJL000004D");
			assertThat(entry.list()).isEqualTo("ABNORMAL");
			assertThat(entry.reasonCode()).isEqualTo("UNREACHABLE");
		});
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM so_credit_transition WHERE pushed_at IS NULL", Integer.class))
			.isZero();
	}

	private long seed(String name, String uscc, String state, LocalDate since) {
		jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, uscc, status, "
				+ "credit_state, credit_since, created_at) VALUES (?, 'ASSOCIATION', 'DIRECT', '440300', ?, 'REGISTERED', "
				+ "?, ?, CURRENT_TIMESTAMP)", name, uscc, state, since);
		return jdbc.queryForObject("SELECT id FROM so_organisation WHERE name = ?", Long.class, name);
	}

	private String state(long id) {
		return jdbc.queryForObject("SELECT credit_state FROM so_organisation WHERE id = ?", String.class, id);
	}

}
