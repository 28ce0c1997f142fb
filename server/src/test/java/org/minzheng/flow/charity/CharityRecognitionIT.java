package org.minzheng.flow.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recognition on the real database: a listed organisation's application goes to the
 * approver with the credit findings, who refuses it with reasons (or finds them no bar
 * and the review follows); the same organisation is recognised once removed from the list
 * (decision numbered from the city's yearly sequence, registration certificate re-issued
 * marked as a charity, register of charities, 慈善中国); only charities of a year may apply
 * for public fundraising; bad input changes nothing.
 */
@ApplicationTest
class CharityRecognitionIT {

	static final String LISTED_USCC = "53440300MJL600041J";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOrganisationOnTheAbnormalListIsRefusedWithTheReasonAndRecognisedOnceRemoved() {
		// given an organisation registered with the city bureau, on the abnormal list
		long organisation = seedOrganisation("深圳市鹏城助学促进会", LISTED_USCC, "ABNORMAL");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");

		// when it applies and the application is accepted
		String first = clerk.post("/api/charity/recognitions", CharityFlows.recognitionRequest(LISTED_USCC))
			.expect(201)
			.json()
			.path("recognitionNo")
			.asText();
		CharityFlows.complete(clerk, first, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));

		// then it is not refused by the check: it waits for the approver with the
		// findings
		JsonNode checked = CharityFlows.recognition(clerk, first);
		assertThat(checked.path("status").asText()).isEqualTo("REVIEW");
		assertThat(checked.path("creditState").asText()).isEqualTo("ABNORMAL");
		assertThat(checked.path("creditFindings").asText()).contains("活动异常名录")
			.contains("自 " + CharityFlows.today().minusMonths(2));
		assertThat(CharityFlows.absent(checked.path("refusalReason"))).isTrue();

		// when the approver refuses without reasons, then with them
		ApiSession approver = ApiSession.login(this.port, "ch-city-approver");
		String creditTask = AidFlows.awaitTask(approver, first, "Task_CreditDecision");
		assertThat(approver
			.post("/api/tasks/" + creditTask + "/complete", Map.of("data", Map.of("creditDecision", "REFUSE")))
			.expect(400)
			.code()).isEqualTo("OPINION_REQUIRED");
		CharityFlows.complete(approver, first, "Task_CreditDecision",
				Map.of("creditDecision", "REFUSE", "opinion", "列入活动异常名录属实，尚未移出"));

