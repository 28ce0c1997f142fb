package org.minzheng.flow.cemetery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator is an external party: it sees and acts on its own cemetery's inspection
 * only, never another operator's case, cemetery, task or evidence, and nothing of the
 * district's campaign. (Next year's 盐田 campaign, so as not to meet the other ITs'.)
 */
@ApplicationTest
class CemeteryOperatorScopeIT {

	static final int YEAR = CemeteryCampaignIT.YEAR + 1;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.camunda.bpm.engine.ManagementService management;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void oneOperatorNeverSeesAnotherCemeterysCase() {
		// given 盐田's campaign is open: each operator has its self-inspection to do
		String campaign = CemeteryFlows.open(ApiSession.login(port, "yt-admin"), "440308", YEAR)
			.path("campaignNo")
			.asText();
		String mine = campaign + "-01";
		String theirs = campaign + "-02";
		ApiSession operator = ApiSession.login(port, "cem-op-yt1");
		ApiSession other = ApiSession.login(port, "cem-op-yt2");
		String myTask = AidFlows.awaitTask(operator, mine, "Task_SelfInspection");
		String theirTask = AidFlows.awaitTask(other, theirs, "Task_SelfInspection");
		long theirPhoto = CemeteryFlows.uploadPhoto(other, theirs);

		// then the operator's inbox, lists and master data hold its own cemetery only
		List<String> inbox = new ArrayList<>();
		operator.get("/api/inbox?size=200")
			.expect(200)
			.json()
			.path("items")
			.forEach(i -> inbox.add(i.path("caseRef").asText()));
		assertThat(inbox).containsExactly(mine);
		JsonNode inspections = operator.get("/api/cemetery/inspections").expect(200).json();
		assertThat(inspections.findValuesAsText("inspectionNo")).contains(mine).doesNotContain(theirs);
		// (earlier years' inspections of its own cemetery, if any, are its own too)
		assertThat(inspections.findValuesAsText("cemeteryCode")).containsOnly("CEM-440308-01");
		JsonNode cemeteries = operator.get("/api/cemetery/cemeteries").expect(200).json();
		assertThat(cemeteries).hasSize(1);
		assertThat(cemeteries.get(0).path("code").asText()).isEqualTo("CEM-440308-01");
		assertThat(operator.get("/api/cemetery/inspections/" + mine)
			.expect(200)
			.json()
			.path("cemetery")
			.path("code")
			.asText()).isEqualTo("CEM-440308-01");

		// and everything of the other cemetery does not exist for it
		assertThat(operator.get("/api/cemetery/inspections/" + theirs).expect(404).code())
			.isEqualTo("INSPECTION_NOT_FOUND");
		assertThat(operator.get("/api/cemetery/cemeteries/CEM-440308-02").expect(404).code())
			.isEqualTo("CEMETERY_NOT_FOUND");
		assertThat(operator.get("/api/tasks/" + theirTask).expect(404).code()).isEqualTo("TASK_NOT_FOUND");
		assertThat(
				operator.post("/api/tasks/" + theirTask + "/complete", Map.of("data", CemeteryFlows.selfReport(true)))
					.expect(404)
					.code())
			.isEqualTo("TASK_NOT_FOUND");
		assertThat(operator.post("/api/tasks/" + theirTask + "/claim", null).expect(404).code())
			.isEqualTo("TASK_NOT_FOUND");
		operator.get("/api/cemetery/inspections/" + theirs + "/attachments/" + theirPhoto).expect(404);
		operator.get("/api/cemetery/inspections/" + mine + "/attachments/" + theirPhoto).expect(404);
		operator
			.upload("/api/cemetery/inspections/" + theirs + "/attachments", "file", "a.png", "image/png",
					CemeteryFlows.PHOTO)
			.expect(404);
		assertThat(operator.get("/api/cemetery/campaigns/" + campaign).expect(404).code())
			.isEqualTo("CAMPAIGN_NOT_FOUND");
		// campaigns are the district's and the city's business: an operator is refused
		assertThat(operator.get("/api/cemetery/campaigns").expect(403).code()).isEqualTo("ACCESS_DENIED");
		assertThat(operator.get("/api/cemetery/summary?year=" + YEAR).expect(403).code()).isEqualTo("ACCESS_DENIED");
		assertThat(operator.post("/api/cemetery/campaigns", Map.of("districtCode", "440308", "year", YEAR))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");

		// its own task it may do, and the other operator's task is still open and
		// untouched
		AidFlows.complete(operator, myTask, CemeteryFlows.selfReport(true));
		assertThat(
				other.get("/api/tasks/" + theirTask).expect(200).json().path("task").path("assignee").isMissingNode())
			.isTrue();
		// the other operator misses its self-report deadline: the district's supervisors
		// hear of it
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM cemetery_inspection WHERE inspection_no = ?",
				String.class, theirs);
		management.executeJob(management.createJobQuery()
			.processInstanceId(pi)
			.activityId("BoundaryEvent_SelfInspectionOverdue")
			.singleResult()
			.getId());
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		AidFlows.await("the district supervisor is told of the missed self-report", () -> {
			for (JsonNode notice : supervisor.get("/api/notifications").expect(200).json()) {
				if (notice.path("caseRef").asText().equals(theirs) && notice.path("kind").asText().equals("OVERDUE")) {
					return true;
				}
			}
			return false;
		});
		JsonNode board = supervisor.get("/api/cemetery/campaigns/" + campaign).expect(200).json();
		AidFlows.await("the dashboard shows the escalation", () -> {
			for (JsonNode row : supervisor.get("/api/cemetery/campaigns/" + campaign)
				.expect(200)
				.json()
				.path("inspections")) {
				if (row.path("inspectionNo").asText().equals(theirs)) {
					return row.hasNonNull("selfReportEscalatedAt");
				}
			}
			return false;
		});
		assertThat(board.path("counts").path("total").asInt()).isEqualTo(3);
		assertThat(other.get("/api/tasks/" + theirTask).expect(200).json().path("task").path("taskKey").asText())
			.isEqualTo("Task_SelfInspection");
		assertThat(operator.get("/api/notifications").expect(200).json().toString()).doesNotContain(theirs);

		// the enforcement unit sees nothing until a cemetery is referred to it
		ApiSession enforcement = ApiSession.login(port, "cem-en-yt");
		JsonNode referred = enforcement.get("/api/cemetery/inspections").expect(200).json();
		assertThat(referred.findValuesAsText("inspectionNo")).doesNotContain(mine, theirs);
		assertThat(referred.findValuesAsText("result")).containsOnly("UNQUALIFIED");
		enforcement.get("/api/cemetery/inspections/" + mine).expect(404);
	}

}
