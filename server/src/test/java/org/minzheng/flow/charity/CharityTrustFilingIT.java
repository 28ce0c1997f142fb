package org.minzheng.flow.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Charitable-trust filing on the real database: a late filing is accepted and flagged (in
 * the list, the API and the CSV export), the bureau asks for what is missing only once, a
 * change of trustee moves the trust to the new trustee and keeps the history, each
 * trustee sees only its own trusts, and a published receipt verifies against the audit
 * chain while a tampered copy (or a tampered stored record) does not.
 */
@ApplicationTest
class CharityTrustFilingIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Test
	void aTrustFiledNineDaysAfterSigningIsAcceptedAndFlaggedLate() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-pc");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");

		JsonNode late = CharityFlows.file(trustee, CharityFlows.trust("鹏城助学慈善信托", 9));
		JsonNode onTime = CharityFlows.file(trustee, CharityFlows.trust("鹏城助医慈善信托", 7));

		assertThat(late.path("filing").path("late").asBoolean()).isTrue();
		assertThat(late.path("filing").path("daysAfterEvent").asInt()).isEqualTo(9);
		assertThat(onTime.path("filing").path("late").asBoolean()).isFalse();
		String lateTrust = late.path("trustNo").asText();
		CharityFlows.issueReceipt(this.port, clerk, late.path("filing").path("filingNo").asText());

		JsonNode view = CharityFlows.trustView(trustee, lateTrust);
		assertThat(view.path("trust").path("status").asText()).isEqualTo("FILED");
		assertThat(view.path("trust").path("late").asBoolean()).isTrue();
		assertThat(view.path("trust").path("receiptNo").asText()).matches("深民信备〔\\d{4}〕\\d+号");
		assertThat(view.path("settlors").size()).isEqualTo(2);
		assertThat(view.path("assets").get(1).path("transferEvidence").asText()).contains("第 88 号");
		assertThat(clerk.get("/api/charity/trusts").expect(200).json().findParents("trustNo")).anySatisfy(row -> {
			assertThat(row.path("trustNo").asText()).isEqualTo(lateTrust);
			assertThat(row.path("late").asBoolean()).isTrue();
		});
		ApiSession.Response csv = clerk.get("/api/charity/trusts.csv").expect(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).contains("逾期备案")
			.containsPattern(lateTrust + ",鹏城助学慈善信托,深圳市鹏城慈善会,[0-9-]+,[0-9-]+,FILED,是,");
	}

	@Test
	void theTrustExportNeverHandsASpreadsheetAFormula() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-qw");
		for (String name : new String[] { "=1+1", "@SUM(1)", "=cmd|' /C calc'!A0" }) {
			CharityFlows.file(trustee, CharityFlows.trust(name, 1));
		}

		String csv = ApiSession.login(this.port, "ch-city-clerk").get("/api/charity/trusts.csv").expect(200).body();

		assertThat(csv).contains(",'=1+1,", ",'@SUM(1),", ",'=cmd|' /C calc'!A0,");
		for (String line : csv.split("\r\n")) {
			for (String cell : line.split(",")) {
				assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("\"=");
			}
		}
	}

	@Test
	void theBureauAsksForWhatIsMissingOnlyOnce() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-pc");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		String filingNo = CharityFlows.file(trustee, CharityFlows.trust("鹏城扶老慈善信托", 2))
			.path("filing")
			.path("filingNo")
			.asText();

		ApiSession reviewer = ApiSession.login(this.port, "ch-city-reviewer");
		ApiSession approver = ApiSession.login(this.port, "ch-city-approver");
		CharityFlows.complete(reviewer, filingNo, "Task_FilingReview",
				Map.of("filingReviewDecision", "SUPPLEMENT", "missingMaterials", "股权变更登记证明原件扫描件"));
		// the notice goes out only when the approver signs it (left empty: the reviewer's
		// list)
		assertThat(
				clerk.get("/api/charity/filings/" + filingNo).expect(200).json().path("filing").path("status").asText())
			.isEqualTo("SUBMITTED");
		CharityFlows.complete(approver, filingNo, "Task_FilingDecision",
				Map.of("filingDecision", "SUPPLEMENT", "opinion", "同意一次性告知补正"));
		CharityFlows.complete(trustee, filingNo, "Task_Supplement",
				Map.of("supplementDecision", "SUBMITTED", "note", "已上传股权变更登记证明"));
		String review = AidFlows.awaitTask(reviewer, filingNo, "Task_FilingReview");
		JsonNode again = reviewer
			.post("/api/tasks/" + review + "/complete",
					Map.of("data", Map.of("filingReviewDecision", "SUPPLEMENT", "missingMaterials", "再补一份")))
			.expect(400)
			.json();

		assertThat(again.path("code").asText()).isEqualTo("SUPPLEMENT_ONCE");
		JsonNode filing = clerk.get("/api/charity/filings/" + filingNo).expect(200).json().path("filing");
		assertThat(filing.path("missingMaterials").asText()).isEqualTo("股权变更登记证明原件扫描件");
		assertThat(filing.path("supplementNote").asText()).isEqualTo("已上传股权变更登记证明");
		assertThat(filing.path("decidedBy").asText()).isEqualTo("ch-city-approver");
		CharityFlows.issueReceipt(this.port, clerk, filingNo);
	}

	@Test
	void theApproverSignsARefusalWithReasonsOverTheReviewersProposal() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-pc");
		ApiSession approver = ApiSession.login(this.port, "ch-city-approver");
		String filingNo = CharityFlows.file(trustee, CharityFlows.trust("鹏城拒备案慈善信托", 1))
			.path("filing")
			.path("filingNo")
			.asText();
		CharityFlows.complete(ApiSession.login(this.port, "ch-city-reviewer"), filingNo, "Task_FilingReview",
				Map.of("filingReviewDecision", "ACCEPT"));

		// a refusal without reasons is refused, and nothing changes
		String task = AidFlows.awaitTask(approver, filingNo, "Task_FilingDecision");
		assertThat(approver.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("filingDecision", "REJECT")))
			.expect(400)
			.code()).isEqualTo("OPINION_REQUIRED");
		CharityFlows.complete(approver, filingNo, "Task_FilingDecision",
				Map.of("filingDecision", "REJECT", "opinion", "信托目的不属于慈善法第三条规定的慈善活动"));

		AidFlows.await(filingNo + " closed",
				() -> "NOT_FILED".equals(trustee.get("/api/charity/filings/" + filingNo)
					.expect(200)
					.json()
					.path("filing")
					.path("status")
					.asText()));
		JsonNode filing = trustee.get("/api/charity/filings/" + filingNo).expect(200).json().path("filing");
		assertThat(filing.path("reviewProposal").asText()).isEqualTo("ACCEPT");
		assertThat(filing.path("reviewedBy").asText()).isEqualTo("ch-city-reviewer");
		assertThat(filing.path("decision").asText()).isEqualTo("REJECT");
		assertThat(filing.path("decidedBy").asText()).isEqualTo("ch-city-approver");
		assertThat(filing.path("decisionOpinion").asText()).contains("慈善法第三条");
		assertThat(CharityFlows.absent(filing.path("receiptNo"))).isTrue();
	}

	@Test
	void aChangeFilingMovesTheTrustToTheNewTrusteeAndKeepsTheHistory() {
		ApiSession former = ApiSession.login(this.port, "ch-trustee-qw");
		ApiSession successor = ApiSession.login(this.port, "ch-trustee-ns");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		JsonNode filed = CharityFlows.file(former, CharityFlows.trust("前湾生态保护慈善信托", 1));
		String trustNo = filed.path("trustNo").asText();
		CharityFlows.issueReceipt(this.port, clerk, filed.path("filing").path("filingNo").asText());
		assertThat(successor.get("/api/charity/trusts/" + trustNo).expect(404).code()).isEqualTo("TRUST_NOT_FOUND");

		// bad input changes nothing
		assertThat(former
			.post("/api/charity/trusts/" + trustNo + "/changes", Map.of("changeType", "TRUSTEE", "changedOn",
					CharityFlows.today().toString(), "summary", "受托人变更", "newTrusteeUnitCode", "CH-TR-0002"))
			.expect(400)
			.code()).isEqualTo("SAME_TRUSTEE");
		assertThat(successor
			.post("/api/charity/trusts/" + trustNo + "/changes", Map.of("changeType", "TRUSTEE", "changedOn",
					CharityFlows.today().toString(), "summary", "受托人变更", "newTrusteeUnitCode", "CH-TR-0003"))
			.expect(404)
			.code()).isEqualTo("TRUST_NOT_FOUND");

		String changedOn = CharityFlows.today().minusDays(2).toString();
		String change = former
			.post("/api/charity/trusts/" + trustNo + "/changes",
					Map.of("changeType", "TRUSTEE", "changedOn", changedOn, "summary", "经委托人同意，受托人变更为深圳市南山公益基金会",
							"newTrusteeUnitCode", "CH-TR-0003"))
			.expect(201)
			.json()
			.path("filing")
			.path("filingNo")
			.asText();
		assertThat(CharityFlows.trustView(former, trustNo).path("trust").path("trusteeUnitCode").asText())
			.as("the trustee changes only with the receipt")
			.isEqualTo("CH-TR-0002");
		CharityFlows.issueReceipt(this.port, clerk, change);

		JsonNode view = CharityFlows.trustView(successor, trustNo);
		assertThat(view.path("trust").path("trusteeUnitCode").asText()).isEqualTo("CH-TR-0003");
		assertThat(view.path("trustee").path("name").asText()).isEqualTo("深圳市南山公益基金会");
		JsonNode history = view.path("trusteeHistory");
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).path("trusteeUnitCode").asText()).isEqualTo("CH-TR-0002");
		assertThat(history.get(0).path("untilOn").asText()).isEqualTo(changedOn);
		assertThat(history.get(1).path("trusteeUnitCode").asText()).isEqualTo("CH-TR-0003");
		assertThat(history.get(1).path("fromOn").asText()).isEqualTo(changedOn);
		assertThat(CharityFlows.absent(history.get(1).path("untilOn"))).isTrue();
		assertThat(view.path("filings").size()).isEqualTo(2);
		assertThat(former.get("/api/charity/trusts/" + trustNo).expect(404).code()).isEqualTo("TRUST_NOT_FOUND");
		assertThat(former.get("/api/charity/trusts").expect(200).json().findValuesAsText("trustNo"))
			.doesNotContain(trustNo);

		// the new trustee reports and terminates
		String report = successor
			.post("/api/charity/trusts/" + trustNo + "/termination",
					Map.of("terminatedOn", CharityFlows.today().toString(), "liquidationReport", ""))
			.expect(400)
			.code();
		assertThat(report).isEqualTo("FIELD_REQUIRED");
		String termination = successor
			.post("/api/charity/trusts/" + trustNo + "/termination",
					Map.of("terminatedOn", CharityFlows.today().toString(), "liquidationReport",
							"信托财产已全部用于生态保护项目，剩余 0 元"))
			.expect(201)
			.json()
			.path("filing")
			.path("filingNo")
			.asText();
		CharityFlows.issueReceipt(this.port, clerk, termination);
		assertThat(CharityFlows.trustView(successor, trustNo).path("trust").path("status").asText())
			.isEqualTo("TERMINATED");
	}

	@Test
	void aReceiptNotIssuedInTimeIsEscalatedToTheBureausSupervisors() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-pc");
		String filingNo = CharityFlows.file(trustee, CharityFlows.trust("鹏城逾期审查慈善信托", 0))
			.path("filing")
			.path("filingNo")
			.asText();
		AidFlows.awaitTask(ApiSession.login(this.port, "ch-city-reviewer"), filingNo, "Task_FilingReview");
		String pi = this.jdbc.queryForObject("SELECT process_instance_id FROM charity_trust_filing WHERE filing_no = ?",
				String.class, filingNo);

		// the 7-day timer of the review fires
		this.management.executeJob(this.management.createJobQuery()
			.processInstanceId(pi)
			.activityId("BoundaryEvent_FilingReviewOverdue")
			.singleResult()
			.getId());

		ApiSession supervisor = ApiSession.login(this.port, "city-supervisor");
		AidFlows.await("the city supervisors are told of the overdue receipt", () -> {
			for (JsonNode notice : supervisor.get("/api/notifications").expect(200).json()) {
				if (notice.path("caseRef").asText().equals(filingNo)
						&& notice.path("kind").asText().equals("OVERDUE")) {
					return true;
				}
			}
			return false;
		});
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'TASK_ESCALATED'", Integer.class,
				filingNo))
			.isEqualTo(1);
		AidFlows.awaitTask(ApiSession.login(this.port, "ch-city-reviewer"), filingNo, "Task_FilingReview");
	}

	@Test
	void badTrustParticularsAreRefusedWithAStableCodeAndNothingIsStored() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-pc");
		int before = this.jdbc.queryForObject("SELECT COUNT(*) FROM charity_trust", Integer.class);
		Map<String, Object> noEvidence = new HashMap<>(CharityFlows.trust("缺凭证慈善信托", 1));
		noEvidence.put("assets", java.util.List.of(Map.of("assetType", "REAL_ESTATE", "description", "福田区某商铺",
				"valueYuan", 5000000, "transferMethod", "不动产转移登记")));
		Map<String, Object> future = new HashMap<>(CharityFlows.trust("未来慈善信托", -3));
		// value_yuan is DECIMAL(18,2): a wider value is refused, naming the field
		Map<String, Object> huge = new HashMap<>(CharityFlows.trust("巨额慈善信托", 1));
		huge.put("assets", java.util.List.of(Map.of("assetType", "CASH", "description", "货币资金", "valueYuan",
				new java.math.BigDecimal("1E+30"), "transferMethod", "转入信托财产专户")));
		JsonNode tooWide = trustee.post("/api/charity/trusts", huge).expect(400).json();
		assertThat(tooWide.path("code").asText()).isEqualTo("NUMBER_TOO_LONG");
		assertThat(tooWide.path("field").asText()).isEqualTo("assets[0].valueYuan");
		huge.put("assets", java.util.List.of(Map.of("assetType", "CASH", "description", "货币资金", "valueYuan",
				new java.math.BigDecimal("0.001"), "transferMethod", "转入信托财产专户")));
		JsonNode fraction = trustee.post("/api/charity/trusts", huge).expect(400).json();
		assertThat(fraction.path("code").asText()).isEqualTo("VALIDATION_FAILED");
		assertThat(fraction.path("field").asText()).isEqualTo("assets[0].valueYuan");
		// 20,000 settlors (1.2 MB to read back) are refused before anything is read into
		// the trust
		Map<String, Object> crowd = new HashMap<>(CharityFlows.trust("众筹慈善信托", 1));
		crowd.put("settlors", java.util.Collections.nCopies(20_000, Map.of("name", "张三", "settlorType", "PERSON")));
		JsonNode tooMany = trustee.post("/api/charity/trusts", crowd).expect(400).json();
		assertThat(tooMany.path("code").asText()).isEqualTo("TOO_MANY_ITEMS");
		assertThat(tooMany.path("field").asText()).isEqualTo("settlors");
		crowd.put("settlors", java.util.Collections.nCopies(TrustFilings.MAX_SETTLORS + 1,
				Map.of("name", "张三", "settlorType", "PERSON")));
		assertThat(trustee.post("/api/charity/trusts", crowd).expect(400).json().path("field").asText())
			.isEqualTo("settlors");

		JsonNode problem = trustee.post("/api/charity/trusts", noEvidence).expect(400).json();
		assertThat(problem.path("code").asText()).isEqualTo("TRANSFER_EVIDENCE_REQUIRED");
		assertThat(problem.path("field").asText()).isEqualTo("assets[0].transferEvidence");
		assertThat(trustee.post("/api/charity/trusts", future).expect(400).code()).isEqualTo("DATE_IN_FUTURE");
		assertThat(ApiSession.login(this.port, "ch-city-clerk")
			.post("/api/charity/trusts", CharityFlows.trust("员工代办慈善信托", 1))
			.expect(403)
			.code()).as("only trustees file, refused before the request is read").isEqualTo("ACCESS_DENIED");

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM charity_trust", Integer.class)).isEqualTo(before);
	}

	@Test
	void aPublishedReceiptVerifiesAgainstTheAuditChainAndATamperedCopyDoesNot() {
		ApiSession trustee = ApiSession.login(this.port, "ch-trustee-pc");
		ApiSession clerk = ApiSession.login(this.port, "ch-city-clerk");
		JsonNode filed = CharityFlows.file(trustee, CharityFlows.trust("鹏城救灾慈善信托", 3));
		String filingNo = filed.path("filing").path("filingNo").asText();
		CharityFlows.issueReceipt(this.port, clerk, filingNo);
		String recordNo = CharityFlows.trustView(trustee, filed.path("trustNo").asText())
			.path("records")
			.get(0)
			.path("recordNo")
			.asText();
		ApiSession anyone = ApiSession.anonymous(this.port);

		// the stored record, read and verified without signing in
		JsonNode record = anyone.get("/api/public/charity/records/" + recordNo).expect(200).json();
		assertThat(record.path("content").path("trustName").asText()).isEqualTo("鹏城救灾慈善信托");
		JsonNode verified = anyone.get("/api/public/charity/records/" + recordNo + "/verification").expect(200).json();
		assertThat(verified.path("verified").asBoolean()).isTrue();
		assertThat(verified.path("contentHash").asText()).isEqualTo(record.path("record").path("contentHash").asText());
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'CHARITY_RECORD_PUBLISHED'",
				Integer.class, recordNo))
			.isEqualTo(1);

		// an exact copy verifies, a tampered one does not
		Map<String, Object> copy = new HashMap<>();
		record.path("content").fields().forEachRemaining(e -> copy.put(e.getKey(), e.getValue().asText()));
		assertThat(clerk.post("/api/charity/records/" + recordNo + "/verification", Map.of("content", copy))
			.expect(200)
			.json()
			.path("verified")
			.asBoolean()).isTrue();
		copy.put("late", "false");
		copy.put("trustee", "深圳前湾信托有限公司");
		JsonNode tampered = clerk.post("/api/charity/records/" + recordNo + "/verification", Map.of("content", copy))
			.expect(200)
			.json();
		assertThat(tampered.path("verified").asBoolean()).isFalse();
		assertThat(tampered.path("problem").asText()).isEqualTo("CONTENT_MISMATCH");

		// and so does the stored record once someone alters it in the database
		this.jdbc.update(
				"UPDATE charity_public_record SET content = REPLACE(content, '鹏城救灾', '鹏城赈灾') WHERE record_no = ?",
				recordNo);
		assertThat(anyone.get("/api/public/charity/records/" + recordNo + "/verification")
			.expect(200)
			.json()
			.path("verified")
			.asBoolean()).isFalse();
		assertThat(anyone.get("/api/public/charity/records/NO-SUCH/verification").expect(404).code())
			.isEqualTo("RECORD_NOT_FOUND");
	}

}
