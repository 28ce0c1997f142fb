package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
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
 * The other ways a case goes, through the API as the demo users: handover from another
 * street's window, the one-time supplement, an objection during the notice, 特困 with the
 * conflict-of-interest branch, rejection with its notice, the extension of the total
 * limit, overdue escalation, and a revocation that leaves open approval tasks where they
 * are.
 */
@ApplicationTest
class AidPathsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService taskService;

	@Test
	void caseTakenInAtAnotherStreetIsHandedToTheCompetentStreet() {
		ApiSession haishan = login("yt-haishan-clerk");
		Map<String, Object> application = new HashMap<>(
				AidFixtures.application("440308001", "郭靖", AidFixtures.idNumber("440308", "19610101")));
		String no = haishan.post("/api/aid/applications", application)
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		assertThat(jdbc.queryForObject("SELECT intake_street_code FROM aid_application WHERE application_no = ?",
				String.class, no))
			.isEqualTo("440308004");
		ApiSession meisha = login("yt-meisha-clerk");
		AidFlows.complete(meisha, AidFlows.awaitTask(meisha, no, AidApplicationProcess.TASK_HAND_OVER),
				Map.of("handOverDecision", "RECEIVED"));
		AidFlows.awaitTask(meisha, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(AidFlows.inboxTaskIds(haishan, no)).isEmpty();
	}

	@Test
	void missingMaterialIsRequestedOnceThenTheCaseIsAcceptedOrRefused() {
		ApiSession clerk = login("yt-meisha-clerk");
		String no = submit(clerk, "440308001", "黄蓉");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "户口簿复印件；银行流水"));
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("AWAITING_SUPPLEMENT");

		clerk.post("/api/aid/applications/" + no + "/supplement", Map.of("reason", "已补交户口簿和银行流水")).expect(200);
		assertThat(clerk.post("/api/aid/applications/" + no + "/supplement", Map.of()).expect(409).code())
			.isEqualTo("NOT_AWAITING_SUPPLEMENT");
		String again = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(clerk
			.post("/api/tasks/" + again + "/complete",
					Map.of("data", Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "还缺身份证")))
			.expect(400)
			.code()).isEqualTo("SUPPLEMENT_ONCE");
		AidFlows.complete(clerk, again, Map.of("acceptanceDecision", "REJECT", "opinion", "补正后仍不符合申请条件"));
		AidFlows.awaitStatus(clerk, no, "NOT_ACCEPTED");
		assertThat(actions(no)).containsSubsequence("AID_SUPPLEMENT_NOTIFIED", "AID_SUPPLEMENT_RECEIVED",
				"AID_CASE_CLOSED");
	}

	@Test
	void anObjectionDuringTheNoticeSendsTheCaseBackToInvestigation() {
		ApiSession clerk = login("yt-meisha-clerk");
		String no = throughReview(clerk, "yt-meisha-reviewer", "440308001", "洪七公", "DIBAO", false);
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("IN_NOTICE");
		clerk.post("/api/aid/applications/" + no + "/objections", Map.of("reason", "邻居反映申请人有出租房屋收入")).expect(200);
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(clerk.post("/api/aid/applications/" + no + "/objections", Map.of("reason", "再次")).expect(409).code())
			.isEqualTo("NOT_IN_NOTICE");
	}

	@Test
	void tekunWithAConflictOfInterestIsVisitedByTheApprovingLevelAndCanBeRejected() {
		ApiSession clerk = login("ft-nanyuan-clerk");
		Map<String, Object> application = new HashMap<>(
				AidFixtures.application("440304002", "欧阳锋", AidFixtures.idNumber("440304", "19450303")));
		application.put("benefitType", "TEKUN");
		application.put("conflictOfInterest", true);
		application.put("conflictNote", "申请人系南园街道社区工作人员的父亲");
		application.put("members",
				List.of(AidFixtures.member("欧阳锋", AidFixtures.idNumber("440304", "19450303"), "APPLICANT")));
		String no = clerk.post("/api/aid/applications", application).expect(201).json().path("applicationNo").asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_SELF_CARE_ASSESSMENT),
				Map.of("selfCareLevel", "PARTIAL_SELF_CARE"));
		ApiSession reviewer = login("ft-nanyuan-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_CONFLICT_REGISTRATION),
				Map.of("registrationDecision", "REGISTERED"));
		ApiSession district = login("ft-approver");
		AidFlows.complete(district, AidFlows.awaitTask(district, no, AidApplicationProcess.TASK_APPROVER_HOME_VISIT),
				Map.of("homeVisitDecision", "DONE", "opinion", "区民政局两人入户核查，情况属实"));
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		AidFlows.complete(district, AidFlows.awaitTask(district, no, AidApplicationProcess.TASK_APPROVAL),
				Map.of("approvalDecision", "REJECT", "opinion", "有法定赡养人且具备赡养能力"));
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_REJECTION_NOTICE),
				Map.of("rejectionNoticeDecision", "SERVED", "servedOn", "2026-11-23"));
		AidFlows.awaitStatus(clerk, no, "REJECTED");
		JsonNode view = AidFlows.view(clerk, no);
		assertThat(view.path("selfCareLevel").asText()).isEqualTo("PARTIAL_SELF_CARE");
		assertThat(view.path("decision").asText()).isEqualTo("REJECT");
		// the district decides a close relative's case in any case, and says why
		assertThat(view.path("decisionStatement").asText()).isEqualTo("由福田区民政局审批（近亲属备案案件，不适用委托审批）");
		assertThat(view.path("members").get(0).path("name").asText()).isEqualTo("欧阳锋");
		assertThat(jdbc
			.queryForObject("SELECT COUNT(*) FROM aid_beneficiary b JOIN aid_application a ON a.id = b.application_id "
					+ "WHERE a.application_no = ?", Integer.class, no))
			.isZero();
	}

	@Test
	void theTotalLimitIsExtendedOnceWithAReason() {
		ApiSession clerk = login("yt-meisha-clerk");
		String no = submit(clerk, "440308001", "杨过");
		ApiSession supervisor = login("yt-supervisor");
		assertThat(supervisor.post("/api/aid/applications/" + no + "/extension", Map.of("reason", "待核对"))
			.expect(409)
			.code()).isEqualTo("NOT_ACCEPTED_YET");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		String normal = AidFlows.view(clerk, no).path("deadline").asText();
		java.util.Date alarmBefore = totalLimitTimer(no).getDuedate();
		// only a supervisor extends: anyone else is refused before anything is read
		assertThat(clerk.post("/api/aid/applications/" + no + "/extension", Map.of("reason", "x")).expect(404).code())
			.isEqualTo("APPLICATION_NOT_FOUND");
		JsonNode extended = supervisor
			.post("/api/aid/applications/" + no + "/extension", Map.of("reason", "核对中心反馈需补充跨市房产信息"))
			.expect(200)
			.json();
		assertThat(extended.path("deadlineExtended").asBoolean()).isTrue();
		assertThat(extended.path("deadline").asText()).isGreaterThan(normal);
		// the timer moved with the deadline; the extension and its reason are on record
		assertThat(totalLimitTimer(no).getDuedate()).isAfter(alarmBefore);
		assertThat(actions(no)).contains("AID_TOTAL_LIMIT_STARTED", "AID_DEADLINE_EXTENDED");
		assertThat(supervisor.post("/api/aid/applications/" + no + "/extension", Map.of("reason", "再延"))
			.expect(409)
			.code()).isEqualTo("ALREADY_EXTENDED");
	}

	@Test
	void anOverdueTaskIsFlaggedAndItsSupervisorNotified() {
		ApiSession clerk = login("yt-meisha-clerk");
		String no = submit(clerk, "440308001", "小龙女");
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		// the due date passes (moved into the past: the boundary timer then fires as it
		// would have)
		taskService.setDueDate(task, Date.from(Instant.now().minus(Duration.ofHours(1))));
		AidFlows.fireTimer(management, jdbc, no,
				AidProcessIds.overdueBoundary(AidApplicationProcess.TASK_ACCEPTANCE_CHECK));
		// the escalation step is asynchronous: the job executor runs it
		ApiSession supervisor = login("yt-supervisor");
		AidFlows.await("the supervisor is notified",
				() -> supervisor.get("/api/notifications").expect(200).json().findValuesAsText("caseRef").contains(no));

		// other tests sharing the database may leave overdue work of this clerk: find
		// this
		// case's row
		JsonNode row = clerk.get("/api/inbox?due=OVERDUE&size=200")
			.expect(200)
			.json()
			.path("items")
			.findParents("caseRef")
			.stream()
			.filter(r -> r.path("caseRef").asText().equals(no))
			.findFirst()
			.orElseThrow(() -> new AssertionError(no + " not overdue in the inbox"));
		assertThat(row.path("taskId").asText()).isEqualTo(task);
		assertThat(row.path("escalated").asBoolean()).isTrue();
		assertThat(supervisor.get("/api/supervision/overdue").expect(200).json().findValuesAsText("taskId"))
			.contains(task);
		assertThat(supervisor.get("/api/notifications").expect(200).json().findValuesAsText("caseRef")).contains(no);
		assertThat(login("ft-supervisor").get("/api/notifications").expect(200).json().findValuesAsText("caseRef"))
			.doesNotContain(no);
		assertThat(actions(no)).contains("TASK_ESCALATED");
		// the task itself stays open with its clerk
		assertThat(AidFlows.inboxTaskIds(clerk, no)).contains(task);
	}

	@Test
	void aRevocationTakesStartedApprovalsBackAndSendsLaterOnesToTheDistrict() {
		ApiSession clerk = login("yt-shatoujiao-clerk");
		String first = throughReview(clerk, "yt-shatoujiao-reviewer", "440308003", "段誉", "DIBAO", false);
		AidFlows.fireTimer(management, jdbc, first, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		ApiSession street = login("yt-shatoujiao-approver");
		String startedApproval = AidFlows.awaitTask(street, first, AidApplicationProcess.TASK_APPROVAL);

		String second = throughReview(clerk, "yt-shatoujiao-reviewer", "440308003", "虚竹", "DIBAO", false);
		ApiSession admin = login("yt-admin");
		long entrustment = admin.get("/api/aid/entrustments?districtCode=440308")
			.expect(200)
			.json()
			.findParents("benefitType")
			.stream()
			.filter(e -> e.path("benefitType").asText().equals("DIBAO") && e.path("revokedAt").isMissingNode())
			.findFirst()
			.orElseThrow()
			.path("id")
			.asLong();
		admin.post("/api/aid/entrustments/" + entrustment + "/revoke", Map.of("reason", "专项检查期间收回")).expect(200);
		AidFlows.fireTimer(management, jdbc, second, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);

		ApiSession district = login("yt-approver");
		String laterApproval = AidFlows.awaitTask(district, second, AidApplicationProcess.TASK_APPROVAL);
		assertThat(AidFlows.inboxTaskIds(street, second)).doesNotContain(laterApproval);
		// the approval already waiting at the street is taken back to the district at
		// once
		assertThat(AidFlows.inboxTaskIds(street, first)).isEmpty();
		assertThat(street
			.post("/api/tasks/" + startedApproval + "/complete",
					Map.of("data", Map.of("approvalDecision", "APPROVE", "opinion", "同意")))
			.status()).isIn(404, 409);
		String takenBack = AidFlows.awaitTask(district, first, AidApplicationProcess.TASK_APPROVAL);
		AidFlows.complete(district, takenBack, Map.of("approvalDecision", "APPROVE", "opinion", "同意"));
		AidFlows.awaitStatus(clerk, first, "APPROVED");
		assertThat(AidFlows.view(clerk, first).path("decisionStatement").asText()).doesNotContain("沙头角街道办事处受盐田区民政局委托");
	}

	private String throughReview(ApiSession clerk, String reviewer, String street, String name, String type,
			boolean conflict) {
		String no = submit(clerk, street, name);
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		ApiSession review = login(reviewer);
		AidFlows.complete(review, AidFlows.awaitTask(review, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		return no;
	}

	private String submit(ApiSession clerk, String street, String name) {
		return clerk
			.post("/api/aid/applications",
					AidFixtures.application(street, name, AidFixtures.idNumber(street.substring(0, 6), "19660606")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	/** The total limit's one timer: its next reminder or the breach. */
	private org.camunda.bpm.engine.runtime.Job totalLimitTimer(String no) {
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM aid_application WHERE application_no = ?",
				String.class, no);
		return management.createJobQuery()
			.processInstanceId(pi)
			.activityId(AidApplicationProcess.CATCH_EVENT_TOTAL_LIMIT_ALARM)
			.singleResult();
	}

	private List<String> actions(String no) {
		return jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ? ORDER BY id", String.class, no);
	}

	private ApiSession login(String user) {
		return ApiSession.login(port, user);
	}

	/** Ids derived by the process's naming pattern. */
	static final class AidProcessIds {

		static String overdueBoundary(String taskId) {
			return org.minzheng.flow.processes.ProcessConventions.overdueBoundaryEventOf(taskId);
		}

	}

}