		// then it is refused with the reasons and the findings, and the refusal is
		// published
		AidFlows.await(first + " refused",
				() -> "REFUSED".equals(CharityFlows.recognition(clerk, first).path("status").asText()));
		JsonNode refused = CharityFlows.recognition(clerk, first);
		assertThat(refused.path("refusalReason").asText()).contains("列入活动异常名录属实").contains("活动异常名录（自");
		assertThat(refused.path("creditDecidedBy").asText()).isEqualTo("ch-city-approver");
		assertThat(CharityFlows.absent(refused.path("closedAt"))).isFalse();
		assertThat(clerk.get("/api/charity/recognitions/" + first).expect(200).json().path("records").size())
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM charity_organisation WHERE uscc = ?", Integer.class,
				LISTED_USCC))
			.isZero();

		// when the registrar removes it from the list and it applies again
		ApiSession.login(this.port, "so-city-approver")
			.post("/api/socialorg/organisations/" + organisation + "/credit-removal", Map.of("reason", "已补报年度报告，经核实"))
			.expect(200);
		String second = clerk.post("/api/charity/recognitions", CharityFlows.recognitionRequest(LISTED_USCC))
			.expect(201)
			.json()
			.path("recognitionNo")
			.asText();
		CharityFlows.complete(clerk, second, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-reviewer"), second, "Task_Review",
				CharityFlows.reviewAllMet());
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-approver"), second, "Task_Decision",
				Map.of("decision", "APPROVE"));

		// then it is recognised, enters the register and is published on 慈善中国
		AidFlows.await(second + " published on 慈善中国",
				() -> !CharityFlows.absent(CharityFlows.recognition(clerk, second).path("platformNo")));
		JsonNode recognised = CharityFlows.recognition(clerk, second);
		assertThat(recognised.path("status").asText()).isEqualTo("RECOGNISED");
		assertThat(recognised.path("certificateNo").asText())
			.matches("深民慈〔" + CharityFlows.today().getYear() + "〕\\d+号");
		assertThat(recognised.path("effectiveOn").asText()).isEqualTo(CharityFlows.today().toString());
		assertThat(CharityFlows.absent(recognised.path("decisionDue"))).isFalse();
		assertThat(recognised.path("platformNo").asText()).startsWith("CSZG-");
		assertThat(this.jdbc.queryForMap("SELECT source, charity_since FROM charity_organisation WHERE uscc = ?",
				LISTED_USCC))
			.containsEntry("source", "RECOGNISED")
			.containsEntry("charity_since", java.sql.Date.valueOf(CharityFlows.today()));

		// and a charity of today may not yet apply for public fundraising
		assertThat(clerk.post("/api/charity/fundraising", Map.of("uscc", LISTED_USCC, "planSummary", "面向社会公众开展助学募捐"))
			.expect(400)
			.code()).isEqualTo("CHARITY_TOO_RECENT");
	}

	@Test
	void theApproverMayFindThePenaltyNoBarWithReasonsAndTheReviewFollows() {
		long organisation = seedOrganisation("深圳市青禾社区发展促进会", "53440300MJL600081N", "NORMAL");
		this.jdbc.update(
				"INSERT INTO so_penalty (organisation_id, decided_on, document_no, summary) VALUES (?, ?, ?, ?)",
				organisation, CharityFlows.today().minusMonths(5), "深民罚〔2026〕2号", "未按规定报送年度报告（警告）");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		String no = clerk.post("/api/charity/recognitions", CharityFlows.recognitionRequest("53440300MJL600081N"))
			.expect(201)
			.json()
			.path("recognitionNo")
			.asText();
		CharityFlows.complete(clerk, no, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));

		ApiSession approver = ApiSession.login(this.port, "ch-city-approver");
		CharityFlows.complete(approver, no, "Task_CreditDecision",
				Map.of("creditDecision", "PROCEED", "opinion", "处罚已被复议机关撤销（深府复〔2026〕5号），不构成障碍"));
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-reviewer"), no, "Task_Review",
				CharityFlows.reviewAllMet());
		CharityFlows.complete(approver, no, "Task_Decision", Map.of("decision", "APPROVE"));

		AidFlows.await(no + " recognised",
				() -> "RECOGNISED".equals(CharityFlows.recognition(clerk, no).path("status").asText()));
		JsonNode recognised = CharityFlows.recognition(clerk, no);
		assertThat(recognised.path("creditFindings").asText()).contains("行政处罚");
		assertThat(recognised.path("creditDecision").asText()).isEqualTo("PROCEED");
		assertThat(recognised.path("creditOpinion").asText()).contains("深府复");
	}

	@Test
	void theApproverCannotRecogniseAnOrganisationListedSinceTheReview() {
		long organisation = seedOrganisation("深圳市蓝天救援促进会", "53440300MJL600051K", "NORMAL");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		String no = clerk.post("/api/charity/recognitions", CharityFlows.recognitionRequest("53440300MJL600051K"))
			.expect(201)
			.json()
			.path("recognitionNo")
			.asText();
		CharityFlows.complete(clerk, no, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-reviewer"), no, "Task_Review",
				CharityFlows.reviewAllMet());
		this.jdbc.update(
				"INSERT INTO so_penalty (organisation_id, decided_on, document_no, summary) VALUES (?, ?, ?, ?)",
				organisation, CharityFlows.today().minusDays(3), "深民罚〔2026〕7号", "违规开展评比表彰");
		ApiSession approver = ApiSession.login(this.port, "ch-city-approver");

		String task = AidFlows.awaitTask(approver, no, "Task_Decision");
		JsonNode problem = approver
			.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("decision", "APPROVE")))
			.expect(409)
			.json();

		assertThat(problem.path("code").asText()).isEqualTo("CREDIT_BARRED");
		assertThat(problem.path("detail").asText()).contains("行政处罚");
		assertThat(CharityFlows.absent(CharityFlows.recognition(clerk, no).path("decision"))).isTrue();
	}

	@Test
	void theClerkAsksForMissingMaterialsOnceAndOnlyTheRegistrarSeesTheApplication() {
		seedOrganisation("深圳市山海环保促进会", "53440300MJL600071M", "NORMAL");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		String no = clerk.post("/api/charity/recognitions", CharityFlows.recognitionRequest("53440300MJL600071M"))
			.expect(201)
			.json()
			.path("recognitionNo")
			.asText();
		assertThat(ApiSession.login(this.port, "so-yt-clerk").get("/api/charity/recognitions/" + no).expect(404).code())
			.isEqualTo("RECOGNITION_NOT_FOUND");
		assertThat(clerk.post("/api/charity/recognitions/" + no + "/supplement", Map.of("note", "早到的补正"))
			.expect(409)
			.code()).isEqualTo("NOT_AWAITING_SUPPLEMENT");

		CharityFlows.complete(clerk, no, "Task_Acceptance",
				Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "决策机构会议纪要原件"));
		assertThat(CharityFlows.recognition(clerk, no).path("status").asText()).isEqualTo("SUPPLEMENT");
		clerk.post("/api/charity/recognitions/" + no + "/supplement", Map.of("note", "已补交会议纪要")).expect(200);
		String task = AidFlows.awaitTask(clerk, no, "Task_Acceptance");
		assertThat(clerk
			.post("/api/tasks/" + task + "/complete",
					Map.of("data", Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "再补一份")))
			.expect(400)
			.code()).isEqualTo("SUPPLEMENT_ONCE");
		CharityFlows.complete(clerk, no, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));

		JsonNode accepted = CharityFlows.recognition(clerk, no);
		assertThat(accepted.path("status").asText()).isEqualTo("REVIEW");
		assertThat(accepted.path("missingMaterials").asText()).isEqualTo("决策机构会议纪要原件");
		assertThat(accepted.path("acceptedOn").asText()).isEqualTo(CharityFlows.today().toString());
		assertThat(java.time.LocalDate.parse(accepted.path("decisionDue").asText()))
			.isAfter(CharityFlows.today().plusDays(20));
	}

	@Test
	void badInputIsRefusedWithAStableCodeAndChangesNothing() {
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		int before = this.jdbc.queryForObject("SELECT COUNT(*) FROM charity_recognition", Integer.class);

		assertThat(clerk.post("/api/charity/recognitions", Map.of("uscc", "53440300MJL600061L")).expect(400).code())
			.isEqualTo("FIELD_REQUIRED");
		JsonNode unknown = clerk
			.post("/api/charity/recognitions", CharityFlows.recognitionRequest("53440300MJL600061L"))
			.expect(400)
			.json();
		assertThat(unknown.path("code").asText()).isEqualTo("ORGANISATION_NOT_REGISTERED");
		assertThat(unknown.path("detail").asText()).contains("统一社会信用代码");
		assertThat(clerk.post("/api/charity/recognitions", CharityFlows.recognitionRequest("53440300MJL600061X"))
			.expect(400)
			.code()).isEqualTo("USCC_INVALID");
		assertThat(ApiSession.login(this.port, "ch-trustee-pc")
			.post("/api/charity/recognitions", CharityFlows.recognitionRequest(LISTED_USCC))
			.status()).isIn(400, 403);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM charity_recognition", Integer.class))
			.isEqualTo(before);
	}

	private long seedOrganisation(String name, String uscc, String creditState) {
		this.jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, uscc, status, "
				+ "credit_state, credit_since, registered_on, created_at) VALUES (?, 'ASSOCIATION', 'DIRECT', '440300', ?, "
				+ "'REGISTERED', ?, ?, ?, CURRENT_TIMESTAMP)", name, uscc, creditState,
				"NORMAL".equals(creditState) ? null : CharityFlows.today().minusMonths(2),
				CharityFlows.today().minusYears(3));
		return this.jdbc.queryForObject("SELECT id FROM so_organisation WHERE uscc = ?", Long.class, uscc);
	}

}
