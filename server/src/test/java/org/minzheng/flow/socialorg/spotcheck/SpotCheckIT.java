package org.minzheng.flow.socialorg.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.support.AidFlows.await;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 双随机一公开: a recorded draw that re-runs identically from its stored seed, the accounting
 * firm's audit, inspection by a drawn inspector only, findings not rectified → abnormal
 * list, results published.
 */
@ApplicationTest
// a database of its own: it draws from the registrar's organisations, which other ITs put
// on the credit lists for
// their own reasons (no annual report, unreachable), and asserts the one reason it gives
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=spot-check")
class SpotCheckIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Test
	void drawIsReproducibleAndUncorrectedFindingsFeedTheAbnormalList() {
		for (int i = 0; i < 30; i++) {
			jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, status, "
					+ "credit_state, created_at) VALUES (?, 'SOCIAL_SERVICE', 'DIRECT', '440300', 'REGISTERED', 'NORMAL', "
					+ "CURRENT_TIMESTAMP)", "抽查测试社会服务机构" + i);
		}
		ApiSession supervisor = ApiSession.login(port, "city-supervisor");
		ApiSession firm = ApiSession.login(port, "so-af-pengcheng");
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");

		// the draw: 10% of the registered organisations, one of the two reviewers
		JsonNode check = supervisor
			.post("/api/socialorg/spot-checks",
					Map.of("registrarCode", "440300", "title", "2026 年度社会组织双随机抽查", "samplePercent", 10,
							"inspectorCount", 1, "accountingFirmCode", "SO-AF-0001"))
			.expect(201)
			.json();
		String checkNo = check.path("checkNo").asText();
		int candidates = check.path("organisationCandidates").size();
		assertThat(candidates).isGreaterThanOrEqualTo(30);
		assertThat(check.path("drawnOrganisations").size()).isEqualTo((int) Math.ceil(candidates / 10.0));
		assertThat(check.path("inspectorCandidates").toString()).contains("so-city-reviewer", "so-city-inspector");

		// anyone re-running the stored draw gets the same sample
		JsonNode redraw = supervisor.get("/api/socialorg/spot-checks/" + checkNo + "/redraw").expect(200).json();
		assertThat(redraw.path("matchesRecord").asBoolean()).isTrue();
		assertThat(redraw.path("organisations")).isEqualTo(check.path("drawnOrganisations"));
		assertThat(redraw.path("inspectors")).isEqualTo(check.path("drawnInspectors"));
		SpotCheckDraw.Sample independent = SpotCheckDraw.draw(check.path("seed").asLong(),
				texts(check.path("organisationCandidates")), check.path("drawnOrganisations").size(),
				texts(check.path("inspectorCandidates")), 1);
		assertThat(independent.organisations()).isEqualTo(texts(check.path("drawnOrganisations")));
		ApiSession.login(port, "so-yt-clerk").get("/api/socialorg/spot-checks/" + checkNo).expect(404);

		String inspectorName = check.path("drawnInspectors").get(0).asText();
		String otherName = inspectorName.equals("so-city-reviewer") ? "so-city-inspector" : "so-city-reviewer";
		ApiSession inspector = ApiSession.login(port, inspectorName);
		ApiSession other = ApiSession.login(port, otherName);
		String first = check.path("items").get(0).path("itemNo").asText();
		String second = check.path("items").get(1).path("itemNo").asText();

		// first organisation: findings, rectification reported but found insufficient
		complete(firm, first, SocialOrgSpotCheckProcess.TASK_FINANCIAL_AUDIT,
				Map.of("auditResult", "QUALIFIED", "opinion", "捐赠收入未按规定入账"));
		String inspection = taskId(first, SocialOrgSpotCheckProcess.TASK_INSPECTION);
		assertThat(other
			.post("/api/tasks/" + inspection + "/complete", Map.of("data", Map.of("inspectionResult", "NO_FINDINGS")))
			.expect(403)
			.code()).isEqualTo("NOT_DRAWN_INSPECTOR");
		complete(inspector, first, SocialOrgSpotCheckProcess.TASK_INSPECTION,
				Map.of("inspectionResult", "FINDINGS", "findings", "财务制度不健全，捐赠票据管理混乱"));
		clerk.post("/api/socialorg/spot-check-items/" + first + "/rectification", Map.of("note", "已提交整改报告"))
			.expect(200);
		complete(other, first, SocialOrgSpotCheckProcess.TASK_RECTIFICATION_REVIEW,
				Map.of("rectificationResult", "NOT_RECTIFIED", "opinion", "票据管理仍未整改"));
		long firstOrg = jdbc.queryForObject("SELECT organisation_id FROM so_spot_check_item WHERE item_no = ?",
				Long.class, first);
		// not rectified: a listing case, not a listing; the organisation answers and the
		// approver decides not to list
		assertThat(jdbc.queryForObject("SELECT credit_state FROM so_organisation WHERE id = ?", String.class, firstOrg))
			.isEqualTo("NORMAL");
		String listing = jdbc
			.queryForObject("SELECT listing_no FROM so_credit_listing WHERE organisation_id = ? AND trigger_ref = ? "
					+ "AND reason_code = 'UNCORRECTED_FINDINGS'", String.class, firstOrg, first);
		ApiSession listingReviewer = ApiSession.login(port, "so-city-reviewer");
		ApiSession listingApprover = ApiSession.login(port, "so-city-approver");
		org.minzheng.flow.support.AidFlows.complete(listingReviewer,
				org.minzheng.flow.support.AidFlows.awaitTask(listingReviewer, listing,
						org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess.TASK_PROPOSAL),
				Map.of("proposal", "LIST", "opinion", "抽查发现的票据管理问题逾期未整改"));
		org.minzheng.flow.support.AidFlows.await(listing + " notified",
				() -> clerk
					.post("/api/socialorg/credit-listings/" + listing + "/statement",
							Map.of("text", "票据管理已于上周整改完毕，附整改报告"))
					.status() == 200);
		assertThat(clerk.post("/api/socialorg/credit-listings/" + listing + "/statement", Map.of("text", "再次申辩"))
			.expect(409)
			.code()).isEqualTo("STATEMENT_NOT_OPEN");
		org.minzheng.flow.support.AidFlows.complete(listingApprover,
				org.minzheng.flow.support.AidFlows.awaitTask(listingApprover, listing,
						org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess.TASK_DECISION),
				Map.of("decision", "DROP", "opinion", "陈述申辩所附整改报告属实，不予列入"));
		assertThat(jdbc.queryForMap(
				"SELECT status, statement, decision_reasons FROM so_credit_listing " + "WHERE listing_no = ?", listing))
			.containsEntry("status", "DROPPED")
			.containsEntry("statement", "票据管理已于上周整改完毕，附整改报告")
			.containsEntry("decision_reasons", "陈述申辩所附整改报告属实，不予列入");
		assertThat(jdbc.queryForObject("SELECT credit_state FROM so_organisation WHERE id = ?", String.class, firstOrg))
			.isEqualTo("NORMAL");

		// second organisation: clean
		complete(firm, second, SocialOrgSpotCheckProcess.TASK_FINANCIAL_AUDIT, Map.of("auditResult", "CLEAN"));
		complete(inspector, second, SocialOrgSpotCheckProcess.TASK_INSPECTION,
				Map.of("inspectionResult", "NO_FINDINGS"));

		// results are published
		JsonNode published = clerk.get("/api/socialorg/spot-check-results?registrar=440300").expect(200).json();
		assertThat(published.findValuesAsText("itemNo")).contains(first, second);
		assertThat(resultOf(published, first)).isEqualTo("NOT_RECTIFIED");
		assertThat(resultOf(published, second)).isEqualTo("NO_FINDINGS");
	}

	private void complete(ApiSession session, String itemNo, String taskKey, Map<String, Object> data) {
		session.post("/api/tasks/" + taskId(itemNo, taskKey) + "/complete", Map.of("data", data)).expect(200);
	}

	private String taskId(String itemNo, String taskKey) {
		Task[] task = new Task[1];
		await(taskKey + " of " + itemNo, () -> {
			task[0] = tasks.createTaskQuery()
				.processInstanceBusinessKey(itemNo)
				.taskDefinitionKey(taskKey)
				.singleResult();
			return task[0] != null;
		});
		return task[0].getId();
	}

	private static String resultOf(JsonNode published, String itemNo) {
		for (JsonNode row : published) {
			if (row.path("itemNo").asText().equals(itemNo)) {
				return row.path("result").asText();
			}
		}
		return null;
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach(value -> values.add(value.asText()));
		return values;
	}

}
