package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.aid.spotcheck.SpotCheckSample;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckService;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.aid.AidReviewProcess;
import org.minzheng.flow.processes.aid.AidReviewScheduleProcess;
import org.minzheng.flow.processes.aid.AidSpotCheckProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A beneficiary's life after approval, through the API as the demo users: a due review
 * opened by the engine's morning timer arrives in the street's inbox and ends in a stop
 * that takes effect once its notice is served; last month's entrusted decisions are
 * sampled reproducibly, the district reviewer records findings (one corrected by the
 * district approver, stopping payment), the street never sees the checks, and the
 * dashboard flags the entrustment.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=aidlife")
class AidLifeIT {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final String DISTRICT = "440308";

	static final String MEISHA = "440308001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	TestClock clock;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AidSpotCheckService spotChecks;

	@Test
	void aDueReviewArrivesInTheStreetInboxAndAStopTakesEffectOnceItsNoticeIsServed() {
		// a 低保 household of working age, paid since long ago, never dated for review
		long beneficiary = beneficiary("DB-440308-2024-910001", LocalDate.of(1980, 5, 1),
				Instant.parse("2024-01-10T02:00:00Z"), null);
		Instant now = clock.stop();
		try {
			LocalDate workingDay = LocalDate.ofInstant(now, BEIJING).plusDays(1);
			while (!calendar.isWorkingDay(workingDay)) {
				workingDay = workingDay.plusDays(1);
			}
			clock.advance(Duration.between(now, workingDay.atTime(8, 30).atZone(BEIJING).toInstant()));

			// the morning timer fires (twice: a retry or a second node opens nothing
			// more)
			fireReviewTimer();
			fireReviewTimer();
			List<String> reviews = jdbc.queryForList("SELECT review_no FROM aid_review WHERE beneficiary_id = ?",
					String.class, beneficiary);
			assertThat(reviews).hasSize(1);
			String no = reviews.get(0);
			assertThat(
					jdbc.queryForObject("SELECT household_type FROM aid_review WHERE review_no = ?", String.class, no))
				.isEqualTo("WORKING_AGE");
			assertThat(jdbc.queryForObject("SELECT next_review_date FROM aid_beneficiary WHERE id = ?", LocalDate.class,
					beneficiary))
				.as("dated from the payment start, 6 months for a household of working age")
				.isEqualTo(LocalDate.of(2024, 8, 1));

			ApiSession clerk = login("yt-meisha-clerk");
			assertThat(clerk.get("/api/aid/reviews?open=true").expect(200).json().findValuesAsText("reviewNo"))
				.contains(no);
			assertThat(
					login("yt-yantian-clerk").get("/api/aid/reviews").expect(200).json().findValuesAsText("reviewNo"))
				.doesNotContain(no);
			AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidReviewProcess.TASK_INVESTIGATION),
					Map.of("reviewInvestigationDecision", "DONE", "householdIncomeYuan", "5200.50", "householdChanges",
							"申请人已就业，月工资 5200 元"));
			ApiSession reviewer = login("yt-meisha-reviewer");
			AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidReviewProcess.TASK_PROPOSAL),
					Map.of("reviewProposal", "TERMINATE", "opinion", "家庭人均收入超过低保标准"));

			// 盐田区 entrusted its streets: the street approves, and a phase-out longer than
			// six months is refused
			ApiSession approver = login("yt-meisha-approver");
			String decision = AidFlows.awaitTask(approver, no, AidReviewProcess.TASK_DECISION);
			assertThat(
					approver
						.post("/api/tasks/" + decision + "/complete",
								Map.of("data",
										Map.of("reviewOutcome", "PHASE_OUT", "phaseOutMonths", "7", "opinion", "渐退")))
						.expect(400)
						.code())
				.isIn("PHASE_OUT_MONTHS", "FIELD_PATTERN");
			AidFlows.complete(approver, decision, Map.of("reviewOutcome", "TERMINATE", "opinion", "收入超标，停发"));
			assertThat(
					jdbc.queryForObject("SELECT status FROM aid_beneficiary WHERE id = ?", String.class, beneficiary))
				.as("a stop waits for its written notice")
				.isEqualTo("ACTIVE");

			AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidReviewProcess.TASK_STOP_NOTICE),
					Map.of("stopNoticeDecision", "SERVED", "servedOn", workingDay.toString()));
			AidFlows.await("the review is closed",
					() -> jdbc.queryForObject(
							"SELECT COUNT(*) FROM aid_review WHERE review_no = ? AND closed_at IS NOT NULL",
							Integer.class, no) == 1);
			assertThat(
					jdbc.queryForObject("SELECT status FROM aid_beneficiary WHERE id = ?", String.class, beneficiary))
				.isEqualTo("TERMINATED");
			assertThat(jdbc.queryForObject("SELECT payment_end FROM aid_beneficiary WHERE id = ?", LocalDate.class,
					beneficiary))
				.isEqualTo(workingDay.withDayOfMonth(1));
			assertThat(jdbc.queryForObject("SELECT entrustment_id IS NOT NULL FROM aid_review WHERE review_no = ?",
					Boolean.class, no))
				.isTrue();
			assertThat(actions(no)).containsSubsequence("AID_REVIEW_OPENED", "AID_REVIEW_INVESTIGATED",
					"AID_REVIEW_PROPOSED", "AID_REVIEW_DECIDED", "AID_STOP_NOTICE_SERVED", "AID_REVIEW_OUTCOME_APPLIED",
					"AID_REVIEW_CLOSED");
			JsonNode page = clerk.get("/api/cases/" + no).expect(200).json();
			assertThat(page.toString()).contains("停发告知送达日期");
			// no second review for a stopped beneficiary
			fireReviewTimer();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_review WHERE beneficiary_id = ?", Integer.class,
					beneficiary))
				.isEqualTo(1);
		}
		finally {
			clock.run();
		}
	}

	@Test
	void lastMonthsEntrustedDecisionsAreSampledReproduciblyAndTheDistrictRecordsFindings() {
		YearMonth month = YearMonth.now(BEIJING);
		long entrustment = jdbc.queryForObject(
				"SELECT id FROM aid_entrustment WHERE district_code = '440308' AND benefit_type = 'DIBAO'", Long.class);
		List<String> decisions = List.of("DB-440308-2026-920001", "DB-440308-2026-920002", "DB-440308-2026-920003",
				"DB-440308-2026-920004");
		Instant decidedAt = month.atDay(1).atTime(10, 0).atZone(BEIJING).toInstant();
		for (int i = 0; i < decisions.size(); i++) {
			beneficiary(decisions.get(i), LocalDate.of(1950, 1, 1 + i), decidedAt, entrustment);
		}
		Instant now = clock.stop();
		try {
			clock.advance(
					Duration.between(now, month.plusMonths(1).atDay(15).atTime(10, 0).atZone(BEIJING).toInstant()));
			List<String> opened = spotChecks.drawDue();
			assertThat(spotChecks.drawDue()).as("one draw per district and month").isEmpty();

			// 30 % of 4, rounded up: 2; the stored seed and population replay the sample
			assertThat(opened).hasSize(2);
			Map<String, Object> draw = jdbc
				.queryForMap("SELECT salt, seed, population_nos, sample_nos, share_percent FROM aid_spot_check_draw "
						+ "WHERE district_code = '440308' AND sample_month = ?", month.atDay(1));
			Map<String, Object> d = lower(draw);
			SpotCheckSample replay = SpotCheckSample.draw(decisions, DISTRICT, month, (String) d.get("salt"), 30);
			assertThat(((Number) d.get("seed")).longValue()).isEqualTo(replay.seed());
			assertThat(d.get("population_nos")).isEqualTo(String.join(",", decisions));
			assertThat(d.get("sample_nos")).isEqualTo(String.join(",", replay.sample()));
			assertThat(jdbc.queryForList("SELECT application_no FROM aid_spot_check ORDER BY id", String.class))
				.containsExactlyElementsOf(replay.sample());

			// the street whose decisions are checked sees none of it
			ApiSession street = login("yt-meisha-reviewer");
			assertThat(street.get("/api/aid/spot-checks").expect(403).code()).isEqualTo("ACCESS_DENIED");
			for (String check : opened) {
				street.get("/api/cases/" + check).expect(404);
				assertThat(AidFlows.inboxTaskIds(street, check)).isEmpty();
			}

			ApiSession reviewer = login("yt-reviewer");
			String corrected = opened.get(0);
			String found = opened.get(1);
			String task = AidFlows.awaitTask(reviewer, corrected, AidSpotCheckProcess.TASK_REVIEW);
			assertThat(
					reviewer
						.post("/api/tasks/" + task + "/complete",
								Map.of("data",
										Map.of("spotCheckFinding", "FINDING", "findingKind", "MISSING_MATERIAL")))
						.expect(400)
						.code())
				.isEqualTo("FIELD_REQUIRED");
			AidFlows.complete(reviewer, task, Map.of("spotCheckFinding", "CORRECTION", "findingKind",
					"ELIGIBILITY_DOUBT", "note", "申请人名下有未申报的商铺", "correction", "撤销原批准决定", "endsPayment", true));
			ApiSession approver = login("yt-approver");
			AidFlows.complete(approver,
					AidFlows.awaitTask(approver, corrected, AidSpotCheckProcess.TASK_CORRECTION_APPROVAL),
					Map.of("correctionDecision", "CONFIRM", "opinion", "同意纠正"));
			AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, found, AidSpotCheckProcess.TASK_REVIEW),
					Map.of("spotCheckFinding", "FINDING", "findingKind", "MISSING_MATERIAL", "note", "缺少银行流水"));

			AidFlows.await("both checks closed", () -> jdbc
				.queryForObject("SELECT COUNT(*) FROM aid_spot_check WHERE closed_at IS NOT NULL", Integer.class) == 2);
			String correctedApplication = jdbc.queryForObject(
					"SELECT application_no FROM aid_spot_check WHERE check_no = ?", String.class, corrected);
			assertThat(jdbc.queryForObject("SELECT decision_correction FROM aid_application WHERE application_no = ?",
					String.class, correctedApplication))
				.isEqualTo("撤销原批准决定");
			// the case page's decision says so, naming the check
			assertThat(approver.get("/api/cases/" + correctedApplication).expect(200).body()).contains("抽查纠正",
					"撤销原批准决定", corrected);
			assertThat(jdbc.queryForObject(
					"SELECT b.status FROM aid_beneficiary b JOIN aid_application a ON a.id = b.application_id "
							+ "WHERE a.application_no = ?",
					String.class, correctedApplication))
				.isEqualTo("TERMINATED");
			assertThat(jdbc.queryForObject(
					"SELECT b.payment_end FROM aid_beneficiary b JOIN aid_application a ON a.id = b.application_id "
							+ "WHERE a.application_no = ?",
					LocalDate.class, correctedApplication))
				.isEqualTo(month.plusMonths(1).atDay(1));
			assertThat(actions(correctedApplication)).contains("AID_DECISION_CORRECTED");
			assertThat(jdbc.queryForList("SELECT status FROM aid_spot_check ORDER BY id", String.class))
				.containsExactly("CORRECTED", "FINDING");

			JsonNode dashboard = login("yt-supervisor").get("/api/aid/spot-checks/dashboard").expect(200).json();
			JsonNode record = dashboard.findParents("entrustmentId")
				.stream()
				.filter(r -> r.path("entrustmentId").asLong() == entrustment)
				.findFirst()
				.orElseThrow();
			assertThat(record.path("findings").asInt()).isEqualTo(2);
			assertThat(record.path("flagged").asBoolean()).isTrue();
			JsonNode draws = reviewer.get("/api/aid/spot-checks/draws").expect(200).json();
			assertThat(draws.get(0).path("seed").asLong()).isEqualTo(replay.seed());
			assertThat(draws.get(0).has("salt")).isFalse();
			assertThat(reviewer.get("/api/cases/" + found).expect(200).json().toString()).contains("缺少银行流水");
		}
		finally {
			clock.run();
		}
	}

	private void fireReviewTimer() {
		Job timer = management.createJobQuery()
			.processDefinitionKey(AidReviewScheduleProcess.PROCESS_KEY)
			.timers()
			.singleResult();
		management.executeJob(timer.getId());
		AidFlows.await("the morning's reviews are opened",
				() -> management.createJobQuery()
					.processDefinitionKey(AidReviewScheduleProcess.PROCESS_KEY)
					.activityId(AidReviewScheduleProcess.SERVICE_TASK_OPEN_DUE_REVIEWS)
					.count() == 0);
	}

	/** An approved household of one (born on the day), with its beneficiary; its id. */
	private long beneficiary(String applicationNo, LocalDate born, Instant decidedAt, Long entrustmentId) {
		Timestamp at = Timestamp.from(decidedAt);
		jdbc.update("INSERT INTO aid_household (district_code, street_code, address, created_at) VALUES (?, ?, ?, ?)",
				DISTRICT, MEISHA, "梅沙街道测试路 1 号", at);
		long household = jdbc.queryForObject("SELECT MAX(id) FROM aid_household", Long.class);
		String idNumber = AidFixtures.idNumber(DISTRICT, born.toString().replace("-", ""));
		jdbc.update(
				"INSERT INTO aid_member (household_id, name, id_number, birth_date, relation, hukou_status, applicant) "
						+ "VALUES (?, ?, ?, ?, 'APPLICANT', 'SHENZHEN_HUKOU', TRUE)",
				household, "测试对象" + applicationNo.substring(16), idNumber, born);
		jdbc.update("INSERT INTO aid_application (application_no, benefit_type, household_id, district_code, "
				+ "competent_street_code, intake_street_code, conflict_of_interest, status, submitted_by, submitted_at, "
				+ "decision, decided_at, decided_by, decided_org_unit, entrustment_id, closed_at) "
				+ "VALUES (?, 'DIBAO', ?, ?, ?, ?, FALSE, 'APPROVED', 'yt-meisha-clerk', ?, 'APPROVE', ?, "
				+ "'yt-meisha-approver', ?, ?, ?)", applicationNo, household, DISTRICT, MEISHA, MEISHA, at, at,
				entrustmentId == null ? DISTRICT : MEISHA, entrustmentId, at);
		long application = jdbc.queryForObject("SELECT id FROM aid_application WHERE application_no = ?", Long.class,
				applicationNo);
		jdbc.update(
				"INSERT INTO aid_beneficiary (application_id, household_id, benefit_type, district_code, street_code, "
						+ "persons, monthly_amount_fen, payment_start, approved_at, approved_by, approving_org_unit, "
						+ "entrustment_id, status) VALUES (?, ?, 'DIBAO', ?, ?, 1, 136500, ?, ?, 'yt-meisha-approver', ?, ?, "
						+ "'ACTIVE')",
				application, household, DISTRICT, MEISHA,
				LocalDate.ofInstant(decidedAt, BEIJING).withDayOfMonth(1).plusMonths(1), at, MEISHA, entrustmentId);
		return jdbc.queryForObject("SELECT id FROM aid_beneficiary WHERE application_id = ?", Long.class, application);
	}

	private List<String> actions(String caseRef) {
		return jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ? ORDER BY id", String.class,
				caseRef);
	}

	private static Map<String, Object> lower(Map<String, Object> row) {
		Map<String, Object> lower = new HashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
		return lower;
	}

	private ApiSession login(String user) {
		return ApiSession.login(port, user);
	}

}
