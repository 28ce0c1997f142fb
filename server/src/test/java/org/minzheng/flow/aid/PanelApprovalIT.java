package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.inbox.WorkItemConsistency;
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
 * 会签 at 福田区: the district administrator sets up a two-member panel for 特困; each member
 * gets their own approval task, the votes show on the case, one refusal decides, and a
 * send-back is refused while the other vote is open.
 */
@ApplicationTest
class PanelApprovalIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ManagementService management;

	@Autowired
	WorkItemConsistency consistency;

	@Test
	void everyPanelMemberVotesAndOneRefusalDecides() {
		ExtraUsers.ensure(jdbc, encoder, "yt-yantian-approver2", "aid", "APPROVER", "440308002");
		ApiSession admin = ApiSession.login(port, "yt-admin");
		Map<String, Object> panel = Map.of("orgUnitCode", "440308002", "benefitType", "TEKUN", "mode", "ALL", "members",
				List.of("yt-yantian-approver", "yt-yantian-approver2"));
		assertThat(admin.post("/api/aid/approval-panels",
				Map.of("orgUnitCode", "440308002", "benefitType", "TEKUN", "mode", "ALL", "members",
						List.of("yt-yantian-approver", "yt-yantian-clerk")))
			.expect(400)
			.code()).isEqualTo("USER_NOT_APPROVER");
		assertThat(ApiSession.login(port, "ft-admin").post("/api/aid/approval-panels", panel).status()).isEqualTo(403);
		admin.post("/api/aid/approval-panels", panel).expect(201);

		ApiSession clerk = ApiSession.login(port, "yt-yantian-clerk");
		Map<String, Object> application = new java.util.HashMap<>(
				AidFixtures.application("440308002", "岳不群", AidFixtures.idNumber("440308", "19500505")));
		application.put("benefitType", "TEKUN");
		String no = clerk.post("/api/aid/applications", application).expect(201).json().path("applicationNo").asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_SELF_CARE_ASSESSMENT),
				Map.of("selfCareLevel", "FULL_CARE"));
		ApiSession reviewer = ApiSession.login(port, "yt-yantian-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);

		ApiSession first = ApiSession.login(port, "yt-yantian-approver");
		ApiSession second = ApiSession.login(port, "yt-yantian-approver2");
		String mine = AidFlows.awaitTask(first, no, AidApplicationProcess.TASK_APPROVAL);
		String theirs = AidFlows.awaitTask(second, no, AidApplicationProcess.TASK_APPROVAL);
		assertThat(mine).isNotEqualTo(theirs);
		assertThat(AidFlows.inboxTaskIds(first, no)).containsExactly(mine);
		assertThat(first.post("/api/tasks/" + mine + "/send-back", Map.of("reason", "退回调查")).expect(409).code())
			.isEqualTo("PARALLEL_BRANCH_ACTIVE");

		AidFlows.complete(first, mine, Map.of("approvalDecision", "APPROVE", "opinion", "同意"));
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("IN_PROGRESS");
		AidFlows.complete(second, theirs, Map.of("approvalDecision", "REJECT", "opinion", "有赡养义务人，不符合特困条件"));

		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_REJECTION_NOTICE);
		JsonNode view = AidFlows.view(clerk, no);
		assertThat(view.path("decision").asText()).isEqualTo("REJECT");
		assertThat(view.path("decisionStatement").asText()).isEqualTo("由盐田街道办事处受盐田区民政局委托会签审批（委托文号：深盐府办〔2025〕12号）");
		List<JsonNode> votes = view.path("tasks")
			.findParents("taskKey")
			.stream()
			.filter(t -> t.path("taskKey").asText().equals(AidApplicationProcess.TASK_APPROVAL))
			.toList();
		assertThat(votes).extracting(v -> v.path("actor").asText() + ":" + v.path("decision").asText())
			.containsExactly("yt-yantian-approver:APPROVE", "yt-yantian-approver2:REJECT");
		assertThat(consistency.check()).isEmpty();
	}

}
