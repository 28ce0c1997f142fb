package org.minzheng.flow.cemetery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;

/** The steps of an inspection as its people take them through the API. */
final class CemeteryFlows {

	/** A 1×1 PNG: a real photo as far as content sniffing goes. */
	static final byte[] PHOTO = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC");

	private CemeteryFlows() {
	}

	static JsonNode open(ApiSession admin, String district, int year) {
		return admin.post("/api/cemetery/campaigns", Map.of("districtCode", district, "year", year)).expect(201).json();
	}

	static void complete(ApiSession session, String no, String taskKey, Map<String, Object> data) {
		String taskId = AidFlows.awaitTask(session, no, taskKey);
		AidFlows.complete(session, taskId, data);
	}

	static Map<String, Object> selfReport(boolean pricesWithinCatalogue) {
		Map<String, Object> data = new HashMap<>(Map.of("selfInspectionDecision", "SUBMITTED", "plotsSold", "120",
				"plotsOverSizeLimit", "0", "preSales", "0", "ecoBurialPercent", "35", "complaints", "2",
				"highestPriceChargedYuan", pricesWithinCatalogue ? "36000" : "42000", "pricesWithinCatalogue",
				pricesWithinCatalogue ? "YES" : "NO"));
		if (!pricesWithinCatalogue) {
			data.put("priceNote", "标准穴实收 42000 元，超出目录 4000 元");
		}
		return data;
	}

	static long uploadPhoto(ApiSession session, String no) {
		return session.upload("/api/cemetery/inspections/" + no + "/attachments", "file", "现场.png", "image/png", PHOTO)
			.expect(201)
			.json()
			.path("id")
			.asLong();
	}

	/**
	 * The checklist of the open round: the given items fail, every other expected one
	 * passes.
	 */
	static Map<String, Object> checklist(ApiSession inspector, String no, Set<String> failing, long photo) {
		JsonNode view = inspector.get("/api/cemetery/inspections/" + no).expect(200).json();
		int round = view.path("openRound").asInt();
		List<String> expected = new ArrayList<>();
		if (round == 1) {
			view.path("checklist").forEach(item -> expected.add(item.path("itemCode").asText()));
		}
		else {
			view.path("results").forEach(r -> {
				if (r.path("roundNo").asInt() == round - 1 && r.path("result").asText().equals("FAIL")) {
					expected.add(r.path("itemCode").asText());
				}
			});
		}
		List<Map<String, Object>> items = new ArrayList<>();
		for (String code : expected) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("itemCode", code);
			answer.put("result", failing.contains(code) ? "FAIL" : "PASS");
			if (failing.contains(code)) {
				answer.put("remark", "现场发现问题：" + code);
			}
			answer.put("photoAttachmentId", photo);
			items.add(answer);
		}
		return Map.of("latitude", 22.5561, "longitude", 114.2370, "place", "公墓管理处及墓区", "items", items);
	}

	/**
	 * The inspector fills in the open round's checklist with a photo and completes the
	 * step.
	 */
	static void inspect(ApiSession inspector, String no, String taskKey, Set<String> failing) {
		AidFlows.awaitTask(inspector, no, taskKey);
		long photo = uploadPhoto(inspector, no);
		inspector.put("/api/cemetery/inspections/" + no + "/checklist", checklist(inspector, no, failing, photo))
			.expect(200);
		complete(inspector, no, taskKey,
				Map.of(taskKey.equals("Task_OnSiteInspection") ? "onSiteDecision" : "reInspectionDecision", "DONE"));
	}

	/** Self-report, document review and on-site inspection with the given failures. */
	static void upToFindings(ApiSession operator, ApiSession inspector, String no, Set<String> failing) {
		complete(operator, no, "Task_SelfInspection", selfReport(failing.isEmpty()));
		complete(inspector, no, "Task_DocumentReview", Map.of("documentReviewDecision", "PASS"));
		inspect(inspector, no, "Task_OnSiteInspection", failing);
	}

	static JsonNode inspection(ApiSession session, String no) {
		return session.get("/api/cemetery/inspections/" + no).expect(200).json();
	}

	static void assertResult(ApiSession session, String no, String result) {
		AidFlows.await(no + " closes as " + result,
				() -> !inspection(session, no).path("inspection").path("closedAt").isMissingNode()
						&& !inspection(session, no).path("inspection").path("closedAt").isNull());
		assertThat(inspection(session, no).path("inspection").path("result").asText()).isEqualTo(result);
	}

}
