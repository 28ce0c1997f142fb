package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Separation of duties on one 低保 case, as the chain declares it (受理审查, 街道审核 and 审批 by
 * three people), and the conflict-of-interest rule: a case of a staff member's close
 * relative is decided by the district even where the district entrusted approval to its
 * streets (盐田区 did, in the demo data).
 */
@ApplicationTest
class SeparationOfDutiesIT {

	private static final String MEISHA = "440308001";

	private static final String YANTIAN_DISTRICT = "440308";

	/** Holds both 审核 and 审批 at 梅沙街道 (entrusted), as a small street office might. */
	private static final String DUAL = "yt-meisha-dual";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Test
	void whoReviewedACaseCannotApproveIt() {
		// given: the dual-role user did the street review of the case
		ExtraUsers.ensure(jdbc, encoder, DUAL, "aid", "REVIEWER", MEISHA);
		ExtraUsers.grant(jdbc, DUAL, "aid", "APPROVER", MEISHA);
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = submit(clerk, AidFixtures.application(MEISHA, "欧阳明", AidFixtures.idNumber("440308", "19660606")));
		acceptAndInvestigate(clerk, no);
		ApiSession dual = ApiSession.login(port, DUAL);
		AidFlows.complete(dual, AidFlows.awaitTask(dual, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		String approval = AidFlows.awaitTask(dual, no, AidApplicationProcess.TASK_APPROVAL);
		assertThat(groupsOf(approval)).containsExactly("aid-approver@" + MEISHA);
		String status = AidFlows.view(clerk, no).path("status").asText();
		long auditRows = auditRowsOf(no);

		// then: the task page offers them neither 签收 nor 办理, and says why
		JsonNode page = dual.get("/api/tasks/" + approval).expect(200).json();
		assertThat(page.path("canAct").asBoolean()).isFalse();
		assertThat(texts(page.path("actions"))).doesNotContain("CLAIM", "COMPLETE", "SEND_BACK");
		assertThat(page.path("separationOfDuties").asText()).contains("街道审核").contains("审批");

		// when they claim it, or complete it directly
		ApiSession.Response claim = dual.post("/api/tasks/" + approval + "/claim", null).expect(409);
		ApiSession.Response complete = dual
			.post("/api/tasks/" + approval + "/complete",
					Map.of("data", Map.of("approvalDecision", "APPROVE", "opinion", "同意")))
			.expect(409);
		ApiSession.Response sendBack = dual.post("/api/tasks/" + approval + "/send-back", Map.of("reason", "请重新调查"))
			.expect(409);
		// nor can a supervisor hand it to them
		ApiSession.Response transfer = ApiSession.login(port, "yt-supervisor")
			.post("/api/tasks/" + approval + "/transfer", Map.of("username", DUAL, "reason", "人手不足"))
			.expect(409);

		// then: refused with the earlier step named, and nothing changed
		for (ApiSession.Response refused : List.of(claim, complete, sendBack, transfer)) {
			assertThat(refused.code()).isEqualTo("SEPARATION_OF_DUTIES");
			assertThat(refused.json().path("detail").asText()).contains("「街道审核」");
			assertThat(refused.json().path("earlierTaskKey").asText())
				.isEqualTo(AidApplicationProcess.TASK_STREET_REVIEW);
		}
		assertThat(claim.json().path("detail").asText()).startsWith("您已办理本案的「街道审核」环节");
		assertThat(transfer.json().path("detail").asText()).startsWith(DUAL + " 已办理本案的「街道审核」环节");
		assertThat(jdbc.queryForObject("SELECT assignee FROM work_item WHERE task_id = ?", String.class, approval))
			.isNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_record WHERE task_id = ?", Integer.class, approval))
			.isZero();
		assertThat(auditRowsOf(no)).isEqualTo(auditRows);
		Task engineTask = tasks.createTaskQuery().taskId(approval).singleResult();
		assertThat(engineTask).as("the approval task is still open").isNotNull();
		assertThat(engineTask.getAssignee()).isNull();
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo(status);

		// and another approver of the street approves
		ApiSession approver = ApiSession.login(port, "yt-meisha-approver");
		JsonNode theirs = approver.get("/api/tasks/" + approval).expect(200).json();
		assertThat(theirs.path("canAct").asBoolean()).isTrue();
		assertThat(texts(theirs.path("actions"))).contains("CLAIM", "COMPLETE");
		assertThat(theirs.path("separationOfDuties").asText(null)).isNull();
		approver.post("/api/tasks/" + approval + "/claim", null).expect(200);
		AidFlows.complete(approver, approval, Map.of("approvalDecision", "APPROVE", "opinion", "符合低保条件，同意"));
		AidFlows.awaitStatus(clerk, no, "APPROVED");
		assertThat(jdbc.queryForObject(
				"SELECT actor FROM task_record WHERE case_ref = ? AND task_key = ? ORDER BY id DESC LIMIT 1",
				String.class, no, AidApplicationProcess.TASK_APPROVAL))
			.isEqualTo("yt-meisha-approver");
	}

	@Test
	void closeRelativesCaseIsVisitedAndApprovedByTheDistrictDespiteTheEntrustment() {
		// given: a 梅沙街道 case declared as a close relative's (盐田区 entrusted its streets)
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		Map<String, Object> application = new HashMap<>(
				AidFixtures.application(MEISHA, "林近亲", AidFixtures.idNumber("440308", "19720202")));
		application.put("conflictOfInterest", true);
		application.put("conflictNote", "申请人系梅沙街道社区居委会委员的母亲");
		String no = submit(clerk, application);
		acceptAndInvestigate(clerk, no);
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_CONFLICT_REGISTRATION),
				Map.of("registrationDecision", "REGISTERED", "opinion", "已单独登记备案"));

		// then: the approving level's home visit is the district's
		ApiSession streetApprover = ApiSession.login(port, "yt-meisha-approver");
		ApiSession districtApprover = ApiSession.login(port, "yt-approver");
		String visit = AidFlows.awaitTask(districtApprover, no, AidApplicationProcess.TASK_APPROVER_HOME_VISIT);
		assertThat(groupsOf(visit)).containsExactly("aid-approver@" + YANTIAN_DISTRICT);
		assertThat(AidFlows.inboxTaskIds(streetApprover, no)).isEmpty();
		AidFlows.complete(districtApprover, visit, Map.of("homeVisitDecision", "DONE", "opinion", "区民政局两人入户核查，情况属实"));
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);

