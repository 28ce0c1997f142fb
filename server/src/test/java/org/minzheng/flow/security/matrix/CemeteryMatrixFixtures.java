package org.minzheng.flow.security.matrix;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;

/**
 * Records of the cemetery line for the authorisation matrix: this year's campaign of 盐田区
 * (440308, {@code CEM_CAMPAIGN}) and two of its inspections:
 * <ul>
 * <li>{@code CEM_INSPECTION}: 海景 ({@code CEM_CEMETERY}, run by cem-op-yt1), waiting for
 * the operator's self-inspection, with a photo the operator attached
 * ({@code CEM_ATTACHMENT}); cem-op-ft1 is another operator, ft-cemetery-inspector another
 * district's inspector, and the enforcement unit cem-en-yt must not see it;</li>
 * <li>{@code CEM_REFERRED}: 沙头角 (run by cem-op-yt3), 不合格 after re-inspection and referred
 * to 盐田's joint enforcement (cem-en-yt), whose step is open.</li>
 * </ul>
 */
class CemeteryMatrixFixtures implements MatrixFixtures {

	/** A 1×1 PNG. */
	static final byte[] PHOTO = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC");

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
		ApiSession inspector = setup.as("yt-cemetery-inspector");
		ApiSession approver = setup.as("yt-approver");
		String campaign = setup.as("yt-admin")
			.post("/api/cemetery/campaigns", Map.of("districtCode", "440308", "year", year))
			.expect(201)
			.json()
			.path("campaignNo")
			.asText();
		ids.put("CEM_CAMPAIGN", campaign);
		ids.put("CEM_YEAR", String.valueOf(year));

		String own = campaign + "-01";
		ApiSession operator = setup.as("cem-op-yt1");
		AidFlows.awaitTask(operator, own, "Task_SelfInspection");
		ids.put("CEM_INSPECTION", own);
		ids.put("CEM_CEMETERY",
				operator.get("/api/cemetery/inspections/" + own)
					.expect(200)
					.json()
					.path("cemetery")
					.path("code")
					.asText());
		ids.put("CEM_ATTACHMENT", String.valueOf(photo(operator, own)));

		// 沙头角: oversized plots on site, not rectified: 不合格, referred to the district's
		// joint
		// enforcement group (墓穴 findings are the civil-affairs side's own, 《殡葬管理条例》第十九条)
		String referred = campaign + "-03";
		ApiSession operator3 = setup.as("cem-op-yt3");
		complete(operator3, referred, "Task_SelfInspection",
				Map.of("selfInspectionDecision", "SUBMITTED", "plotsSold", "120", "plotsOverSizeLimit", "0", "preSales",
						"0", "ecoBurialPercent", "35", "complaints", "2", "highestPriceChargedYuan", "36000",
						"pricesWithinCatalogue", "YES"));
		complete(inspector, referred, "Task_DocumentReview", Map.of("documentReviewDecision", "PASS"));
		inspect(inspector, referred, "Task_OnSiteInspection", "onSiteDecision");
		complete(approver, referred, "Task_Findings", Map.of("findingsDecision", "RECTIFY", "opinion", "整改超标墓穴"));
		complete(operator3, referred, "Task_Rectification",
				Map.of("rectificationDecision", "SUBMITTED", "opinion", "已部分整改"));
		inspect(inspector, referred, "Task_ReInspection", "reInspectionDecision");
		complete(approver, referred, "Task_Result", Map.of("resultDecision", "UNQUALIFIED", "opinion", "超标墓穴未整改"));
		AidFlows.awaitTask(setup.as("cem-en-yt"), referred, "Task_JointEnforcement");
		ids.put("CEM_REFERRED", referred);
		return ids;
	}

	private static void complete(ApiSession session, String no, String taskKey, Map<String, Object> data) {
		AidFlows.complete(session, AidFlows.awaitTask(session, no, taskKey), data);
	}

	private static long photo(ApiSession session, String no) {
		return session.upload("/api/cemetery/inspections/" + no + "/attachments", "file", "现场.png", "image/png", PHOTO)
			.expect(201)
			.json()
			.path("id")
			.asLong();
	}

	/**
	 * The open round's checklist with a photo: pre-selling fails (on site, and again on
	 * re-inspection), everything else passes; then the step is completed.
	 */
	private static void inspect(ApiSession inspector, String no, String taskKey, String decision) {
		String task = AidFlows.awaitTask(inspector, no, taskKey);
		long photo = photo(inspector, no);
		JsonNode view = inspector.get("/api/cemetery/inspections/" + no).expect(200).json();
		List<String> expected = new ArrayList<>();
		if (view.path("openRound").asInt() == 1) {
			view.path("checklist").forEach(item -> expected.add(item.path("itemCode").asText()));
		}
		else {
			view.path("results").forEach(r -> {
				if (r.path("roundNo").asInt() == 1 && "FAIL".equals(r.path("result").asText())) {
					expected.add(r.path("itemCode").asText());
				}
			});
		}
		List<Map<String, Object>> items = new ArrayList<>();
		for (String code : expected) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("itemCode", code);
			answer.put("result", "PLOT_SIZE".equals(code) ? "FAIL" : "PASS");
			if ("PLOT_SIZE".equals(code)) {
				answer.put("remark", "现场发现预售墓穴");
			}
			answer.put("photoAttachmentId", photo);
			items.add(answer);
		}
		inspector
			.put("/api/cemetery/inspections/" + no + "/checklist",
					Map.of("latitude", 22.5561, "longitude", 114.2370, "place", "公墓管理处及墓区", "items", items))
			.expect(200);
		AidFlows.complete(inspector, task, Map.of(decision, "DONE"));
	}

}
