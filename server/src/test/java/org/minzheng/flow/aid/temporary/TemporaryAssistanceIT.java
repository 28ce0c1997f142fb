package org.minzheng.flow.aid.temporary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The journeys of 临时救助 through the REST API as the demo users: an emergency paid from
 * 梅沙街道's reserve fund and regularised, one found not due and refunded, one left overdue,
 * an expenditure case above the street's limit decided by the district after an
 * objection, 一事一救, an unfunded payment, and who may see what.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=aid-temporary")
class TemporaryAssistanceIT {

	static final String MEISHA = "440308001";

	static final String BASE = "/api/aid/temporary";

	static final String FUND = "/api/aid/reserve-funds/" + MEISHA;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Test
	void emergencyIsPaidFromTheFundAndRegularisedAfterwards() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		long before = balance(clerk);
		JsonNode registered = clerk.post(BASE, emergency(AidFixtures.idNumber("440308", "19750505"), 200_000L))
			.expect(201)
			.json();
		String no = registered.path("caseNo").asText();
		assertThat(no).matches("LS-440308-\\d{4}-\\d{6}");
		assertThat(registered.path("status").asText()).isEqualTo("ADVANCE_PAID");
		assertThat(registered.path("paidAt").isNull()).isFalse();
		assertThat(registered.path("regularisationDue").asText()).isNotBlank();
		assertThat(balance(clerk)).isEqualTo(before - 200_000L);

		regularise(no, "PASS");
		// ¥2,000 is above the notice threshold: 7 days' notice, then the street confirms
		fireTimer(no, AidTemporaryAssistanceProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		ApiSession approver = ApiSession.login(port, "yt-meisha-approver");
		AidFlows.complete(approver, AidFlows.awaitTask(approver, no, AidTemporaryAssistanceProcess.TASK_APPROVAL),
				Map.of("approvalDecision", "APPROVE", "opinion", "情况属实，确认先行救助"));
		awaitStatus(clerk, no, "REGULARISED");

		JsonNode reconciliation = clerk
			.get(FUND + "/reconciliation?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1))
			.expect(200)
			.json();
		assertThat(reconciliation.path("balanced").asBoolean()).isTrue();
		JsonNode line = find(reconciliation.path("payments"), no);
		assertThat(line.path("regularisation").asText()).isEqualTo("已补办确认");
		assertThat(line.path("overdue").asBoolean()).isFalse();
		String csv = clerk
			.get(FUND + "/reconciliation.csv?from=" + LocalDate.now().minusDays(1) + "&to="
					+ LocalDate.now().plusDays(1))
			.expect(200)
			.body();
		assertThat(csv).contains(no).contains("已补办确认").contains("账实相符,是");
		// the case page shows the payment and the regularisation
		String record = clerk.get("/api/cases/" + no).expect(200).body();
		assertThat(record).contains("街道备用金先行支付").contains("已补办确认");
	}

	@Test
	void regularisationThatFindsTheAidNotDueRecordsTheRecoveryAndTheRefund() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk.post(BASE, emergency(AidFixtures.idNumber("440308", "19760606"), 50_000L))
			.expect(201)
			.json()
			.path("caseNo")
			.asText();
		long afterPayment = balance(clerk);
		regularise(no, "NOT_DUE");
		ApiSession approver = ApiSession.login(port, "yt-meisha-approver");
		String task = AidFlows.awaitTask(approver, no, AidTemporaryAssistanceProcess.TASK_APPROVAL);
		// small amount: no notice; a finding of not due without a recovery note is
		// refused
		assertThat(approver
			.post("/api/tasks/" + task + "/complete",
					Map.of("data", Map.of("approvalDecision", "REJECT", "opinion", "家庭存款充足，不符合条件")))
			.code()).isEqualTo("RECOVERY_NOTE_REQUIRED");
		AidFlows.complete(approver, task,
				Map.of("approvalDecision", "REJECT", "opinion", "家庭存款充足，不符合条件", "recoveryNote", "已通知本人退回 500 元"));
		awaitStatus(clerk, no, "NOT_DUE");
		JsonNode view = clerk.get(BASE + "/" + no).expect(200).json();
		assertThat(view.path("recoveryNote").asText()).isEqualTo("已通知本人退回 500 元");
		assertThat(view.path("noticeSkipReason").asText()).contains("免予公示");

		assertThat(clerk.post(BASE + "/" + no + "/refunds", Map.of("amountFen", 60_000, "reason", "多退")).code())
			.isEqualTo("REFUND_NOT_ALLOWED");
		clerk.post(BASE + "/" + no + "/refunds", Map.of("amountFen", 50_000, "reason", "本人退回现金")).expect(200);
		assertThat(balance(clerk)).isEqualTo(afterPayment + 50_000L);
	}