		// and so is the approval: the street approver neither sees nor may claim it
		String approval = AidFlows.awaitTask(districtApprover, no, AidApplicationProcess.TASK_APPROVAL);
		assertThat(groupsOf(approval)).containsExactly("aid-approver@" + YANTIAN_DISTRICT);
		assertThat(jdbc.queryForObject("SELECT org_unit_code FROM work_item WHERE task_id = ?", String.class, approval))
			.isEqualTo(YANTIAN_DISTRICT);
		assertThat(tasks.getIdentityLinksForTask(approval)).extracting(link -> link.getGroupId())
			.containsExactly("aid-approver@" + YANTIAN_DISTRICT);
		assertThat(AidFlows.inboxTaskIds(streetApprover, no)).isEmpty();
		assertThat(streetApprover.get("/api/tasks/" + approval).status()).isEqualTo(404);
		assertThat(streetApprover.post("/api/tasks/" + approval + "/claim", null).expect(404).code())
			.isEqualTo("TASK_NOT_FOUND");

		// when the district approves
		districtApprover.post("/api/tasks/" + approval + "/claim", null).expect(200);
		AidFlows.complete(districtApprover, approval, Map.of("approvalDecision", "APPROVE", "opinion", "符合条件，同意"));
		AidFlows.awaitStatus(clerk, no, "APPROVED");

		// then: decided by the district, recorded as such and why
		JsonNode view = AidFlows.view(districtApprover, no);
		assertThat(view.path("conflictOfInterest").asBoolean()).isTrue();
		assertThat(view.path("decidedOrgUnit").asText()).isEqualTo(YANTIAN_DISTRICT);
		assertThat(view.path("entrustmentId").isMissingNode() || view.path("entrustmentId").isNull()).isTrue();
		assertThat(view.path("decisionStatement").asText()).startsWith("由盐田区民政局审批").contains("近亲属备案");
		List<Map<String, Object>> resolved = jdbc
			.queryForList("SELECT org_unit_code, summary FROM audit_event WHERE case_ref = ? "
					+ "AND action = 'AID_APPROVAL_AUTHORITY_RESOLVED' ORDER BY id", no);
		assertThat(resolved).as("resolved for the home visit, then for the approval").hasSize(2);
		assertThat(resolved).allSatisfy(row -> {
			assertThat(row.get("org_unit_code")).isEqualTo(YANTIAN_DISTRICT);
			assertThat((String) row.get("summary")).startsWith("审批机关：盐田区").contains("近亲属备案").contains("不适用委托");
		});
		JsonNode verification = ApiSession.login(port, "city-auditor").get("/api/audit/verify").expect(200).json();
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
	}

	private static String submit(ApiSession clerk, Map<String, Object> application) {
		return clerk.post("/api/aid/applications", application).expect(201).json().path("applicationNo").asText();
	}

	private static void acceptAndInvestigate(ApiSession clerk, String no) {
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE", "opinion", "两人入户，家庭情况属实"));
	}

	private List<String> groupsOf(String taskId) {
		return jdbc.queryForList("SELECT group_id FROM work_item_group WHERE task_id = ? ORDER BY group_id",
				String.class, taskId);
	}

	private long auditRowsOf(String no) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_ref = ?", Long.class, no);
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach(value -> values.add(value.asText()));
		return values;
	}

}
