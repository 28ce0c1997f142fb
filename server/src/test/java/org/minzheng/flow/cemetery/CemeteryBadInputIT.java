package org.minzheng.flow.cemetery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refused requests answer with a stable code and change nothing; the checklist is
 * versioned data whose new version never reaches a running campaign. (Next year's 福田
 * campaign, so as not to meet the other ITs'.)
 */
@ApplicationTest
class CemeteryBadInputIT {

	static final int YEAR = CemeteryCampaignIT.YEAR + 1;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void masterDataChangesValidateTheOperatorsCreditCode() {
		ApiSession admin = ApiSession.login(port, "ft-admin");
		Map<String, Object> change = Map.of("operatorName", "深圳市莲花纪念园管理有限公司", "operatorUscc", "91440300MA5D1FT047",
				"landAreaSqm", 42000, "approvedPlots", 6500, "licenceNo", "深民殡证〔2021〕02号", "licenceValidUntil",
				"2031-05-31", "prices", List.of(Map.of("itemCode", "PLOT_STANDARD", "name", "标准穴", "tier", "普通", "unit",
						"穴", "priceYuan", 36000)),
				"reason", "年检前核对");

		assertThat(admin.put("/api/cemetery/cemeteries/CEM-440304-01", change).expect(400).code())
			.isEqualTo("USCC_CHECK_CHARACTER");
		assertThat(admin
			.put("/api/cemetery/cemeteries/CEM-440304-01",
					new java.util.HashMap<>(Map.of("operatorUscc", "91440300MA5D1FT04")))
			.expect(400)
			.code()).isEqualTo("FIELD_REQUIRED");
		assertThat(ApiSession.login(port, "yt-admin")
			.put("/api/cemetery/cemeteries/CEM-440304-01", change)
			.expect(404)
			.code()).isEqualTo("CEMETERY_NOT_FOUND");
		assertThat(jdbc.queryForObject("SELECT operator_uscc FROM cemetery WHERE code = 'CEM-440304-01'", String.class))
			.isEqualTo("91440300MA5D1FT046");
		assertThat(jdbc
			.queryForObject("SELECT COUNT(*) FROM cemetery_price_item p JOIN cemetery c ON c.id = p.cemetery_id "
					+ "WHERE c.code = 'CEM-440304-01'", Integer.class))
			.isEqualTo(5);

		Map<String, Object> valid = new java.util.HashMap<>(change);
		valid.put("operatorUscc", "91440300MA5D1FT046");
		JsonNode updated = admin.put("/api/cemetery/cemeteries/CEM-440304-01", valid).expect(200).json();
		assertThat(updated.path("prices")).hasSize(1);
		// the district's approver reads the cemetery but may not change it: refused as if
		// it did not exist, before the change is read
		assertThat(ApiSession.login(port, "ft-approver")
			.put("/api/cemetery/cemeteries/CEM-440304-01", valid)
			.expect(404)
			.code()).isEqualTo("CEMETERY_NOT_FOUND");
	}

	@Test
	void seededOperatorsCarryValidCreditCodes() {
		for (String uscc : jdbc.queryForList("SELECT operator_uscc FROM cemetery", String.class)) {
			assertThat(org.minzheng.flow.shared.UnifiedSocialCreditCode.problem(uscc)).as(uscc).isEmpty();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cemetery WHERE commercial = TRUE", Integer.class))
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	void campaignsAreRefusedOutsideTheRules() {
		ApiSession admin = ApiSession.login(port, "ft-admin");
		assertThat(admin.post("/api/cemetery/campaigns", Map.of("districtCode", "999999", "year", YEAR))
			.expect(400)
			.code()).isEqualTo("UNKNOWN_DISTRICT");
		assertThat(admin.post("/api/cemetery/campaigns", Map.of("districtCode", "440304", "year", 1999))
			.expect(400)
			.code()).isEqualTo("YEAR_OUT_OF_RANGE");
		assertThat(admin.post("/api/cemetery/campaigns", Map.of("districtCode", "440308", "year", YEAR))
			.expect(403)
			.code()).isEqualTo("NOT_DISTRICT_ADMIN");
		assertThat(admin.post("/api/cemetery/campaigns", Map.of("districtCode", "440304", "year", YEAR, "extra", 1))
			.status()).isEqualTo(400);
		assertThat(admin.postRaw("/api/cemetery/campaigns", "{not json", "application/json").status()).isEqualTo(400);
		assertThat(ApiSession.login(port, "city-supervisor").get("/api/cemetery/summary?year=abc").expect(400).code())
			.isEqualTo("YEAR_INVALID");
	}

	@Test
	void inspectionStepsRefuseIncompleteOrContradictoryWork() {
		// given next year's 福田 campaign, opened before a new checklist version is
		// published
		String campaign = CemeteryFlows.open(ApiSession.login(port, "ft-admin"), "440304", YEAR)
			.path("campaignNo")
			.asText();
		assertThat(ApiSession.login(port, "ft-admin")
			.post("/api/cemetery/campaigns", Map.of("districtCode", "440304", "year", YEAR))
			.expect(409)
			.code()).isEqualTo("CAMPAIGN_EXISTS");
		String no = campaign + "-01";
		ApiSession operator = ApiSession.login(port, "cem-op-ft1");
		ApiSession inspector = ApiSession.login(port, "ft-cemetery-inspector");
		ApiSession approver = ApiSession.login(port, "ft-approver");
		int versionBefore = inspector.get("/api/cemetery/campaigns/" + campaign)
			.expect(200)
			.json()
			.path("checklistVersionNo")
			.asInt();

		// a new checklist version for next year: only the city's process owner may
		// publish it
		// (the current items and one more, as a real revision would be)
		List<Map<String, Object>> revised = new java.util.ArrayList<>();
		inspector.get("/api/cemetery/checklists/current")
			.expect(200)
			.json()
			.path("items")
			.forEach(i -> revised.add(Map.of("itemCode", i.path("itemCode").asText(), "category",
					i.path("category").asText(), "text", i.path("itemText").asText())));
		revised.add(Map.of("itemCode", "FIRE_SAFETY", "category", "安全", "text", "消防设施完好"));
		Map<String, Object> next = Map.of("title", "经营性公墓年检检查表（试行新版）", "reason", "增加消防检查", "items", revised);
		assertThat(inspector.post("/api/cemetery/checklists", next).expect(403).code()).isEqualTo("ACCESS_DENIED");
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		assertThat(owner.post("/api/cemetery/checklists", Map.of("title", "x", "items", List.of())).expect(400).code())
			.isEqualTo("CHECKLIST_ITEMS_INVALID");
		JsonNode published = owner.post("/api/cemetery/checklists", next).expect(201).json();
		assertThat(published.path("versionNo").asInt()).isEqualTo(versionBefore + 1);
		assertThat(owner.get("/api/cemetery/checklists/current").expect(200).json().path("versionNo").asInt())
			.isEqualTo(versionBefore + 1);
		// the running campaign keeps its version
		assertThat(inspector.get("/api/cemetery/campaigns/" + campaign)
			.expect(200)
			.json()
			.path("checklistVersionNo")
			.asInt()).isEqualTo(versionBefore);
		assertThat(CemeteryFlows.inspection(inspector, no).path("checklist").toString()).doesNotContain("FIRE_SAFETY");

		// self-report: a price over the catalogue needs the details
		String selfTask = AidFlows.awaitTask(operator, no, "Task_SelfInspection");
		Map<String, Object> noNote = new java.util.HashMap<>(CemeteryFlows.selfReport(false));
		noNote.remove("priceNote");
		assertThat(operator.post("/api/tasks/" + selfTask + "/complete", Map.of("data", noNote)).expect(400).code())
			.isEqualTo("FIELD_REQUIRED");
		Map<String, Object> badCount = new java.util.HashMap<>(CemeteryFlows.selfReport(true));
		badCount.put("plotsSold", "-3");
		assertThat(operator.post("/api/tasks/" + selfTask + "/complete", Map.of("data", badCount)).expect(400).code())
			.isEqualTo("FIELD_PATTERN");
		Map<String, Object> overCatalogue = new java.util.HashMap<>(CemeteryFlows.selfReport(true));
		overCatalogue.put("highestPriceChargedYuan", "45000");
		assertThat(
				operator.post("/api/tasks/" + selfTask + "/complete", Map.of("data", overCatalogue)).expect(400).code())
			.isEqualTo("PRICE_OVER_CATALOGUE");
		AidFlows.complete(operator, selfTask, CemeteryFlows.selfReport(true));
		assertThat(
				CemeteryFlows.inspection(inspector, no).path("selfReport").path("highestPriceChargedYuan").asDouble())
			.isEqualTo(36000.0);
		String review = AidFlows.awaitTask(inspector, no, "Task_DocumentReview");
		// the checklist is not open before the on-site step
		assertThat(inspector
			.put("/api/cemetery/inspections/" + no + "/checklist",
					Map.of("latitude", 22.5, "longitude", 114.1, "place", "墓区", "items", List.of()))
			.expect(409)
			.code()).isEqualTo("CHECKLIST_NOT_OPEN");
		assertThat(inspector
			.post("/api/tasks/" + review + "/complete", Map.of("data", Map.of("documentReviewDecision", "RETURN")))
			.expect(400)
			.code()).isEqualTo("REASON_REQUIRED");
		AidFlows.complete(inspector, review, Map.of("documentReviewDecision", "PASS"));

		// on site: the checklist must be complete, failures explained and photographed
		String onSite = AidFlows.awaitTask(inspector, no, "Task_OnSiteInspection");
		assertThat(
				inspector.post("/api/tasks/" + onSite + "/complete", Map.of("data", Map.of("onSiteDecision", "DONE")))
					.expect(400)
					.code())
			.isEqualTo("CHECKLIST_INCOMPLETE");
		assertThat(inspector
			.upload("/api/cemetery/inspections/" + no + "/attachments", "file", "现场.png", "image/png",
					"not a picture".getBytes())
			.expect(400)
			.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
		long photo = CemeteryFlows.uploadPhoto(inspector, no);
		long pdf = inspector
			.upload("/api/cemetery/inspections/" + no + "/attachments", "file", "台账.pdf", "application/pdf",
					"%PDF-1.4 ledger".getBytes())
			.expect(201)
			.json()
			.path("id")
			.asLong();
		Map<String, Object> checklist = CemeteryFlows.checklist(inspector, no, Set.of("ARCHIVES"), photo);
		assertThat(saveWith(inspector, no, checklist, "result", "MAYBE")).isEqualTo("INVALID_OPTION");
		assertThat(saveWith(inspector, no, checklist, "remark", null)).isEqualTo("REMARK_REQUIRED");
		assertThat(saveWith(inspector, no, checklist, "itemCode", "FIRE_SAFETY")).isEqualTo("UNKNOWN_CHECKLIST_ITEM");
		assertThat(saveWith(inspector, no, checklist, "photoAttachmentId", pdf)).isEqualTo("PHOTO_NOT_IMAGE");
		assertThat(saveWith(inspector, no, checklist, "photoAttachmentId", 999_999)).isEqualTo("PHOTO_NOT_FOUND");
		Map<String, Object> nowhere = new java.util.HashMap<>(checklist);
		nowhere.put("latitude", 123.0);
		assertThat(inspector.put("/api/cemetery/inspections/" + no + "/checklist", nowhere).expect(400).code())
			.isEqualTo("LOCATION_INVALID");
		assertThat(operator.put("/api/cemetery/inspections/" + no + "/checklist", checklist).expect(404).code())
			.isEqualTo("INSPECTION_NOT_FOUND");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cemetery_check_result r JOIN cemetery_inspection i "
				+ "ON i.id = r.inspection_id WHERE i.inspection_no = ?", Integer.class, no))
			.isZero();
		inspector.put("/api/cemetery/inspections/" + no + "/checklist", checklist).expect(200);
		AidFlows.complete(inspector, onSite, Map.of("onSiteDecision", "DONE"));

		// findings: no 合格 while an item fails; a rectification order needs its items
		String findings = AidFlows.awaitTask(approver, no, "Task_Findings");
		assertThat(approver
			.post("/api/tasks/" + findings + "/complete", Map.of("data", Map.of("findingsDecision", "QUALIFIED")))
			.expect(400)
			.code()).isEqualTo("RESULT_CONTRADICTS_CHECKLIST");
		assertThat(approver
			.post("/api/tasks/" + findings + "/complete", Map.of("data", Map.of("findingsDecision", "RECTIFY")))
			.expect(400)
			.code()).isEqualTo("REASON_REQUIRED");
		AidFlows.complete(approver, findings, Map.of("findingsDecision", "RECTIFY", "opinion", "补齐档案"));
		AidFlows.awaitTask(operator, no, "Task_Rectification");
		assertThat(jdbc.queryForObject("SELECT rectification_due FROM cemetery_inspection WHERE inspection_no = ?",
				java.time.LocalDate.class, no))
			// 12 working days (rectificationWorkingDays) span at least two weekends
			.isAfterOrEqualTo(java.time.LocalDate.now().plusDays(16));

		// a rectification past its deadline shows as overdue on the dashboard
		jdbc.update("UPDATE cemetery_inspection SET rectification_due = ? WHERE inspection_no = ?",
				java.time.LocalDate.now().minusDays(1), no);
		JsonNode board = inspector.get("/api/cemetery/campaigns/" + campaign).expect(200).json();
		assertThat(board.path("counts").path("overdueRectifications").asInt()).isEqualTo(1);
		assertThat(board.path("counts").path("openRectifications").asInt()).isEqualTo(1);
		assertThat(board.path("inspections").get(0).path("rectificationOverdue").asBoolean()).isTrue();
		assertThat(board.path("inspections").get(0).path("openSteps").get(0).path("taskKey").asText())
			.isEqualTo("Task_Rectification");
	}

	@SuppressWarnings("unchecked")
	private static String saveWith(ApiSession inspector, String no, Map<String, Object> checklist, String key,
			Object value) {
		Map<String, Object> copy = new java.util.HashMap<>(checklist);
		List<Map<String, Object>> items = new java.util.ArrayList<>((List<Map<String, Object>>) checklist.get("items"));
		Map<String, Object> first = items.stream()
			.filter(i -> "FAIL".equals(i.get("result")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> changed = new java.util.HashMap<>(first);
		changed.put(key, value);
		items.set(items.indexOf(first), changed);
		copy.put("items", items);
		return inspector.put("/api/cemetery/inspections/" + no + "/checklist", copy).expect(400).code();
	}

}
