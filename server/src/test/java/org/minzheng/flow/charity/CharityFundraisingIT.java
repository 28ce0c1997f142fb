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
 * The public-fundraising qualification on the real database with its levels: the clerk
 * accepts (asking once for what is missing, the applicant's supplement bringing the case
 * back), the credit check, the reviewer, then the approver grants it; the certificate is
 * numbered from the city's yearly sequence and has no fixed term. A charity whose credit
 * check finds a listing goes to the approver with the findings, who refuses with reasons.
 */
@ApplicationTest
class CharityFundraisingIT {

	/** The demo charity 深圳市鹏城慈善会, a charity since 2017. */
	static final String DEMO_CHARITY = "53440300MJL600010C";

	static final String LISTED_CHARITY = "53440300MJL600091P";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCharityOfSeveralYearsIsAcceptedAfterOneSupplementReviewedAndGrantedWithoutATerm() {
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		String no = clerk.post("/api/charity/fundraising", Map.of("uscc", DEMO_CHARITY, "planSummary", "“助学圆梦”公开募捐"))
			.expect(201)
			.json()
			.path("qualificationNo")
			.asText();
		assertThat(qualification(clerk, no).path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(CharityFlows.absent(qualification(clerk, no).path("decisionDue"))).isTrue();

		// the clerk lists what is missing, once; the applicant brings it
		CharityFlows.complete(clerk, no, "Task_Acceptance",
				Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "上一年度年度工作报告和财务会计报告"));
		assertThat(qualification(clerk, no).path("status").asText()).isEqualTo("SUPPLEMENT");
		clerk.post("/api/charity/fundraising/" + no + "/supplement", Map.of("note", "已补交 2025 年度报告")).expect(200);
		String acceptance = AidFlows.awaitTask(clerk, no, "Task_Acceptance");
		assertThat(clerk
			.post("/api/tasks/" + acceptance + "/complete",
					Map.of("data", Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "再补一份")))
			.expect(400)
			.code()).isEqualTo("SUPPLEMENT_ONCE");
		CharityFlows.complete(clerk, no, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));
		JsonNode accepted = qualification(clerk, no);
		assertThat(accepted.path("status").asText()).isEqualTo("REVIEW");
		assertThat(accepted.path("acceptedOn").asText()).isEqualTo(CharityFlows.today().toString());
		assertThat(java.time.LocalDate.parse(accepted.path("decisionDue").asText()))
			.isAfter(CharityFlows.today().plusDays(20));

		// the reviewer, then the approver
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-reviewer"), no, "Task_Review",
				Map.of("reviewDecision", "PASS"));
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-approver"), no, "Task_Decision",
				Map.of("decision", "APPROVE", "opinion", "符合公开募捐资格条件，同意"));

		AidFlows.await(no + " published", () -> !CharityFlows.absent(qualification(clerk, no).path("platformNo")));
		JsonNode granted = qualification(clerk, no);
		assertThat(granted.path("status").asText()).isEqualTo("QUALIFIED");
		assertThat(granted.path("reviewedBy").asText()).isEqualTo("ch-city-reviewer");
		assertThat(granted.path("decidedBy").asText()).isEqualTo("ch-city-approver");
		assertThat(granted.path("validFrom").asText()).isEqualTo(CharityFlows.today().toString());
		assertThat(CharityFlows.absent(granted.path("validUntil"))).isTrue();
		assertThat(granted.path("certificateNo").asText()).matches("深民募〔" + CharityFlows.today().getYear() + "〕\\d+号");
	}

	@Test
	void aListedCharityGoesToTheApproverWithTheFindingsWhoRefusesWithReasons() {
		seedListedCharity();
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		String no = clerk
			.post("/api/charity/fundraising", Map.of("uscc", LISTED_CHARITY, "planSummary", "面向社会公众开展助医募捐"))
			.expect(201)
			.json()
			.path("qualificationNo")
			.asText();
		CharityFlows.complete(clerk, no, "Task_Acceptance", Map.of("acceptanceDecision", "ACCEPT"));

		ApiSession approver = ApiSession.login(this.port, "ch-city-approver");
		String task = AidFlows.awaitTask(approver, no, "Task_CreditDecision");
		JsonNode checked = qualification(clerk, no);
		assertThat(checked.path("status").asText()).isEqualTo("REVIEW");
		assertThat(checked.path("creditFindings").asText()).contains("严重违法失信名单");
		assertThat(approver.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("creditDecision", "REFUSE")))
			.expect(400)
			.code()).isEqualTo("OPINION_REQUIRED");
		CharityFlows.complete(approver, no, "Task_CreditDecision",
				Map.of("creditDecision", "REFUSE", "opinion", "列入严重违法失信名单属实，不符合公开募捐资格条件"));

		AidFlows.await(no + " refused", () -> "REFUSED".equals(qualification(clerk, no).path("status").asText()));
		JsonNode refused = qualification(clerk, no);
		assertThat(refused.path("decision").asText()).isEqualTo("REFUSE");
		assertThat(refused.path("decisionOpinion").asText()).contains("不符合公开募捐资格条件").contains("严重违法失信名单（自");
		assertThat(refused.path("creditDecidedBy").asText()).isEqualTo("ch-city-approver");
		assertThat(CharityFlows.absent(refused.path("certificateNo"))).isTrue();
		assertThat(clerk.get("/api/charity/fundraising/" + no).expect(200).json().path("records").size()).isEqualTo(1);
	}

	private void seedListedCharity() {
		this.jdbc.update(
				"INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, uscc, status, "
						+ "credit_state, credit_since, registered_on, created_at) VALUES ('深圳市仁心助医基金会', 'FOUNDATION', "
						+ "'DIRECT', '440300', ?, 'REGISTERED', 'SERIOUS', ?, ?, CURRENT_TIMESTAMP)",
				LISTED_CHARITY, CharityFlows.today().minusMonths(1), CharityFlows.today().minusYears(4));
		this.jdbc.update("INSERT INTO charity_organisation (uscc, name, registrar_code, source, charity_since, "
				+ "certificate_no, created_at) VALUES (?, '深圳市仁心助医基金会', '440300', 'REGISTERED', ?, "
				+ "'深民慈登〔2022〕4号', CURRENT_TIMESTAMP)", LISTED_CHARITY, CharityFlows.today().minusYears(4));
	}

	private static JsonNode qualification(ApiSession session, String no) {
		return session.get("/api/charity/fundraising/" + no).expect(200).json().path("qualification");
	}

}
