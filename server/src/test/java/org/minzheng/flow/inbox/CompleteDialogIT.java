package org.minzheng.flow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the 办理 dialog asks the server on a 低保 application's 街道审核: the next step and who
 * does it, decided by the submitted data, refused to another street's reviewer; and the
 * opinion the model requires, refused when missing (nothing changes) and shown in the
 * case's timeline once given.
 */
@ApplicationTest
class CompleteDialogIT {

	@LocalServerPort
	int port;

	@Test
	void nextStepsFollowTheSubmittedDecisionAndNameTheUnitAndRole() {
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		String review = toStreetReview(reviewer, "19720303");

		// 退回重新调查: back to 入户调查, offered to 梅沙街道's clerks
		JsonNode back = reviewer
			.post("/api/tasks/" + review + "/next-steps", Map.of("data", Map.of("reviewDecision", "RETURN")))
			.expect(200)
			.json();
		assertThat(back.path("opinion").asText()).isEqualTo("required");
		assertThat(back.path("opinionMaxLength").asInt()).isEqualTo(500);
		assertThat(back.path("nextSteps")).hasSize(1);
		JsonNode investigation = back.path("nextSteps").get(0);
		assertThat(investigation.path("kind").asText()).isEqualTo("USER_TASK");
		assertThat(investigation.path("taskKey").asText()).isEqualTo(AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(investigation.path("certain").asBoolean()).isTrue();
		assertThat(investigation.path("who")).hasSize(1);
		assertThat(investigation.path("who").get(0).path("role").asText()).isEqualTo("CLERK");
		assertThat(investigation.path("who").get(0).path("orgUnitCode").asText()).isEqualTo("440308001");
		assertThat(investigation.path("who").get(0).path("orgUnitName").asText()).isEqualTo("梅沙街道");
		assertThat(investigation.path("name").asText()).isEqualTo("入户调查");

		// an English reader reads the model's English names, here and in the inbox
		ApiSession english = ApiSession.login(port, "yt-meisha-reviewer").language("en");
		assertThat(
				english.post("/api/tasks/" + review + "/next-steps", Map.of("data", Map.of("reviewDecision", "RETURN")))
					.expect(200)
					.json()
					.path("nextSteps")
					.get(0)
					.path("name")
					.asText())
			.isEqualTo("Home investigation");
		JsonNode rows = english.get("/api/inbox?size=100").expect(200).json().path("items");
		JsonNode row = null;
		for (JsonNode r : rows) {
			if (r.path("taskId").asText().equals(review)) {
				row = r;
			}
		}
		assertThat(row).as(rows.toString()).isNotNull();
		assertThat(row.path("taskName").asText()).isEqualTo("Street review");
		assertThat(english.get("/api/tasks/" + review).expect(200).json().path("task").path("name").asText())
			.isEqualTo("Street review");
		assertThat(reviewer.get("/api/tasks/" + review).expect(200).json().path("task").path("name").asText())
			.isEqualTo("街道审核");

		// 审核通过: the 7-day public notice, waited for; no investigation again
		JsonNode pass = reviewer
			.post("/api/tasks/" + review + "/next-steps", Map.of("data", Map.of("reviewDecision", "PASS")))
			.expect(200)
			.json();
		assertThat(pass.findValuesAsText("taskKey")).doesNotContain(AidApplicationProcess.TASK_HOME_INVESTIGATION)
			.isNotEmpty();
		assertThat(pass.findValuesAsText("kind")).containsAnyOf("TIMER", "MESSAGE");

		// bad input is a ProblemDetail; another street's reviewer does not see the task
		assertThat(
				reviewer.post("/api/tasks/" + review + "/next-steps", Map.of("data", Map.of("reviewDecision", "MAYBE")))
					.expect(400)
					.code())
			.isEqualTo("INVALID_OPTION");
		ApiSession haishan = ApiSession.login(port, "yt-haishan-reviewer");
		assertThat(
				haishan.post("/api/tasks/" + review + "/next-steps", Map.of("data", Map.of("reviewDecision", "RETURN")))
					.status())
			.isIn(403, 404);
	}

	@Test
	void anOpinionIsRequiredWhereTheModelSaysSoAndShowsInTheTimeline() {
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		String review = toStreetReview(reviewer, "19750505");
		String no = reviewer.get("/api/tasks/" + review).expect(200).json().path("item").path("caseRef").asText();

		ApiSession.Response refused = reviewer.post("/api/tasks/" + review + "/complete",
				Map.of("data", Map.of("reviewDecision", "PASS")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("OPINION_REQUIRED");
		assertThat(refused.json().path("field").asText()).isEqualTo("opinion");
		// nothing changed: the task is still open and nobody claimed it
		JsonNode still = reviewer.get("/api/tasks/" + review).expect(200).json();
		assertThat(still.path("task").path("assignee").asText(null)).isNull();
		assertThat(AidFlows.inboxTaskIds(reviewer, no)).contains(review);

		Map<String, Object> tooLong = new HashMap<>();
		tooLong.put("data", Map.of("reviewDecision", "PASS"));
		tooLong.put("opinion", "意".repeat(501));
		assertThat(reviewer.post("/api/tasks/" + review + "/complete", tooLong).expect(400).code())
			.isEqualTo("OPINION_TOO_LONG");

		// the opinion beside the form fills the form's own 审核意见 and becomes the reason
		String opinion = "经入户调查和经济状况核对，情况属实，同意公示";
		reviewer
			.post("/api/tasks/" + review + "/complete",
					Map.of("data", Map.of("reviewDecision", "PASS"), "opinion", opinion))
			.expect(200);
		List<String> reasons = reviewer.get("/api/cases/" + no + "/timeline")
			.expect(200)
			.json()
			.path("entries")
			.findValuesAsText("reason");
		assertThat(reasons).contains(opinion);
	}

	/** A fresh 梅沙 application taken to 街道审核; answers the review task's id. */
	private String toStreetReview(ApiSession reviewer, String birthDate) {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "任盈盈", AidFixtures.idNumber("440308", birthDate)))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		return AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);
	}

}
