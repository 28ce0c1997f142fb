package org.minzheng.flow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * 转办, 委派, 退回, 撤回, 催办 and 抄送 on the 低保 chain through the API, each seen by the user who
 * receives it, recorded with its reason, and refused out of scope, in the wrong state or
 * without a reason. After every test the inbox read model matches the engine's open
 * tasks.
 */
@ApplicationTest
class TaskOperationsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	WorkItemConsistency consistency;

	@Autowired
	SlaEscalations escalations;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	ApiSession clerk;

	ApiSession colleague;

	@BeforeEach
	void twoClerksAtMeisha() {
		ExtraUsers.ensure(jdbc, encoder, "yt-meisha-clerk2", "aid", "CLERK", "440308001");
		clerk = ApiSession.login(port, "yt-meisha-clerk");
		colleague = ApiSession.login(port, "yt-meisha-clerk2");
	}

	@AfterEach
	void inboxMatchesTheEngine() {
		assertThat(consistency.check()).isEmpty();
	}

	@Test
	void transferHandsTheTaskToAnotherClerkWhoIsNotified() {
		String no = submit();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		clerk.post("/api/tasks/" + task + "/claim", null).expect(200);

		assertThat(clerk.post("/api/tasks/" + task + "/transfer", Map.of("username", "yt-meisha-clerk2"))
			.expect(400)
			.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(
				clerk.post("/api/tasks/" + task + "/transfer", Map.of("username", "ft-yuanling-clerk", "reason", "x"))
					.expect(400)
					.code())
			.isEqualTo("USER_NOT_CANDIDATE");
		assertThat(ApiSession.login(port, "ft-yuanling-clerk")
			.post("/api/tasks/" + task + "/transfer", Map.of("username", "yt-meisha-clerk2", "reason", "x"))
			.status()).isEqualTo(404);
		clerk.post("/api/tasks/" + task + "/transfer", Map.of("username", "yt-meisha-clerk2", "reason", "本人休假"))
			.expect(200);

		assertThat(taskOf(colleague, task).path("assignee").asText()).isEqualTo("yt-meisha-clerk2");
		assertThat(AidFlows.inboxTaskIds(clerk, no)).doesNotContain(task);
		assertThat(kinds(colleague)).contains("TRANSFERRED");
		assertThat(reasonOf(no, "TASK_TRANSFERRED")).isEqualTo("本人休假");
	}

	@Test
	void aDelegatedTaskComesBackToItsOwner() {
		String no = submit();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		clerk.post("/api/tasks/" + task + "/claim", null).expect(200);
		clerk.post("/api/tasks/" + task + "/delegate", Map.of("username", "yt-meisha-clerk2", "reason", "请协助核对材料"))
			.expect(200);
		assertThat(taskOf(colleague, task).path("assignee").asText()).isEqualTo("yt-meisha-clerk2");
		assertThat(clerk.post("/api/tasks/" + task + "/resolve", Map.of("reason", "x")).expect(409).code())
			.isEqualTo("TASK_NOT_DELEGATED_TO_YOU");

		colleague.post("/api/tasks/" + task + "/resolve", Map.of("reason", "材料已核对，齐全")).expect(200);
		assertThat(taskOf(clerk, task).path("assignee").asText()).isEqualTo("yt-meisha-clerk");
		assertThat(kinds(clerk)).contains("DELEGATION_RESOLVED");
		AidFlows.complete(clerk, task, Map.of("acceptanceDecision", "ACCEPT"));
		assertThat(actions(no)).containsSubsequence("TASK_DELEGATED", "TASK_DELEGATION_RESOLVED", "TASK_COMPLETED");
	}

	@Test
	void aSignerAddedBeforeHandlesFirstAndOneAddedAfterSignsBeforeTheCaseMovesOn() {
		String no = submit();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		clerk.post("/api/tasks/" + task + "/claim", null).expect(200);
		assertThat(clerk
			.post("/api/tasks/" + task + "/add-signer",
					Map.of("username", "yt-meisha-clerk", "position", "AFTER", "reason", "x"))
			.expect(400)
			.code()).isEqualTo("SIGNER_IS_YOU");

		// 前加签: the colleague handles it first, then it comes back
		clerk
			.post("/api/tasks/" + task + "/add-signer",
					Map.of("username", "yt-meisha-clerk2", "position", "BEFORE", "reason", "请先核对户籍材料"))
			.expect(200);
		assertThat(colleague
			.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("acceptanceDecision", "ACCEPT")))
			.expect(409)
			.code()).isEqualTo("TASK_DELEGATED");
		colleague.post("/api/tasks/" + task + "/resolve", Map.of("reason", "户籍材料无误")).expect(200);
		assertThat(taskOf(clerk, task).path("assignee").asText()).isEqualTo("yt-meisha-clerk");

		// 后加签: after the clerk, the colleague must sign too before the case moves on
		clerk
			.post("/api/tasks/" + task + "/add-signer",
					Map.of("username", "yt-meisha-clerk2", "position", "AFTER", "reason", "新人办理，需复核"))
			.expect(200);
		AidFlows.complete(clerk, task, Map.of("acceptanceDecision", "ACCEPT"));
		assertThat(taskOf(colleague, task).path("assignee").asText()).isEqualTo("yt-meisha-clerk2");
		assertThat(taskOf(colleague, task).path("taskKey").asText())
			.isEqualTo(AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		AidFlows.complete(colleague, task, Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(jdbc.queryForList("SELECT actor FROM task_record WHERE case_ref = ? ORDER BY id", String.class, no))
			.containsExactly("yt-meisha-clerk", "yt-meisha-clerk2");
		assertThat(actions(no)).containsSubsequence("TASK_SIGNER_ADDED", "TASK_DELEGATION_RESOLVED",
				"TASK_SIGNER_ADDED", "TASK_COMPLETED", "TASK_COMPLETED");
	}

	@Test
	void sendBackReturnsTheStepToWhoeverDidItWithTheReason() {
		String no = submit();
		accept(no);
		AidFlows.investigate(colleague, no,
				AidFlows.awaitTask(colleague, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		String review = AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);

		JsonNode targets = reviewer.get("/api/tasks/" + review + "/send-back-targets").expect(200).json();
		assertThat(targets.findValuesAsText("taskKey")).containsExactly(AidApplicationProcess.TASK_HOME_INVESTIGATION,
				AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(reviewer
			.post("/api/tasks/" + review + "/send-back", Map.of("targetTaskKey", "Task_Nowhere", "reason", "x"))
			.expect(400)
			.code()).isEqualTo("NO_SUCH_STEP");
		String back = reviewer.post("/api/tasks/" + review + "/send-back", Map.of("reason", "入户调查记录缺少邻里访问内容"))
			.expect(200)
			.json()
			.path("taskId")
			.asText();

		assertThat(taskOf(colleague, back).path("taskKey").asText())
			.isEqualTo(AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(taskOf(colleague, back).path("assignee").asText()).isEqualTo("yt-meisha-clerk2");
		assertThat(colleague.get("/api/notifications").expect(200).json().findValuesAsText("message"))
			.anyMatch(m -> m.contains("入户调查记录缺少邻里访问内容"));
		assertThat(AidFlows.inboxTaskIds(reviewer, no)).isEmpty();
	}

	@Test
	void withdrawTakesBackAStepUntilTheNextOneIsClaimed() {
		String no = submit();
		accept(no);
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);
		assertThat(colleague.post("/api/cases/" + no + "/withdraw", Map.of("reason", "x")).expect(409).code())
			.isEqualTo("NOTHING_TO_WITHDRAW");

		String again = clerk.post("/api/cases/" + no + "/withdraw", Map.of("reason", "调查记录填错了户主信息"))
			.expect(200)
			.json()
			.path("taskId")
			.asText();
		assertThat(taskOf(clerk, again).path("taskKey").asText())
			.isEqualTo(AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(AidFlows.inboxTaskIds(reviewer, no)).isEmpty();

		AidFlows.complete(clerk, again, Map.of("investigationDecision", "DONE"));
		String review = AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);
		reviewer.post("/api/tasks/" + review + "/claim", null).expect(200);
		assertThat(clerk.post("/api/cases/" + no + "/withdraw", Map.of("reason", "再撤")).expect(409).code())
			.isEqualTo("NEXT_STEP_STARTED");
		assertThat(actions(no)).contains("TASK_WITHDRAWN");
	}

	@Test
	void aWithdrawalRacingAClaimOfTheNextStepHasExactlyOneWinner() throws Exception {
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		for (int round = 0; round < 5; round++) {
			String no = submit();
			accept(no);
			AidFlows.investigate(clerk, no,
					AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
					Map.of("investigationDecision", "DONE"));
			String review = AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);
			reviewer.get("/api/me");
			clerk.get("/api/me");
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ApiSession.Response>> results = new ArrayList<>();
			results.add(pool.submit(() -> {
				start.await();
				return clerk.post("/api/cases/" + no + "/withdraw", Map.of("reason", "撤回"));
			}));
			results.add(pool.submit(() -> {
				start.await();
				return reviewer.post("/api/tasks/" + review + "/claim", null);
			}));
			start.countDown();
			int winners = 0;
			for (Future<ApiSession.Response> result : results) {
				ApiSession.Response response = result.get(1, TimeUnit.MINUTES);
				assertThat(response.status()).as(response.body()).isIn(200, 409);
				winners += response.status() == 200 ? 1 : 0;
			}
			assertThat(winners).as("round " + round).isEqualTo(1);
			assertThat(consistency.check()).isEmpty();
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM ACT_RU_TASK t JOIN aid_application a "
							+ "ON a.process_instance_id = t.PROC_INST_ID_ WHERE a.application_no = ?",
					Integer.class, no))
				.isEqualTo(1);
		}
		pool.shutdown();
	}

	@Test
	void aReminderReachesTheHandlerOncePerWorkingDay() {
		String no = submit();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		clerk.post("/api/tasks/" + task + "/claim", null).expect(200);
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		assertThat(supervisor.post("/api/tasks/" + task + "/remind", Map.of()).expect(400).code())
			.isEqualTo("VALIDATION_FAILED");
		supervisor.post("/api/tasks/" + task + "/remind", Map.of("reason", "群众来电询问进度")).expect(200);
		assertThat(supervisor.post("/api/tasks/" + task + "/remind", Map.of("reason", "再催")).expect(409).code())
			.isEqualTo("ALREADY_REMINDED");
		assertThat(clerk.get("/api/notifications").expect(200).json().findValuesAsText("message"))
			.anyMatch(m -> m.contains("群众来电询问进度"));
		assertThat(ApiSession.login(port, "ft-supervisor")
			.post("/api/tasks/" + task + "/remind", Map.of("reason", "x"))
			.status()).isEqualTo(404);
	}

	@Test
	void aCopyAppearsUnreadInTheRecipientsTabUntilRead() {
		String no = submit();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(clerk
			.post("/api/tasks/" + task + "/copies", Map.of("usernames", List.of("ft-supervisor"), "reason", "x"))
			.expect(400)
			.code()).isEqualTo("USER_OUT_OF_SCOPE");
		clerk
			.post("/api/tasks/" + task + "/copies", Map.of("usernames", List.of("yt-supervisor"), "reason", "疑难个案，请知悉"))
			.expect(200);
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		JsonNode copy = supervisor.get("/api/copies?unread=true").expect(200).json().get(0);
		assertThat(copy.path("caseRef").asText()).isEqualTo(no);
		supervisor.post("/api/copies/" + copy.path("id").asLong() + "/read", null).expect(200);
		assertThat(supervisor.get("/api/copies?unread=true").expect(200).json().findValuesAsText("caseRef"))
			.doesNotContain(no);
		assertThat(reasonOf(no, "CASE_COPIED")).isEqualTo("疑难个案，请知悉");
	}

	@Test
	void nearDueRemindsTheHandlerAndAStandingEscalationGoesALevelUp() {
		String no = submit();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		clerk.post("/api/tasks/" + task + "/claim", null).expect(200);
		// the due date comes within the warning window
		taskService.setDueDate(task, java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(2))));
		escalations.scan();
		escalations.scan();
		assertThat(clerk.get("/api/notifications")
			.expect(200)
			.json()
			.findParents("kind")
			.stream()
			.filter(n -> n.path("kind").asText().equals("NEAR_DUE") && n.path("caseRef").asText().equals(no)))
			.hasSize(1);

		// escalated to the street's supervisors long ago, and still undone: the
		// district's supervisors hear of it
		jdbc.update("UPDATE work_item SET escalated_at = ? WHERE task_id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(10))), task);
		escalations.scan();
		escalations.scan();
		JsonNode secondLevel = ApiSession.login(port, "yt-supervisor").get("/api/notifications").expect(200).json();
		assertThat(secondLevel.findParents("kind")
			.stream()
			.filter(n -> n.path("kind").asText().equals("OVERDUE_SECOND_LEVEL")
					&& n.path("caseRef").asText().equals(no)))
			.hasSize(1);
		assertThat(ApiSession.login(port, "ft-supervisor")
			.get("/api/notifications")
			.expect(200)
			.json()
			.findValuesAsText("caseRef")).doesNotContain(no);
		assertThat(actions(no)).contains("TASK_NEAR_DUE", "TASK_ESCALATED_SECOND_LEVEL");
	}

	@Test
	void aSupervisorReassignsSeveralTasksAtOnceOrNone() {
		String first = submit();
		String second = submit();
		String a = AidFlows.awaitTask(clerk, first, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		String b = AidFlows.awaitTask(clerk, second, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		assertThat(
				supervisor
					.post("/api/supervision/reassign",
							Map.of("taskIds", List.of(a, "no-such-task"), "username", "yt-meisha-clerk2", "reason",
									"x"))
					.expect(404)
					.code())
			.isEqualTo("TASK_NOT_FOUND");
		assertThat(taskOf(clerk, a).path("assignee").isMissingNode()).isTrue();
		supervisor
			.post("/api/supervision/reassign",
					Map.of("taskIds", List.of(a, b), "username", "yt-meisha-clerk2", "reason", "受理员病假，工作量调整"))
			.expect(200);
		assertThat(taskOf(colleague, a).path("assignee").asText()).isEqualTo("yt-meisha-clerk2");
		assertThat(taskOf(colleague, b).path("assignee").asText()).isEqualTo("yt-meisha-clerk2");
		assertThat(clerk
			.post("/api/supervision/reassign",
					Map.of("taskIds", List.of(a), "username", "yt-meisha-clerk", "reason", "x"))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
	}

	private String submit() {
		return clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "令狐冲", AidFixtures.idNumber("440308", "19680808")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	private void accept(String no) {
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
	}

	private static JsonNode taskOf(ApiSession session, String taskId) {
		return session.get("/api/tasks/" + taskId).expect(200).json().path("task");
	}

	private static List<String> kinds(ApiSession session) {
		return session.get("/api/notifications").expect(200).json().findValuesAsText("kind");
	}

	private List<String> actions(String no) {
		return jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ? ORDER BY id", String.class, no);
	}

	private String reasonOf(String no, String action) {
		return jdbc.queryForObject(
				"SELECT reason FROM audit_event WHERE case_ref = ? AND action = ? ORDER BY id DESC LIMIT 1",
				String.class, no, action);
	}

}
