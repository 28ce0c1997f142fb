package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The end of an entrustment takes effect on the street approver's next request: an
 * approval waiting at the street goes back to the district at once.
 */
@ApplicationTest
class EntrustmentEndIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ManagementService management;

	@Test
	void revokingAnEntrustmentTakesTheStreetsOpenApprovalBackToTheDistrict() {
		// given: 福田区 entrusts 南园街道 with its 低保 decisions, and a 南园 case waits for
		// approval there
		ExtraUsers.ensure(jdbc, encoder, "ee-nanyuan-approver", "aid", "APPROVER", "440304002");
		ApiSession admin = ApiSession.login(port, "ft-admin");
		long entrustment = admin
			.post("/api/aid/entrustments",
					Map.of("districtCode", "440304", "benefitType", "DIBAO", "allStreets", false, "streets",
							java.util.List.of("440304002"), "documentNo", "福民委〔2026〕9号", "effectiveFrom", "2026-01-01"))
			.expect(201)
			.json()
			.path("id")
			.asLong();
		ApiSession clerk = ApiSession.login(port, "ft-nanyuan-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440304002", "收回测", AidFixtures.idNumber("440304", "19660606")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE", "opinion", "入户核实"));
		ApiSession reviewer = ApiSession.login(port, "ft-nanyuan-reviewer");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW),
				Map.of("reviewDecision", "PASS", "opinion", "同意公示"));
		AidFlows.fireTimer(management, jdbc, no, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		ApiSession streetApprover = ApiSession.login(port, "ee-nanyuan-approver");
		String atStreet = AidFlows.awaitTask(streetApprover, no, AidApplicationProcess.TASK_APPROVAL);
		streetApprover.post("/api/tasks/" + atStreet + "/claim", null).expect(200);

		// when: the district takes the entrustment back
		admin.post("/api/aid/entrustments/" + entrustment + "/revoke", Map.of("reason", "收回审批权")).expect(200);

		// then: the street approver's open session loses the approval on its next request
		assertThat(streetApprover
			.post("/api/tasks/" + atStreet + "/complete",
					Map.of("data", Map.of("approvalDecision", "APPROVE", "opinion", "同意")))
			.status()).isIn(404, 409);
		assertThat(AidFlows.inboxTaskIds(streetApprover, no)).isEmpty();
		// and the district's approver has it, offered to the district
		ApiSession district = ApiSession.login(port, "ft-approver");
		String atDistrict = AidFlows.awaitTask(district, no, AidApplicationProcess.TASK_APPROVAL);
		assertThat(
				jdbc.queryForList("SELECT group_id FROM work_item_group WHERE task_id = ?", String.class, atDistrict))
			.containsExactly("aid-approver@440304");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'AID_APPROVAL_TAKEN_BACK'",
				Integer.class, no))
			.isEqualTo(1);
		district.post("/api/tasks/" + atDistrict + "/claim", null).expect(200);
		AidFlows.complete(district, atDistrict, Map.of("approvalDecision", "APPROVE", "opinion", "符合条件，同意"));
		AidFlows.awaitStatus(clerk, no, "APPROVED");
	}

}
