package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
 * The 低保 chain end to end through the REST API as the demo users, on MariaDB: once in
 * 盐田区, which entrusted approval to its streets (the street approver decides), once in
 * 福田区, which did not (the district decides).
 */
@ApplicationTest
class AidChainIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Test
	void streetApproverApprovesWhereTheDistrictEntrustedApproval() {
		String applicantId = AidFixtures.idNumber("440308", "19580101");
		String no = runChain("440308001", "张𠮷", applicantId, "yt-meisha-clerk", "yt-meisha-reviewer",
				"yt-meisha-approver", "yt-approver");

		JsonNode view = session("yt-meisha-clerk").get("/api/aid/applications/" + no).expect(200).json();
		assertThat(view.path("status").asText()).isEqualTo("APPROVED");
		assertThat(view.path("decidedOrgUnit").asText()).isEqualTo("440308001");
		assertThat(view.path("entrustmentId").isNumber()).isTrue();
		assertThat(view.path("decisionStatement").asText()).contains("由梅沙街道办事处受盐田区民政局委托审批").contains("深盐府办〔2025〕12号");
		// both members are over 60
		assertBeneficiaryAndEnd(no, "440308001", "yt-meisha-approver", 2);
		assertThat(jdbc
			.queryForObject("SELECT m.name FROM aid_member m JOIN aid_application a ON a.applicant_member_id = m.id "
					+ "WHERE a.application_no = ?", String.class, no))
			.isEqualTo("张𠮷");
		assertNoPersonalDataInEngineTables("张𠮷", applicantId);
	}

	@Test
	void districtApproverApprovesWhereApprovalIsNotEntrusted() {
		String no = runChain("440304001", "王芳", AidFixtures.idNumber("440304", "19700505"), "ft-yuanling-clerk",
				"ft-yuanling-reviewer", "ft-approver", null);

		JsonNode view = session("ft-yuanling-clerk").get("/api/aid/applications/" + no).expect(200).json();
		assertThat(view.path("decidedOrgUnit").asText()).isEqualTo("440304");
		assertThat(view.path("entrustmentId").isMissingNode() || view.path("entrustmentId").isNull()).isTrue();
		assertThat(view.path("decisionStatement").asText()).isEqualTo("由福田区民政局审批");
		// the spouse is over 60, the applicant not
		assertBeneficiaryAndEnd(no, "440304", "ft-approver", 1);
	}

	private String runChain(String street, String name, String idNumber, String clerk, String reviewer, String approver,
			String bystanderApprover) {
		ApiSession clerkSession = session(clerk);
		JsonNode created = clerkSession.post("/api/aid/applications", AidFixtures.application(street, name, idNumber))
			.expect(201)
			.json();
		String no = created.path("applicationNo").asText();
		// the clerk who handles the case reads the name exactly as entered (4-byte
		// characters included); lists mask it
		assertThat(created.path("members").get(0).path("name").asText()).isEqualTo(name);
		// ID numbers are masked in every response, the handler's too (in full only
		// through
		// the audited reveal)
		assertThat(created.path("members").get(0).path("idNumber").asText())
			.isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		JsonNode row = clerkSession
			.get("/api/inbox?applicant=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
			.expect(200)
			.json()
			.path("items")
			.get(0);
		assertThat(row.path("caseRef").asText()).isEqualTo(no);
		assertThat(row.path("applicantName").asText()).isEqualTo(name.substring(0, 1) + "*");
		assertThat(row.path("workingDaysLeft").asInt()).as("acceptance check: 2 working days").isBetween(1, 3);
		assertThat(row.path("applicantIdNumber").asText())
			.isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		// a prefix of the family name alone finds it too (4-byte characters after the
		// prefix included)
		assertThat(clerkSession
			.get("/api/inbox?applicant="
					+ java.net.URLEncoder.encode(name.substring(0, 1), java.nio.charset.StandardCharsets.UTF_8))
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseRef")).contains(no);
		assertThat(clerkSession.get("/api/inbox?applicant=" + idNumber)
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseRef")).containsExactly(no);

		AidFlows.complete(clerkSession,
				AidFlows.awaitTask(clerkSession, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerkSession, no,
				AidFlows.awaitTask(clerkSession, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE", "opinion", "两人入户，家庭情况属实"));
		ApiSession reviewerSession = session(reviewer);
		AidFlows.complete(reviewerSession,
				AidFlows.awaitTask(reviewerSession, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));

		// seven calendar days of public notice pass without objection
		assertThat(AidFlows.view(clerkSession, no).path("status").asText()).isEqualTo("IN_NOTICE");
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);

		ApiSession approverSession = session(approver);
		String approval = AidFlows.awaitTask(approverSession, no, AidApplicationProcess.TASK_APPROVAL);
		if (bystanderApprover != null) {
			assertThat(AidFlows.inboxTaskIds(session(bystanderApprover), no)).doesNotContain(approval);
		}
		approverSession.post("/api/tasks/" + approval + "/claim", null).expect(200);
		AidFlows.complete(approverSession, approval, Map.of("approvalDecision", "APPROVE", "opinion", "符合低保条件，同意"));
		AidFlows.awaitStatus(clerkSession, no, "APPROVED");
		return no;
	}

	private void assertBeneficiaryAndEnd(String no, String approvingUnit, String approver, int overSixty) {
		Map<String, Object> beneficiary = jdbc.queryForMap("SELECT b.* FROM aid_beneficiary b JOIN aid_application a "
				+ "ON a.id = b.application_id WHERE a.application_no = ?", no);
		assertThat(beneficiary.get("approving_org_unit")).isEqualTo(approvingUnit);
		assertThat(beneficiary.get("approved_by")).isEqualTo(approver);
		assertThat(((Number) beneficiary.get("persons")).intValue()).isEqualTo(2);
		// 补差 (2 × 1,365 − 1,200 declared) + the 生活扶助金 of each member over 60 (demo rate
		// 20%)
		long monthly = 2 * 136500L - 120000L + overSixty * 27300L;
		assertThat(((Number) beneficiary.get("monthly_amount_fen")).longValue()).isEqualTo(monthly);
		assertThat(((Number) beneficiary.get("household_income_fen")).longValue()).isEqualTo(120000L);
		assertThat(jdbc.queryForObject("SELECT total_fen FROM aid_benefit_calculation WHERE application_id = ?",
				Long.class, beneficiary.get("application_id")))
			.isEqualTo(monthly);
		java.time.LocalDate paymentStart = ((java.sql.Date) beneficiary.get("payment_start")).toLocalDate();
		assertThat(paymentStart.getDayOfMonth()).isEqualTo(1);
		assertThat(paymentStart).isAfter(java.time.LocalDate.now());

		var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
		// ended, through the approval's end event (the total limit's branch ends with the
		// decision, in the same step)
		assertThat(instance.getEndTime()).isNotNull();
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(AidApplicationProcess.END_EVENT_APPROVED)
			.count()).isEqualTo(1);

		JsonNode view = session(approver).get("/api/aid/applications/" + no).expect(200).json();
		List<String> actions = view.path("history").findValuesAsText("action");
		assertThat(actions).containsSubsequence("AID_APPLICATION_SUBMITTED", "TASK_COMPLETED",
				"AID_ECONOMIC_CHECK_REQUESTED", "AID_NOTICE_PUBLISHED", "AID_APPROVAL_AUTHORITY_RESOLVED",
				"TASK_COMPLETED", "AID_BENEFICIARY_CREATED", "AID_CASE_CLOSED");
		JsonNode approval = view.path("tasks")
			.findParents("taskKey")
			.stream()
			.filter(t -> t.path("taskKey").asText().equals(AidApplicationProcess.TASK_APPROVAL))
			.findFirst()
			.orElseThrow();
		assertThat(approval.path("actor").asText()).isEqualTo(approver);
		assertThat(approval.path("actorRole").asText()).isEqualTo("APPROVER");
		assertThat(approval.path("orgUnitCode").asText()).isEqualTo(approvingUnit);
		assertThat(view.path("path").findValuesAsText("activityId")).contains(AidApplicationProcess.END_EVENT_APPROVED);

		JsonNode auditorView = session("city-auditor").get("/api/aid/applications/" + no).expect(200).json();
		assertThat(auditorView.path("members").get(0).path("name").asText()).endsWith("*");
		assertThat(auditorView.path("members").get(0).path("idNumber").asText()).contains("********");

		JsonNode verification = session("city-auditor").get("/api/audit/verify").expect(200).json();
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
	}

	/**
	 * Every text and binary column of the engine's tables, found through JDBC metadata
	 * (the same on MariaDB and H2): text columns read and searched as text, binary ones
	 * (variable values, byte arrays) read and searched for the UTF-8 bytes.
	 */
	private void assertNoPersonalDataInEngineTables(String name, String idNumber) {
		List<String[]> columns = jdbc.execute((java.sql.Connection connection) -> {
			List<String[]> found = new java.util.ArrayList<>();
			try (java.sql.ResultSet rs = connection.getMetaData()
				.getColumns(connection.getCatalog(), connection.getSchema(), "ACT%", "%")) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME");
					int type = rs.getInt("DATA_TYPE");
					String kind = switch (type) {
						case java.sql.Types.VARCHAR, java.sql.Types.CHAR, java.sql.Types.LONGVARCHAR,
								java.sql.Types.CLOB, java.sql.Types.NVARCHAR, java.sql.Types.NCHAR,
								java.sql.Types.LONGNVARCHAR ->
							"text";
						case java.sql.Types.BLOB, java.sql.Types.LONGVARBINARY, java.sql.Types.VARBINARY,
								java.sql.Types.BINARY ->
							"binary";
						default -> null;
					};
					if (table.toUpperCase(java.util.Locale.ROOT).startsWith("ACT_") && kind != null) {
						found.add(new String[] { table, rs.getString("COLUMN_NAME"), kind });
					}
				}
			}
			return found;
		});
		assertThat(columns).hasSizeGreaterThan(50);
		for (String[] column : columns) {
			String table = column[0];
			String col = column[1];
			for (String value : List.of(name, idNumber)) {
				if (column[2].equals("text")) {
					// read and searched here: on MariaDB the engine's columns are 3-byte
					// utf8, and a
					// LIKE with a 4-byte name is refused as a mix of collations
					List<String> texts = jdbc.queryForList(
							"SELECT " + col + " FROM " + table + " WHERE " + col + " IS NOT NULL", String.class);
					assertThat(texts).as("%s.%s contains personal data", table, col)
						.noneMatch(text -> text.contains(value));
				}
				else {
					byte[] needle = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
					List<byte[]> blobs = jdbc.queryForList(
							"SELECT " + col + " FROM " + table + " WHERE " + col + " IS NOT NULL", byte[].class);
					assertThat(blobs).as("%s.%s contains personal data", table, col)
						.noneMatch(bytes -> indexOf(bytes, needle) >= 0);
				}
			}
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private ApiSession session(String user) {
		return ApiSession.login(port, user);
	}

}
