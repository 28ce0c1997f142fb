package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home-investigation record through the REST API: 入户调查 cannot be completed without
 * it; refused with a code for each missing or wrong part (nothing stored), stored and
 * shown on the case page when complete, readable by the reviewer.
 */
@ApplicationTest
class AidInvestigationRecordIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRecordIsValidatedStoredAndShown() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "郭襄", AidFixtures.idNumber("440308", "19630303")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String path = "/api/aid/applications/" + no + "/investigation";
		assertThat(clerk.put(path, complete(List.of())).expect(409).code()).isEqualTo("INVESTIGATION_NOT_OPEN");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		// 入户调查 is not done without its record
		assertThat(
				clerk.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("investigationDecision", "DONE")))
					.expect(409)
					.code())
			.isEqualTo("INVESTIGATION_RECORD_REQUIRED");
		assertThat(AidFlows.inboxTaskIds(clerk, no)).contains(task);
		long photo = clerk
			.upload("/api/aid/applications/" + no + "/attachments", "file", "visit.png", "image/png", png())
			.expect(201)
			.json()
			.path("id")
			.asLong();
		assertThat(clerk.get(path).status()).isEqualTo(204);

		// each part refused with its code
		assertRefused(clerk, path, with("investigators", List.of("yt-meisha-clerk")), "TWO_INVESTIGATORS",
				"investigators");
		assertRefused(clerk, path, with("investigators", List.of("yt-meisha-clerk", "yt-meisha-clerk")),
				"TWO_INVESTIGATORS", "investigators");
		assertRefused(clerk, path, with("investigators", List.of("yt-meisha-clerk", "yt-haishan-clerk")),
				"INVESTIGATOR_NOT_STREET_STAFF", "investigators[1]");
		Map<String, Object> contracted = with("investigatorKind", "CONTRACTED");
		contracted.put("investigators", List.of("张社工", "李社工"));
		assertRefused(clerk, path, contracted, "FIELD_REQUIRED", "organisation");
		assertRefused(clerk, path, with("visitedOn", today().plusDays(1).toString()), "VISIT_DATE_IN_FUTURE",
				"visitedOn");
		assertRefused(clerk, path, with("visitedOn", today().minusYears(1).toString()), "VISIT_DATE_BEFORE_ACCEPTANCE",
				"visitedOn");
		assertRefused(clerk, path, with("housing", ""), "FIELD_REQUIRED", "housing");
		assertRefused(clerk, path, with("neighbours", List.of()), "NEIGHBOUR_VISIT_REQUIRED", "neighbours");
		assertRefused(clerk, path, with("neighbours", List.of(Map.of("name", "王大妈", "relation", "邻居"))),
				"FIELD_REQUIRED", "neighbours[0].statement");
		assertRefused(clerk, path, with("photoAttachmentIds", List.of(photo + 100000)), "PHOTO_NOT_OF_CASE",
				"photoAttachmentIds[0]");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM aid_home_investigation h JOIN aid_application a ON a.id = h.application_id "
						+ "WHERE a.application_no = ?",
				Integer.class, no))
			.isZero();
		// only the competent street's clerk writes it
		assertThat(ApiSession.login(port, "yt-meisha-reviewer").put(path, complete(List.of(photo))).status()).isIn(403,
				404);

		JsonNode stored = clerk.put(path, complete(List.of(photo))).expect(200).json();
		assertThat(stored.path("investigators").get(1).asText()).isEqualTo("yt-meisha-supervisor");
		assertThat(stored.path("neighbours").get(0).path("relation").asText()).isEqualTo("对门邻居");
		assertThat(stored.path("photoAttachmentIds").get(0).asLong()).isEqualTo(photo);

		// the reviewer reads it, on the case page too
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		assertThat(reviewer.get(path).expect(200).json().path("housing").asText()).contains("自有住房");
		JsonNode sections = reviewer.get("/api/cases/" + no).expect(200).json().path("sections");
		List<String> labels = List.of();
		for (JsonNode section : sections) {
			if (section.path("title").asText().equals("入户调查")) {
				labels = section.path("facts").findValuesAsText("label");
			}
		}
		assertThat(labels).contains("入户日期", "调查人员", "住房情况", "收入来源", "健康状况", "走访邻里", "照片");
		assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ?", String.class, no))
			.contains("AID_INVESTIGATION_RECORDED");

		// a second record replaces the first
		Map<String, Object> again = complete(List.of());
		again.put("investigatorKind", "CONTRACTED");
		again.put("organisation", "盐田区阳光社工服务中心");
		again.put("investigators", List.of("张社工", "李社工"));
		clerk.put(path, again).expect(200);
		assertThat(reviewer.get(path).expect(200).json().path("organisation").asText()).isEqualTo("盐田区阳光社工服务中心");
		assertThat(reviewer.get(path).json().path("photoAttachmentIds").size()).isZero();

		// with the record stored, 入户调查 completes
		AidFlows.complete(clerk, task, Map.of("investigationDecision", "DONE"));
		AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);
	}

	private static Map<String, Object> complete(List<Long> photos) {
		Map<String, Object> record = new HashMap<>();
		record.put("investigatorKind", "STAFF");
		record.put("investigators", List.of("yt-meisha-clerk", "yt-meisha-supervisor"));
		record.put("visitedOn", today().toString());
		record.put("housing", "自有住房一套，约 45 平方米，老旧");
		record.put("incomeSources", "申请人退休金；配偶无收入");
		record.put("health", "配偶患慢性病，需长期服药");
		record.put("notes", "家中无贵重物品");
		record.put("neighbours", List.of(Map.of("name", "王大妈", "relation", "对门邻居", "statement", "家中确实困难，平时靠亲戚接济")));
		record.put("photoAttachmentIds", photos);
		return record;
	}

	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> record = complete(List.of());
		record.put(field, value);
		return record;
	}

	private static void assertRefused(ApiSession clerk, String path, Map<String, Object> body, String code,
			String field) {
		ApiSession.Response response = clerk.put(path, body).expect(400);
		assertThat(response.code()).as(field).isEqualTo(code);
		assertThat(response.json().path("field").asText()).isEqualTo(field);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** A 1×1 PNG. */
	private static byte[] png() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
	}

}
