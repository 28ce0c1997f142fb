package org.minzheng.flow.socialorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.support.AidFlows.awaitTask;
import static org.minzheng.flow.support.AidFlows.complete;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgChangeProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgDeregistrationProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Change registration and voluntary deregistration through the API. */
@ApplicationTest
class AlterationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangeOfDomicileIsRegisteredAndADualModeOrganisationDeregisters() {
		long direct = seed("变更测试协会", "DIRECT", null);
		long dual = seed("注销测试协会", "DUAL", "SO-SU-0001");
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");
		ApiSession approver = ApiSession.login(port, "so-city-approver");
		ApiSession sports = ApiSession.login(port, "so-su-sports");

		// change of domicile
		assertThat(clerk.post("/api/socialorg/organisations/" + direct + "/changes", Map.of()).expect(400).code())
			.isEqualTo("NOTHING_TO_CHANGE");
		String change = clerk
			.post("/api/socialorg/organisations/" + direct + "/changes", Map.of("domicile", "深圳市南山区科技园 9 号"))
			.expect(201)
			.json()
			.path("alterationNo")
			.asText();
		assertThat(clerk.post("/api/socialorg/organisations/" + direct + "/changes", Map.of("domicile", "又一处"))
			.expect(409)
			.code()).isEqualTo("ALTERATION_IN_PROGRESS");
		// two levels: the reviewer examines and recommends, the approver decides
		String review = awaitTask(reviewer, change, SocialOrgChangeProcess.TASK_CHANGE_REVIEW);
		assertThat(reviewer
			.post("/api/tasks/" + review + "/complete", Map.of("data", Map.of("reviewRecommendation", "APPROVE")))
			.expect(400)
			.code()).isEqualTo("OPINION_REQUIRED");
		complete(reviewer, review, Map.of("reviewRecommendation", "APPROVE", "opinion", "新住所有租赁合同，材料齐全"));
		assertThat(jdbc.queryForObject("SELECT domicile FROM so_organisation WHERE id = ?", String.class, direct))
			.isEqualTo("深圳市福田区");
		complete(approver, awaitTask(approver, change, SocialOrgChangeProcess.TASK_CHANGE_DECISION),
				Map.of("decision", "APPROVE", "opinion", "同意变更住所"));
		assertThat(jdbc.queryForObject("SELECT domicile FROM so_organisation WHERE id = ?", String.class, direct))
			.isEqualTo("深圳市南山区科技园 9 号");
		assertThat(clerk.get("/api/socialorg/alterations/" + change).expect(200).json().path("status").asText())
			.isEqualTo("CHANGED");

		// voluntary deregistration with the supervisory unit's consent
		String deregistration = clerk
			.post("/api/socialorg/organisations/" + dual + "/deregistrations",
					Map.of("liquidationReportNo", "深鹏清算〔2026〕7号"))
			.expect(201)
			.json()
			.path("alterationNo")
			.asText();
		complete(sports, awaitTask(sports, deregistration, SocialOrgDeregistrationProcess.TASK_SUPERVISORY_CONSENT),
				Map.of("consentDecision", "CONSENT"));
		complete(reviewer, awaitTask(reviewer, deregistration, SocialOrgDeregistrationProcess.TASK_LIQUIDATION_REVIEW),
				Map.of("reviewRecommendation", "APPROVE", "opinion", "清算报告载明债权债务已清理完毕"));
		assertThat(jdbc.queryForObject("SELECT status FROM so_organisation WHERE id = ?", String.class, dual))
			.isEqualTo("REGISTERED");
		complete(approver,
				awaitTask(approver, deregistration, SocialOrgDeregistrationProcess.TASK_DEREGISTRATION_DECISION),
				Map.of("decision", "APPROVE", "opinion", "准予注销"));
		assertThat(jdbc.queryForObject("SELECT status FROM so_organisation WHERE id = ?", String.class, dual))
			.isEqualTo("DEREGISTERED");
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM so_announcement WHERE kind = 'DEREGISTERED' AND case_ref = ?",
						Integer.class, deregistration))
			.isEqualTo(1);
		assertThat(clerk.post("/api/socialorg/organisations/" + dual + "/changes", Map.of("domicile", "某处"))
			.expect(409)
			.code()).isEqualTo("NOT_REGISTERED");
		ApiSession.login(port, "so-yt-clerk")
			.post("/api/socialorg/organisations/" + direct + "/changes", Map.of("domicile", "某处"))
			.expect(404);
	}

	@Test
	void theApproverRefusesAChangeWithReasons() {
		long id = seed("不予变更测试协会", "DIRECT", null);
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");
		ApiSession approver = ApiSession.login(port, "so-city-approver");
		String change = clerk.post("/api/socialorg/organisations/" + id + "/changes", Map.of("domicile", "无证明的住所"))
			.expect(201)
			.json()
			.path("alterationNo")
			.asText();
		complete(reviewer, awaitTask(reviewer, change, SocialOrgChangeProcess.TASK_CHANGE_REVIEW),
				Map.of("reviewRecommendation", "REFUSE", "opinion", "未提交新住所的产权或使用证明"));
		assertThat(org.minzheng.flow.support.AidFlows.inboxTaskIds(reviewer, change)).as("the reviewer does not decide")
			.isEmpty();
		String decision = awaitTask(approver, change, SocialOrgChangeProcess.TASK_CHANGE_DECISION);
		assertThat(approver.post("/api/tasks/" + decision + "/complete", Map.of("data", Map.of("decision", "REFUSE")))
			.expect(400)
			.code()).isEqualTo("OPINION_REQUIRED");
		complete(approver, decision, Map.of("decision", "REFUSE", "opinion", "住所证明材料不全，不予变更"));

		assertThat(clerk.get("/api/socialorg/alterations/" + change).expect(200).json().path("status").asText())
			.isEqualTo("REFUSED");
		assertThat(jdbc.queryForObject("SELECT domicile FROM so_organisation WHERE id = ?", String.class, id))
			.isEqualTo("深圳市福田区");
	}

	private long seed(String name, String mode, String unit) {
		jdbc.update(
				"INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, supervisory_unit_code, "
						+ "status, credit_state, domicile, created_at) VALUES (?, 'ASSOCIATION', ?, '440300', ?, 'REGISTERED', "
						+ "'NORMAL', '深圳市福田区', CURRENT_TIMESTAMP)",
				name, mode, unit);
		return jdbc.queryForObject("SELECT id FROM so_organisation WHERE name = ?", Long.class, name);
	}

}