	@Test
	void overdueRegularisationIsFlaggedAndEscalated() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk.post(BASE, emergency(AidFixtures.idNumber("440308", "19770707"), 30_000L))
			.expect(201)
			.json()
			.path("caseNo")
			.asText();
		fireTimer(no, AidTemporaryAssistanceProcess.CATCH_EVENT_REGULARISATION_OVERDUE);
		AidFlows.await(no + " flagged overdue",
				() -> clerk.get(BASE + "/" + no).expect(200).json().path("regularisationOverdue").asBoolean());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'AID_TEMPORARY_REGULARISATION_OVERDUE'",
				Long.class, no))
			.isEqualTo(1);
		// the case itself still waits for its material
		AidFlows.awaitTask(clerk, no, AidTemporaryAssistanceProcess.TASK_REGULARISATION_MATERIAL);
	}

	@Test
	void expenditureAboveTheStreetLimitIsDecidedByTheDistrictAfterAnObjection() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		Map<String, Object> request = expenditure(AidFixtures.idNumber("440308", "19680808"));
		JsonNode registered = clerk.post(BASE, request).expect(201).json();
		String no = registered.path("caseNo").asText();
		// shortfall ¥40,000 → 70% = ¥28,000, within the cap of ¥30,000
		assertThat(registered.path("shortfallFen").asLong()).isEqualTo(4_000_000L);
		assertThat(registered.path("amountFen").asLong()).isEqualTo(2_800_000L);
		assertThat(registered.path("status").asText()).isEqualTo("REGISTERED");

		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidTemporaryAssistanceProcess.TASK_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "大病医疗支出属实"));
		awaitStatus(clerk, no, "IN_NOTICE");
		clerk.post(BASE + "/" + no + "/objections", Map.of("reason", "邻居反映其有商铺出租收入")).expect(200);
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidTemporaryAssistanceProcess.TASK_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "经核实商铺已于去年出售"));
		fireTimer(no, AidTemporaryAssistanceProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		// above the street's ¥10,000 approval limit: the district approves
		ApiSession district = ApiSession.login(port, "yt-approver");
		AidFlows.complete(district, AidFlows.awaitTask(district, no, AidTemporaryAssistanceProcess.TASK_APPROVAL),
				Map.of("approvalDecision", "APPROVE", "opinion", "同意"));
		awaitStatus(clerk, no, "PAID");
		JsonNode view = clerk.get(BASE + "/" + no).expect(200).json();
		assertThat(view.path("approvingOrgUnit").asText()).isEqualTo("440308");
		assertThat(view.path("paymentInstruction").asText()).isEqualTo("ZF-" + no);

		// 一事一救: the same person and event a second time names the first case
		ApiSession.Response second = clerk.post(BASE, request);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("ONE_EVENT_ONE_AID");
		assertThat(second.json().path("caseNo").asText()).isEqualTo(no);
	}

	@Test
	void unfundedOrOversizedPaymentsAreRefusedAndOthersSeeNothing() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(clerk.post(BASE, emergency(AidFixtures.idNumber("440308", "19790909"), 600_000L)).code())
			.isEqualTo("ABOVE_ADVANCE_LIMIT");
		ApiSession haishan = ApiSession.login(port, "yt-haishan-clerk");
		ApiSession.Response unfunded = haishan.post(BASE,
				Map.of("kind", "EMERGENCY", "personName", "无钱测", "idNumber", AidFixtures.idNumber("440308", "19810101"),
						"householdSize", 1, "address", "海山路 2 号", "eventType", "ACCIDENT", "eventDate",
						LocalDate.now().toString(), "eventDescription", "车祸", "amountFen", 10_000));
		assertThat(unfunded.status()).isEqualTo(409);
		assertThat(unfunded.code()).isEqualTo("RESERVE_FUND_INSUFFICIENT");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_temporary_case WHERE street_code = '440308004'",
				Long.class))
			.isZero();

		String no = clerk.post(BASE, emergency(AidFixtures.idNumber("440308", "19820202"), 10_000L))
			.expect(201)
			.json()
			.path("caseNo")
			.asText();
		ApiSession.login(port, "yt-yantian-clerk").get(BASE + "/" + no).expect(404);
		ApiSession.login(port, "ft-yuanling-clerk").get(BASE + "/" + no).expect(404);
		ApiSession.login(port, "yt-supervisor").get(BASE + "/" + no).expect(200);
		// the street's staff cannot top up their own fund; the district's approver can
		clerk.post(FUND + "/top-ups", Map.of("amountFen", 100, "documentNo", "x")).expect(404);
		ApiSession.login(port, "yt-meisha-approver")
			.post(FUND + "/top-ups", Map.of("amountFen", 100, "documentNo", "x"))
			.expect(403);
		ApiSession.login(port, "yt-approver")
			.post(FUND + "/top-ups", Map.of("amountFen", 100_000, "documentNo", "深盐民〔2026〕备用金 2 号"))
			.expect(200);
	}

	private void regularise(String no, String reviewDecision) {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		AidFlows.complete(clerk,
				AidFlows.awaitTask(clerk, no, AidTemporaryAssistanceProcess.TASK_REGULARISATION_MATERIAL),
				Map.of("materialDecision", "COMPLETE", "materialNote", "申请书、身份证复印件、火灾证明"));
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidTemporaryAssistanceProcess.TASK_REVIEW),
				Map.of("reviewDecision", reviewDecision, "opinion", "审核意见"));
	}

	private void fireTimer(String no, String activityId) {
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM aid_temporary_case WHERE case_no = ?",
				String.class, no);
		Job[] job = new Job[1];
		AidFlows.await("a job at " + activityId + " of " + no, () -> {
			job[0] = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
			return job[0] != null;
		});
		management.executeJob(job[0].getId());
	}

	private static void awaitStatus(ApiSession session, String no, String status) {
		AidFlows.await(no + " reaches " + status,
				() -> session.get(BASE + "/" + no).expect(200).json().path("status").asText().equals(status));
	}

	private static long balance(ApiSession session) {
		return session.get(FUND).expect(200).json().path("balanceFen").asLong();
	}

	private static JsonNode find(JsonNode lines, String no) {
		for (JsonNode line : lines) {
			if (line.path("caseNo").asText().equals(no)) {
				return line;
			}
		}
		throw new AssertionError(no + " not in the reconciliation");
	}

	static Map<String, Object> emergency(String idNumber, long amountFen) {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "EMERGENCY");
		request.put("personName", "张急难");
		request.put("idNumber", idNumber);
		request.put("householdSize", 3);
		request.put("address", "梅沙街道测试路 8 号");
		request.put("eventType", "ACCIDENT");
		request.put("eventDate", LocalDate.now().minusDays(1).toString());
		request.put("eventDescription", "家中失火，衣物家具烧毁");
		request.put("amountFen", amountFen);
		return request;
	}

	static Map<String, Object> expenditure(String idNumber) {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "EXPENDITURE");
		request.put("personName", "李支出");
		request.put("idNumber", idNumber);
		request.put("householdSize", 4);
		request.put("address", "梅沙街道测试路 9 号");
		request.put("eventType", "MEDICAL_EXPENSES");
		request.put("eventDate", LocalDate.now().minusDays(30).toString());
		request.put("eventDescription", "子女白血病治疗，自付医疗费用高");
		request.put("householdIncomeFen", 2_000_000L);
		request.put("rigidExpenditureFen", 6_000_000L);
		return request;
	}

}
