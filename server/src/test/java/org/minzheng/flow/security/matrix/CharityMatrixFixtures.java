package org.minzheng.flow.security.matrix;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;

/**
 * Records of the charity line for the authorisation matrix. The charity section sits at
 * the city (ch-city-*, covering the districts' registrars); trustees are external
 * parties, so ch-trustee-pc meets its own trust and ch-trustee-qw another party's:
 * <ul>
 * <li>{@code CH_RECOGNITION}: a recognition at 受理 of an association registered at 盐田区
 * (440308) through the socialorg chain, so that 盐田区's socialorg staff meet a record of
 * their unit in another line;</li>
 * <li>{@code CH_FUNDRAISING}: a public-fundraising application, under review, of a
 * charity registered at 盐田区 in 2019 (inserted as the register's older data: a charity of
 * at least a year cannot be made through the API today);</li>
 * <li>{@code CH_TRUST}, {@code CH_FILING}, {@code CH_RECORD}: a trust filed by
 * ch-trustee-pc (CH-TR-0001) with the city bureau, its initial filing with the receipt
 * issued, and the receipt's public record.</li>
 * </ul>
 */
class CharityMatrixFixtures implements MatrixFixtures {

	/**
	 * The seeded charity's code: 53 (foundation) 440308 (盐田区), with its check character.
	 */
	static final String CHARITY_USCC = "53440308MJL900011"
			+ UnifiedSocialCreditCode.checkCharacter("53440308MJL900011");

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		ApiSession clerk = setup.as("ch-city-clerk");
		ApiSession trustee = setup.as("ch-trustee-pc");

		String registration = SocialOrgMatrixFixtures.register(setup, "盐田区矩阵助学促进会", SocialOrgMatrixFixtures.DISTRICT,
				null);
		String uscc = setup.as("so-yt-clerk")
			.get("/api/socialorg/registrations/" + registration)
			.expect(200)
			.json()
			.path("uscc")
			.asText();
		ids.put("CH_RECOGNITION",
				clerk
					.post("/api/charity/recognitions",
							Map.of("uscc", uscc, "purposeStatement", "开展助学慈善活动", "governanceVoteOn",
									today.minusDays(5).toString(), "governanceVoteNote", "理事会全票通过"))
					.expect(201)
					.json()
					.path("recognitionNo")
					.asText());

		MatrixFlows.jdbc(setup)
			.update("INSERT INTO charity_organisation (uscc, name, registrar_code, source, charity_since, "
					+ "certificate_no, created_at) VALUES (?, '盐田区矩阵慈善基金会', '440308', 'REGISTERED', '2019-03-01', "
					+ "'深308民慈登〔2019〕9号', CURRENT_TIMESTAMP(3))", CHARITY_USCC);
		ids.put("CH_FUNDRAISING",
				clerk.post("/api/charity/fundraising", Map.of("uscc", CHARITY_USCC, "planSummary", "面向社会公众开展助学募捐"))
					.expect(201)
					.json()
					.path("qualificationNo")
					.asText());

		JsonNode filed = trustee.post("/api/charity/trusts", trust(today)).expect(201).json();
		String trustNo = filed.path("trustNo").asText();
		String filingNo = filed.path("filing").path("filingNo").asText();
		MatrixFlows.complete(setup, setup.as("ch-city-reviewer"), filingNo, "Task_FilingReview",
				Map.of("filingReviewDecision", "ACCEPT"));
		MatrixFlows.complete(setup, setup.as("ch-city-approver"), filingNo, "Task_FilingDecision",
				Map.of("filingDecision", "ACCEPT", "opinion", "同意出具备案回执"));
		AidFlows.await(filingNo + " filed",
				() -> "FILED".equals(clerk.get("/api/charity/filings/" + filingNo)
					.expect(200)
					.json()
					.path("filing")
					.path("status")
					.asText()));
		ids.put("CH_TRUST", trustNo);
		ids.put("CH_FILING", filingNo);
		ids.put("CH_RECORD",
				trustee.get("/api/charity/trusts/" + trustNo)
					.expect(200)
					.json()
					.path("records")
					.get(0)
					.path("recordNo")
					.asText());
		return ids;
	}

	private static Map<String, Object> trust(LocalDate today) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", "鹏城矩阵助学慈善信托");
		request.put("purpose", "资助深圳市困难家庭学生完成学业");
		request.put("custodianBank", "招商银行深圳分行");
		request.put("custodianAccount", "755912345619999");
		request.put("termYears", 10);
		request.put("signedOn", today.minusDays(2).toString());
		request.put("settlors", List.of(Map.of("name", "深圳市矩阵科技有限公司", "settlorType", "ORGANISATION")));
		request.put("assets", List
			.of(Map.of("assetType", "CASH", "description", "货币资金", "valueYuan", 500000, "transferMethod", "转入信托财产专户")));
		return request;
	}

}
