package org.minzheng.flow.charity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;

/** The steps of the charity chains as their people take them through the API. */
final class CharityFlows {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private CharityFlows() {
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** Null or left out (the API leaves out null fields). */
	static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull();
	}

	static void complete(ApiSession session, String no, String taskKey, Map<String, Object> data) {
		AidFlows.complete(session, AidFlows.awaitTask(session, no, taskKey), data);
	}

	/** A new trust as a trustee files it, signed {@code daysAgo} days ago. */
	static Map<String, Object> trust(String name, int daysAgo) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("purpose", "资助深圳市困难家庭学生完成学业");
		request.put("supervisorName", "深圳市明镜会计师事务所");
		request.put("custodianBank", "招商银行深圳分行");
		request.put("custodianAccount", "755912345610001");
		request.put("termYears", 10);
		request.put("signedOn", today().minusDays(daysAgo).toString());
		request.put("settlors", List.of(Map.of("name", "欧阳𠮷", "settlorType", "PERSON"),
				Map.of("name", "深圳市鹏程科技有限公司", "settlorType", "ORGANISATION")));
		request.put("assets",
				List.of(Map.of("assetType", "CASH", "description", "货币资金", "valueYuan", 1000000, "transferMethod",
						"转入信托财产专户"),
						Map.of("assetType", "EQUITY", "description", "深圳市鹏程科技有限公司 5% 股权", "valueYuan", 3000000,
								"transferMethod", "股权变更登记", "transferEvidence", "深市监变登〔2026〕第 88 号")));
		return request;
	}

	/** The trustee files; returns the filing view. */
	static JsonNode file(ApiSession trustee, Map<String, Object> trust) {
		return trustee.post("/api/charity/trusts", trust).expect(201).json();
	}

	/**
	 * The bureau's reviewer proposes the receipt and its approver signs it; waits (as
	 * {@code clerk}) until the filing is filed.
	 */
	static void issueReceipt(int port, ApiSession clerk, String filingNo) {
		complete(ApiSession.login(port, "ch-city-reviewer"), filingNo, "Task_FilingReview",
				Map.of("filingReviewDecision", "ACCEPT"));
		complete(ApiSession.login(port, "ch-city-approver"), filingNo, "Task_FilingDecision",
				Map.of("filingDecision", "ACCEPT", "opinion", "材料齐全，同意出具备案回执"));
		AidFlows.await(filingNo + " filed",
				() -> "FILED".equals(clerk.get("/api/charity/filings/" + filingNo)
					.expect(200)
					.json()
					.path("filing")
					.path("status")
					.asText()));
	}

	static JsonNode trustView(ApiSession session, String trustNo) {
		return session.get("/api/charity/trusts/" + trustNo).expect(200).json();
	}

	static JsonNode recognition(ApiSession session, String no) {
		return session.get("/api/charity/recognitions/" + no).expect(200).json().path("recognition");
	}

	static Map<String, Object> recognitionRequest(String uscc) {
		return Map.of("uscc", uscc, "purposeStatement", "开展扶贫济困、助学助医等慈善活动", "governanceVoteOn",
				today().minusDays(10).toString(), "governanceVoteNote", "理事会 2026 年第二次会议，应到 9 人，实到 9 人，全票通过");
	}

	static Map<String, Object> reviewAllMet() {
		return Map.of("charityPurpose", "YES", "noProfitDistribution", "YES", "residualAssetClause", "YES",
				"governanceVote", "YES", "reviewDecision", "PASS");
	}

}
