package org.minzheng.flow.socialorg.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.support.AidFlows.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city's annual-report campaign over 200 seeded organisations: 180 report on time and
 * are accepted, 20 don't: each gets a listing case on the deadline, which the reviewer
 * proposes, the organisation is notified of, and the approver decides in writing when the
 * period to answer is over; they are then on the abnormal-activity list (with the reason,
 * within 5 working days); 5 of them then report late, are accepted and come off the list.
 * The deadline is the campaign's daily check, run for the day after the deadline.
 */
@ApplicationTest
// a database of its own: the deadline lists every silent organisation of the registrar,
// which other ITs draw and
// list for their own reasons
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=annual-campaign")
class AnnualReportCampaignIT {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportCampaignIT.class);

	static final int ORGANISATIONS = 200;

	static final int SILENT = 20;

	static final int LATE = 5;

	static final int YEAR = 2025;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CampaignDeadlines deadlines;

	@Autowired
	org.camunda.bpm.engine.ManagementService management;

	@Test
	void silentOrganisationsAreListedOnTheDeadlineAndLateReportersComeOff() {
		List<Long> ids = seedOrganisations();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		ApiSession admin = ApiSession.login(port, "city-admin");
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");

		// when the administrator opens the campaign
		Instant started = Instant.now();
		JsonNode campaign = admin
			.post("/api/socialorg/annual-campaigns", Map.of("registrarCode", "440300", "year", YEAR, "deadline",
					today.toString(), "reminderDaysBefore", 15))
			.expect(201)
			.json();
		log.info("campaign over {} organisations opened in {} ms", campaign.path("caseCount").asInt(),
				Duration.between(started, Instant.now()).toMillis());
		assertThat(campaign.path("caseCount").asInt()).isGreaterThanOrEqualTo(ORGANISATIONS);
		assertThat(admin
			.post("/api/socialorg/annual-campaigns", Map.of("registrarCode", "440300", "year", YEAR, "deadline",
					today.toString(), "reminderDaysBefore", 15))
			.expect(409)
			.code()).isEqualTo("CAMPAIGN_EXISTS");

		// 180 report on time (foundations with their audit report) and are accepted
		List<Long> reporting = ids.subList(SILENT, ORGANISATIONS);
		List<Long> silent = ids.subList(0, SILENT);
		long foundation = reporting.get(0);
		assertThat(clerk
			.post("/api/socialorg/annual-reports/" + reportNo(foundation) + "/submission", Map.of("summary", "年度工作总结"))
			.expect(400)
			.code()).isEqualTo("AUDIT_REPORT_REQUIRED");
		started = Instant.now();
		for (long id : reporting) {
			submitAndAccept(clerk, reviewer, id);
		}
		log.info("{} reports submitted and accepted through the API in {} ms", reporting.size(),
				Duration.between(started, Instant.now()).toMillis());

		// then the deadline passes (the campaign's daily check runs the next day): every
		// report still open is listed
		started = Instant.now();
		// on the deadline day itself only the (overdue) reminder goes out, once
		assertThat(deadlines.processDue(today)).isGreaterThanOrEqualTo(SILENT);
		assertThat(deadlines.processDue(today)).isZero();
		assertThat(countState(silent, "ABNORMAL")).isZero();
		assertThat(deadlines.processDue(today.plusDays(1))).isGreaterThanOrEqualTo(SILENT);
		assertThat(deadlines.processDue(today.plusDays(1))).isZero();
		// each silent organisation has a listing case: proposed, notified, decided in
		// writing
		await("listing cases opened", () -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM so_credit_listing WHERE reason_code = 'NO_ANNUAL_REPORT' AND trigger_ref LIKE ?",
				Integer.class, "SO-AR-440300-" + YEAR + "-%") >= SILENT);
		assertThat(countState(silent, "ABNORMAL")).as("nothing listed before the decision").isZero();
		ApiSession approver = ApiSession.login(port, "so-city-approver");
		for (long id : silent) {
			AidFlows.complete(reviewer,
					AidFlows.awaitTask(reviewer, listingOf(id), SocialOrgCreditListingProcess.TASK_PROPOSAL),
					Map.of("proposal", "LIST", "opinion", "未在截止日前报送 " + YEAR + " 年度报告"));
		}
		for (long id : silent) {
			String pi = jdbc.queryForObject("SELECT process_instance_id FROM so_credit_listing WHERE listing_no = ?",
					String.class, listingOf(id));
			management.executeJob(management.createJobQuery()
				.processInstanceId(pi)
				.activityId(SocialOrgCreditListingProcess.CATCH_EVENT_ANSWER_PERIOD_ENDED)
				.singleResult()
				.getId());
		}
		assertThat(countState(silent, "ABNORMAL")).isZero();
		for (long id : silent) {
			AidFlows.complete(approver,
					AidFlows.awaitTask(approver, listingOf(id), SocialOrgCreditListingProcess.TASK_DECISION),
					Map.of("decision", "LIST", "documentNo", "深民信列〔" + YEAR + "〕" + id + "号", "opinion",
							"逾期未报送年度报告，列入活动异常名录"));
		}
		await("the silent organisations listed", () -> countState(silent, "ABNORMAL") == SILENT);
		log.info("deadline processed in {} ms", Duration.between(started, Instant.now()).toMillis());
		assertThat(countState(reporting, "ABNORMAL")).isZero();
		LocalDate latest = calendar.addWorkingDays(today, 5);
		for (long id : silent) {
			Map<String, Object> move = jdbc
				.queryForMap("SELECT reason_code, reason_text, effective_on, case_ref FROM so_credit_transition "
						+ "WHERE organisation_id = ? ORDER BY id DESC LIMIT 1", id);
			assertThat(move.get("reason_code")).isEqualTo("NO_ANNUAL_REPORT");
			assertThat((String) move.get("reason_text")).contains(YEAR + " 年度报告");
			assertThat(move.get("case_ref")).isEqualTo(reportNo(id));
			assertThat(((java.sql.Date) move.get("effective_on")).toLocalDate()).isBetween(today, latest);
		}
		assertThat(reviewer.get("/api/socialorg/organisations?creditState=ABNORMAL&size=500")
			.expect(200)
			.json()
			.findValuesAsText("id")).containsAll(silent.stream().map(String::valueOf).toList());

		// 5 report late and are accepted: they come off the list
		List<Long> late = silent.subList(0, LATE);
		for (long id : late) {
			JsonNode report = submitAndAccept(clerk, reviewer, id);
			assertThat(report.path("late").asBoolean()).isTrue();
		}
		await("late reporters removed", () -> countState(late, "NORMAL") == LATE);
		assertThat(countState(silent, "ABNORMAL")).isEqualTo(SILENT - LATE);
		for (long id : late) {
			assertThat(jdbc.queryForList(
					"SELECT reason_code FROM so_credit_transition WHERE organisation_id = ? ORDER BY id", String.class,
					id))
				.containsExactly("NO_ANNUAL_REPORT", "CORRECTED");
		}
		String csv = reviewer.get("/api/socialorg/credit-lists/ABNORMAL/export").expect(200).body();
		assertThat(csv).contains(name(silent.get(LATE))).doesNotContain(name(late.get(0)));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'SOCIALORG_CREDIT_ABNORMAL' AND case_ref LIKE 'SO-AR-%'",
				Integer.class))
			.isGreaterThanOrEqualTo(SILENT);
	}

	private String listingOf(long organisationId) {
		return jdbc.queryForObject(
				"SELECT listing_no FROM so_credit_listing WHERE organisation_id = ? AND trigger_ref = ?", String.class,
				organisationId, reportNo(organisationId));
	}

	private JsonNode submitAndAccept(ApiSession clerk, ApiSession reviewer, long id) {
		String no = reportNo(id);
		Map<String, Object> report = isFoundation(id)
				? Map.of("summary", "年度工作总结", "auditReportNo", "深鹏审字2026第" + id + "号") : Map.of("summary", "年度工作总结");
		JsonNode submitted = clerk.post("/api/socialorg/annual-reports/" + no + "/submission", report)
			.expect(200)
			.json();
		Task task = tasks.createTaskQuery()
			.processInstanceBusinessKey(no)
			.taskDefinitionKey(SocialOrgAnnualReportProcess.TASK_REGISTRAR_REVIEW)
			.singleResult();
		reviewer.post("/api/tasks/" + task.getId() + "/complete", Map.of("data", Map.of("reviewDecision", "ACCEPT")))
			.expect(200);
		return submitted;
	}

	private List<Long> seedOrganisations() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < ORGANISATIONS; i++) {
			String type = i % 20 == 0 ? "FOUNDATION" : "ASSOCIATION";
			jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, status, "
					+ "credit_state, domicile, registered_on, created_at) VALUES (?, ?, 'DIRECT', '440300', "
					+ "'REGISTERED', 'NORMAL', '深圳市', '2020-01-01', CURRENT_TIMESTAMP)", "年报测试社会组织" + i, type);
			ids.add(jdbc.queryForObject("SELECT id FROM so_organisation WHERE name = ?", Long.class, "年报测试社会组织" + i));
		}
		// the foundation at the head of the reporting group checks the audit-report rule
		jdbc.update("UPDATE so_organisation SET org_type = 'FOUNDATION' WHERE id = ?", ids.get(SILENT));
		return ids;
	}

	private boolean isFoundation(long id) {
		return "FOUNDATION"
			.equals(jdbc.queryForObject("SELECT org_type FROM so_organisation WHERE id = ?", String.class, id));
	}

	private String name(long id) {
		return jdbc.queryForObject("SELECT name FROM so_organisation WHERE id = ?", String.class, id);
	}

	private int countState(List<Long> ids, String state) {
		return (int) ids.stream()
			.filter(id -> state
				.equals(jdbc.queryForObject("SELECT credit_state FROM so_organisation WHERE id = ?", String.class, id)))
			.count();
	}

	static String reportNo(long organisationId) {
		return "SO-AR-440300-%d-%06d".formatted(YEAR, organisationId);
	}

}
