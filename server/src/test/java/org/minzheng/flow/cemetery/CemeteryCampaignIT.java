package org.minzheng.flow.cemetery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.cemetery.CemeteryFlows.complete;
import static org.minzheng.flow.cemetery.CemeteryFlows.inspect;
import static org.minzheng.flow.cemetery.CemeteryFlows.upToFindings;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This year's campaign over the six cemeteries of 盐田区 and 福田区 through the REST API as the
 * demo users, with mixed outcomes, up to the city's summary: 盐田 合格 (first time), 合格 after
 * rectification, 不合格 (credit platform, referred to market regulation for pre-selling and
 * to urban management for land, each reporting back); 福田 合格 after a document return,
 * still failing after a further rectification period and its re-inspection (不合格 by the
 * district's approver with reasons, referred to 福田's joint-enforcement group), 合格. The
 * city sends 盐田's summary back once.
 */
@ApplicationTest
class CemeteryCampaignIT {

	static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	ApiSession as(String username) {
		return ApiSession.login(port, username);
	}

	@Test
	void campaignOverSixCemeteriesInTwoDistrictsEndsInTheCitySummary() {
		// given the two districts open this year's campaign
		ApiSession ytInspector = as("yt-cemetery-inspector");
		ApiSession ytApprover = as("yt-approver");
		ApiSession ftInspector = as("ft-cemetery-inspector");
		ApiSession ftApprover = as("ft-approver");
		JsonNode yt = CemeteryFlows.open(as("yt-admin"), "440308", YEAR);
		JsonNode ft = CemeteryFlows.open(as("ft-admin"), "440304", YEAR);
		String ytNo = yt.path("campaignNo").asText();
		String ftNo = ft.path("campaignNo").asText();
		assertThat(ytNo).isEqualTo("CEM-440308-" + YEAR);
		JsonNode board = ytInspector.get("/api/cemetery/campaigns/" + ytNo).expect(200).json();
		assertThat(board.path("inspections")).hasSize(3);
		assertThat(board.path("inspections").get(0).path("openSteps").get(0).path("taskKey").asText())
			.isEqualTo("Task_SelfInspection");

		// 盐田 01: 合格 on the first inspection
		String yt1 = ytNo + "-01";
		upToFindings(as("cem-op-yt1"), ytInspector, yt1, Set.of());
		complete(ytApprover, yt1, "Task_Findings", Map.of("findingsDecision", "QUALIFIED"));
		CemeteryFlows.assertResult(ytInspector, yt1, "QUALIFIED");

		// 盐田 02: price disclosure fails on site, rectified, 合格 on re-inspection
		String yt2 = ytNo + "-02";
		ApiSession op2 = as("cem-op-yt2");
		upToFindings(op2, ytInspector, yt2, Set.of("PRICE_DISCLOSURE"));
		complete(ytApprover, yt2, "Task_Findings", Map.of("findingsDecision", "RECTIFY", "opinion", "价格未公示，限期整改"));
		JsonNode ordered = CemeteryFlows.inspection(ytInspector, yt2).path("inspection");
		assertThat(ordered.path("rectificationDue").asText()).isNotBlank();
		complete(op2, yt2, "Task_Rectification",
				Map.of("rectificationDecision", "SUBMITTED", "opinion", "已在服务大厅公示价格目录"));
		inspect(ytInspector, yt2, "Task_ReInspection", Set.of());
		complete(ytApprover, yt2, "Task_Result", Map.of("resultDecision", "QUALIFIED", "opinion", "价格目录已公示，复查合格"));
		CemeteryFlows.assertResult(ytInspector, yt2, "QUALIFIED");

		// 盐田 03: pre-selling plots and building beyond the approved land, not rectified:
		// 不合格 → credit platform, and referred to the two bodies that act on those
		// findings
		String yt3 = ytNo + "-03";
		ApiSession op3 = as("cem-op-yt3");
		upToFindings(op3, ytInspector, yt3, Set.of("NO_PRE_SALE", "WITHIN_APPROVED_LAND", "PLOT_SIZE"));
		complete(ytApprover, yt3, "Task_Findings",
				Map.of("findingsDecision", "RECTIFY", "opinion", "停止预售，拆除超范围建设，整改超标墓穴"));
		complete(op3, yt3, "Task_Rectification", Map.of("rectificationDecision", "SUBMITTED", "opinion", "已部分整改"));
		inspect(ytInspector, yt3, "Task_ReInspection", Set.of("NO_PRE_SALE", "WITHIN_APPROVED_LAND"));
		complete(ytApprover, yt3, "Task_Result", Map.of("resultDecision", "UNQUALIFIED", "opinion", "仍在预售墓穴，超范围建设未拆除"));
		ApiSession market = as("cem-amr-yt");
		ApiSession urban = as("cem-cg-yt");
		String marketTask = AidFlows.awaitTask(market, yt3, "Task_JointEnforcement");
		String urbanTask = AidFlows.awaitTask(urban, yt3, "Task_JointEnforcement");
		assertThat(marketTask).isNotEqualTo(urbanTask);
		// the joint-enforcement group is not a party to this referral: nothing in its
		// inbox
		as("cem-en-yt").get("/api/tasks/" + marketTask).expect(404);
		// a body reports what it did, with the action taken
		market
			.post("/api/tasks/" + marketTask + "/complete",
					Map.of("data", Map.of("enforcementDecision", "CASE_OPENED")))
			.expect(400);
		AidFlows.complete(market, marketTask, Map.of("enforcementDecision", "CASE_OPENED", "opinion", "已对预售墓穴立案调查"));
		AidFlows.complete(urban, urbanTask,
				Map.of("enforcementDecision", "CORRECTION_ORDERED", "opinion", "已责令限期拆除超范围建设"));
		CemeteryFlows.assertResult(ytInspector, yt3, "UNQUALIFIED");
		assertThat(jdbc.queryForObject("SELECT credit_record_no FROM cemetery_inspection WHERE inspection_no = ?",
				String.class, yt3))
			.startsWith("CR-");
		assertThat(jdbc.queryForList(
				"SELECT r.unit_code, r.body_kind, r.item_codes, r.decision, r.reported_by FROM cemetery_enforcement_referral r "
						+ "JOIN cemetery_inspection i ON i.id = r.inspection_id WHERE i.inspection_no = ? ORDER BY r.unit_code",
				yt3)
			.stream()
			.map(row -> row.values().stream().map(String::valueOf).toList())
			.toList()).containsExactly(List.of("CEM-AMR-440308", "MARKET", "NO_PRE_SALE", "CASE_OPENED", "cem-amr-yt"),
					List.of("CEM-CG-440308", "URBAN", "WITHIN_APPROVED_LAND", "CORRECTION_ORDERED", "cem-cg-yt"));
		// each body may now read the case it acted on
		market.get("/api/cemetery/inspections/" + yt3).expect(200);

		// 福田 01: documents returned once, then 合格
		String ft1 = ftNo + "-01";
		ApiSession ftOp1 = as("cem-op-ft1");
		complete(ftOp1, ft1, "Task_SelfInspection", CemeteryFlows.selfReport(true));
		complete(ftInspector, ft1, "Task_DocumentReview",
				Map.of("documentReviewDecision", "RETURN", "opinion", "缺少销售台账"));
		complete(ftOp1, ft1, "Task_SelfInspection", CemeteryFlows.selfReport(true));
		complete(ftInspector, ft1, "Task_DocumentReview", Map.of("documentReviewDecision", "PASS"));
		inspect(ftInspector, ft1, "Task_OnSiteInspection", Set.of());
		complete(ftApprover, ft1, "Task_Findings", Map.of("findingsDecision", "QUALIFIED"));
		CemeteryFlows.assertResult(ftInspector, ft1, "QUALIFIED");

		// 福田 02: archives still incomplete after rectification: a further period,
		// re-inspected,
		// still incomplete: 不合格 by the district's approver, with the reasons
		String ft2 = ftNo + "-02";
		ApiSession ftOp2 = as("cem-op-ft2");
		upToFindings(ftOp2, ftInspector, ft2, Set.of("ARCHIVES"));
		complete(ftApprover, ft2, "Task_Findings", Map.of("findingsDecision", "RECTIFY", "opinion", "补齐安葬档案"));
		complete(ftOp2, ft2, "Task_Rectification", Map.of("rectificationDecision", "SUBMITTED", "opinion", "档案整理中"));
		inspect(ftInspector, ft2, "Task_ReInspection", Set.of("ARCHIVES"));
		complete(ftApprover, ft2, "Task_Result",
				Map.of("resultDecision", "RECTIFY_PENDING", "opinion", "给予 8 个工作日继续整改"));
		JsonNode pending = CemeteryFlows.inspection(ftInspector, ft2).path("inspection");
		assertThat(pending.path("result").asText()).isEqualTo("RECTIFY_PENDING");
		assertThat(pending.path("closedAt").isNull() || pending.path("closedAt").isMissingNode()).isTrue();
		complete(ftOp2, ft2, "Task_FollowUpRectification",
				Map.of("rectificationDecision", "SUBMITTED", "opinion", "安葬档案已全部补齐"));
		inspect(ftInspector, ft2, "Task_FollowUpReInspection", Set.of("ARCHIVES"));
		String finalTask = AidFlows.awaitTask(ftApprover, ft2, "Task_FinalResult");
		// still failing: no 合格; 不合格 needs the reasons
		ftApprover
			.post("/api/tasks/" + finalTask + "/complete", Map.of("data", Map.of("finalResultDecision", "QUALIFIED")))
			.expect(400);
		ftApprover
			.post("/api/tasks/" + finalTask + "/complete", Map.of("data", Map.of("finalResultDecision", "UNQUALIFIED")))
			.expect(400);
		assertThat(CemeteryFlows.inspection(ftInspector, ft2).path("inspection").path("result").asText())
			.isEqualTo("RECTIFY_PENDING");
		// the re-inspection after the further period recorded its own checklist round
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM cemetery_check_result r JOIN cemetery_inspection i ON i.id = r.inspection_id "
						+ "WHERE i.inspection_no = ? AND r.round_no = 3 AND r.result = 'FAIL'",
				Integer.class, ft2))
			.isEqualTo(1);
		AidFlows.complete(ftApprover, finalTask,
				Map.of("finalResultDecision", "UNQUALIFIED", "opinion", "期满复查安葬档案仍不完整"));
		complete(as("cem-en-ft"), ft2, "Task_JointEnforcement",
				Map.of("enforcementDecision", "CORRECTION_ORDERED", "opinion", "已责令补齐安葬档案"));
		CemeteryFlows.assertResult(ftInspector, ft2, "UNQUALIFIED");
		// archives: no other body acts on them, so the district's joint-enforcement group
		assertThat(jdbc.queryForList(
				"SELECT r.unit_code FROM cemetery_enforcement_referral r JOIN cemetery_inspection i ON i.id = r.inspection_id "
						+ "WHERE i.inspection_no = ?",
				String.class, ft2))
			.containsExactly("CEM-EN-440304");

		// 福田 03: 合格
		String ft3 = ftNo + "-03";
		upToFindings(as("cem-op-ft3"), ftInspector, ft3, Set.of());
		complete(ftApprover, ft3, "Task_Findings", Map.of("findingsDecision", "QUALIFIED"));

		// the districts summarise; the city sends 盐田's back once with a reason
		ApiSession ytSupervisor = as("yt-supervisor");
		ApiSession ftSupervisor = as("ft-supervisor");
		ApiSession city = as("city-supervisor");
		complete(ytSupervisor, ytNo, "Task_DistrictSummary", Map.of("summaryDecision", "SUBMIT", "opinion", "盐田区年检完毕"));
		complete(ftSupervisor, ftNo, "Task_DistrictSummary", Map.of("summaryDecision", "SUBMIT"));
		String review = AidFlows.awaitTask(city, ytNo, "Task_CityReview");
		city.post("/api/tasks/" + review + "/complete", Map.of("data", Map.of("cityReviewDecision", "RETURN")))
			.expect(400);
		AidFlows.complete(city, review, Map.of("cityReviewDecision", "RETURN", "opinion", "不合格公墓的联合执法情况未说明"));
		JsonNode returned = summaryOf(city, "440308");
		assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
		assertThat(returned.path("cityReason").asText()).isEqualTo("不合格公墓的联合执法情况未说明");
		complete(ytSupervisor, ytNo, "Task_DistrictSummary",
				Map.of("summaryDecision", "SUBMIT", "opinion", "海景、梅沙合格；沙头角不合格，已移交联合执法立案"));
		complete(city, ytNo, "Task_CityReview", Map.of("cityReviewDecision", "ACCEPT"));
		complete(city, ftNo, "Task_CityReview", Map.of("cityReviewDecision", "ACCEPT"));

		// then the city's summary shows both districts with their results
		AidFlows.await("both campaigns published",
				() -> summaryOf(city, "440308").path("status").asText().equals("PUBLISHED")
						&& summaryOf(city, "440304").path("status").asText().equals("PUBLISHED"));
		JsonNode yantian = summaryOf(city, "440308").path("counts");
		assertThat(yantian.path("total").asInt()).isEqualTo(3);
		assertThat(yantian.path("qualified").asInt()).isEqualTo(2);
		assertThat(yantian.path("unqualified").asInt()).isEqualTo(1);
		assertThat(yantian.path("rectifyPending").asInt()).isZero();
		assertThat(yantian.path("open").asInt()).isZero();
		JsonNode futian = summaryOf(city, "440304").path("counts");
		assertThat(futian.path("qualified").asInt()).isEqualTo(2);
		assertThat(futian.path("unqualified").asInt()).isEqualTo(1);
		assertThat(futian.path("rectifyPending").asInt()).isZero();
		assertThat(futian.path("overdueRectifications").asInt()).isZero();
		assertThat(summaryOf(city, "440304").path("cityDecision").asText()).isEqualTo("ACCEPT");

		// a district sees only its own line; the engine has finished both campaigns
		assertThat(ytSupervisor.get("/api/cemetery/summary?year=" + YEAR).expect(200).json()).hasSize(1);
		assertThat(history.createHistoricProcessInstanceQuery()
			.processDefinitionKey("CemeteryCampaignProcess")
			.processInstanceBusinessKeyIn(ytNo, ftNo)
			.finished()
			.count()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = ?",
				Integer.class, yt3, "CEMETERY_CREDIT_REPORTED"))
			.isEqualTo(1);
	}

	private static JsonNode summaryOf(ApiSession city, String district) {
		for (JsonNode line : city.get("/api/cemetery/summary?year=" + YEAR).expect(200).json()) {
			if (line.path("districtCode").asText().equals(district)) {
				return line;
			}
		}
		throw new AssertionError("no summary line for " + district);
	}

}
