package org.minzheng.flow.socialorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.support.AidFlows.await;
import static org.minzheng.flow.support.AidFlows.awaitTask;
import static org.minzheng.flow.support.AidFlows.complete;
import static org.minzheng.flow.support.AidFlows.inboxTaskIds;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dual-mode association registered end to end by the demo users through the REST API,
 * with the refusals on the way (forbidden word, duplicate name, second supplement,
 * charter without the model charter's clauses, bad ID number).
 */
@ApplicationTest
class SocialOrgRegistrationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registersADualModeAssociationEndToEnd() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession sports = ApiSession.login(port, "so-su-sports");
		ApiSession science = ApiSession.login(port, "so-su-science");
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");
		ApiSession approver = ApiSession.login(port, "so-city-approver");

		// the clerk records the application; the name check passes at once
		JsonNode submitted = clerk
			.post("/api/socialorg/registrations",
					SocialOrgFixtures.registration("深圳市登山运动协会", "440300", "DUAL", "SO-SU-0001"))
			.expect(201)
			.json();
		String no = submitted.path("registrationNo").asText();
		assertThat(submitted.path("nameCheckNote").asText()).isEqualTo("名称可用");
		assertThat(submitted.path("legalRepName").asText()).isEqualTo("欧阳𠮷");

		// the supervisory unit consents; another unit never sees the task
		String consent = awaitTask(sports, no, SocialOrgRegistrationProcess.TASK_SUPERVISORY_CONSENT);
		assertThat(inboxTaskIds(science, no)).isEmpty();
		science.get("/api/socialorg/registrations/" + no).expect(404);
		JsonNode seenBySupervisor = sports.get("/api/socialorg/registrations/" + no).expect(200).json();
		assertThat(seenBySupervisor.path("legalRepIdNumber").asText()).contains("*");
		science.post("/api/tasks/" + consent + "/complete", Map.of("data", Map.of("consentDecision", "CONSENT")))
			.expect(404);
		complete(sports, consent, Map.of("consentDecision", "CONSENT"));

		// acceptance: one supplement request, a second is refused
		String acceptance = awaitTask(clerk, no, SocialOrgRegistrationProcess.TASK_ACCEPTANCE);
		complete(clerk, acceptance, Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "验资报告；住所使用证明"));
		clerk.post("/api/socialorg/registrations/" + no + "/supplement", Map.of("note", "已补齐")).expect(200);
		String again = awaitTask(clerk, no, SocialOrgRegistrationProcess.TASK_ACCEPTANCE);
		assertThat(clerk
			.post("/api/tasks/" + again + "/complete",
					Map.of("data", Map.of("acceptanceDecision", "SUPPLEMENT", "missingMaterials", "再补")))
			.expect(400)
			.code()).isEqualTo("SUPPLEMENT_ONCE");
		complete(clerk, again, Map.of("acceptanceDecision", "ACCEPT"));

		// first stage, two levels: the reviewer reviews the application to prepare, the
		// approver approves the preparation with reasons
		complete(reviewer, awaitTask(reviewer, no, SocialOrgRegistrationProcess.TASK_REVIEW),
				Map.of("reviewDecision", "PASS"));
		String preparation = awaitTask(approver, no, SocialOrgRegistrationProcess.TASK_PREPARATION_DECISION);
		assertThat(approver
			.post("/api/tasks/" + preparation + "/complete", Map.of("data", Map.of("preparationDecision", "APPROVE")))
			.expect(400)
			.code()).isEqualTo("OPINION_REQUIRED");
		complete(approver, preparation, Map.of("preparationDecision", "APPROVE", "opinion", "发起人和章程草案符合条件，准予筹备"));
		await(no + " preparing", () -> "PREPARING"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		JsonNode preparing = clerk.get("/api/socialorg/registrations/" + no).expect(200).json();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		LocalDate expires = LocalDate.parse(preparing.path("preparation").path("expiresOn").asText());
		// six months, moved off a holiday or weekend to the next working day
		assertThat(expires).isBetween(today.plusMonths(6), today.plusMonths(6).plusDays(10));
		assertThat(preparing.path("preparation").path("decision").asText()).isEqualTo("APPROVE");
		assertThat(preparing.path("fundsTerm").asText()).isEqualTo("ACTIVITY");
		assertThat(preparing.path("openSteps")).isEmpty();

		// the founding meeting adopted the charter: the clerk records the establishment
		// application (not with a meeting before the approval); too few members are
		// refused
		// at its review
		assertThat(clerk
			.post("/api/socialorg/registrations/" + no + "/establishment",
					SocialOrgFixtures.establishment(today.minusDays(1), 60, 0))
			.expect(400)
			.code()).isEqualTo("FOUNDING_MEETING_DATE_INVALID");
		clerk
			.post("/api/socialorg/registrations/" + no + "/establishment",
					SocialOrgFixtures.establishment(today, 12, 0))
			.expect(200);
		String establishment = awaitTask(reviewer, no, SocialOrgRegistrationProcess.TASK_ESTABLISHMENT_REVIEW);
		assertThat(reviewer
			.post("/api/tasks/" + establishment + "/complete",
					Map.of("data", Map.of("establishmentReviewDecision", "PASS")))
			.expect(400)
			.code()).isEqualTo("MEMBERS_TOO_FEW");
		complete(reviewer, establishment, Map.of("establishmentReviewDecision", "RETURN", "opinion", "会员不足 50 个"));
		await(no + " back to preparing", () -> "PREPARING"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		clerk
			.post("/api/socialorg/registrations/" + no + "/establishment",
					SocialOrgFixtures.establishment(today, 56, 3))
			.expect(200);
		assertThat(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText())
			.isEqualTo("ESTABLISHMENT_APPLIED");
		complete(reviewer, awaitTask(reviewer, no, SocialOrgRegistrationProcess.TASK_ESTABLISHMENT_REVIEW),
				Map.of("establishmentReviewDecision", "PASS"));

		// second stage's decision by the approver, with reasons
		complete(approver, awaitTask(approver, no, SocialOrgRegistrationProcess.TASK_DECISION),
				Map.of("decision", "APPROVE", "opinion", "筹备工作符合要求，章程完备，准予成立登记"));

		// certificate (async, from the legal-entity registry) and announcement
		await(no + " registered", () -> "REGISTERED"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		JsonNode registered = clerk.get("/api/socialorg/registrations/" + no).expect(200).json();
		String uscc = registered.path("uscc").asText();
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(uscc);
		assertThat(code.isCivilAffairs()).isTrue();
		assertThat(uscc).startsWith("51440300");
		assertThat(registered.path("licenceNo").asText()).isEqualTo("SZMZ-EL-" + uscc);
		assertThat(registered.path("announcedAt").isMissingNode()).isFalse();
		// the establishment decision is due 30 days after its application
		assertThat(LocalDate.parse(registered.path("decisionDeadline").asText())).isEqualTo(today.plusDays(30));
		assertThat(registered.path("preparation").path("individualMembers").asInt()).isEqualTo(56);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM so_elicence WHERE uscc = ?", Integer.class, uscc))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM so_announcement WHERE kind = 'REGISTRATION' AND case_ref = ?", Integer.class, no))
			.isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ? ORDER BY id", String.class, no))
			.contains("SOCIALORG_REGISTRATION_SUBMITTED", "SOCIALORG_NAME_CHECKED", "TASK_COMPLETED",
					"SOCIALORG_PREPARATION_APPROVED", "SOCIALORG_ESTABLISHMENT_APPLIED", "SOCIALORG_CERTIFICATE_ISSUED",
					"SOCIALORG_ANNOUNCED", "SOCIALORG_CASE_CLOSED");
		assertThat(jdbc.queryForObject("SELECT preparation_decided_by FROM so_registration WHERE registration_no = ?",
				String.class, no))
			.isEqualTo("so-city-approver");

		// the registered name is taken now
		JsonNode duplicate = clerk
			.post("/api/socialorg/registrations", SocialOrgFixtures.registration("深圳市登山运动协会", "440300", "DIRECT", null))
			.expect(201)
			.json();
		assertThat(duplicate.path("status").asText()).isEqualTo("NAME_REJECTED");
		assertThat(duplicate.path("nameCheckNote").asText()).contains("重名");
	}

	@Test
	void rejectsAForbiddenWordAtOnce() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");

		JsonNode rejected = clerk
			.post("/api/socialorg/registrations",
					SocialOrgFixtures.registration("中国深圳摄影爱好者协会", "440300", "DIRECT", null))
			.expect(201)
			.json();

		assertThat(rejected.path("status").asText()).isEqualTo("NAME_REJECTED");
		assertThat(rejected.path("nameCheckNote").asText()).contains("中国");
		assertThat(rejected.path("openSteps")).isEmpty();
	}

	@Test
	void acceptsLegitimateCompoundsOfAForbiddenWord() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");

		for (String name : java.util.List.of("深圳市拥军优属促进会", "深圳市退役军人服务协会", "深圳市警察协会")) {
			JsonNode submitted = clerk
				.post("/api/socialorg/registrations", SocialOrgFixtures.registration(name, "440300", "DIRECT", null))
				.expect(201)
				.json();
			assertThat(submitted.path("nameCheckNote").asText()).as(name).isEqualTo("名称可用");
		}
		JsonNode army = clerk
			.post("/api/socialorg/registrations",
					SocialOrgFixtures.registration("深圳市解放军后勤服务协会", "440300", "DIRECT", null))
			.expect(201)
			.json();
		assertThat(army.path("status").asText()).isEqualTo("NAME_REJECTED");
		assertThat(army.path("nameCheckNote").asText()).contains("解放军");
	}

	@Test
	void refusesAFoundationBelowItsInitialEndowmentAndRefusesEstablishmentBeforePreparation() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");
		Map<String, Object> request = SocialOrgFixtures.registration("深圳市青少年助学基金会", "440300", "DIRECT", null);
		request.put("orgType", "FOUNDATION");
		request.put("publicFundraising", true);
		request.put("capitalYuan", 3_000_000);
		String no = clerk.post("/api/socialorg/registrations", request)
			.expect(201)
			.json()
			.path("registrationNo")
			.asText();
		assertThat(clerk
			.post("/api/socialorg/registrations/" + no + "/establishment",
					SocialOrgFixtures.establishment(LocalDate.now(), 60, 0))
			.expect(409)
			.code()).isEqualTo("NOT_PREPARING");
		complete(clerk, awaitTask(clerk, no, SocialOrgRegistrationProcess.TASK_ACCEPTANCE),
				Map.of("acceptanceDecision", "ACCEPT"));

		String review = awaitTask(reviewer, no, SocialOrgRegistrationProcess.TASK_REVIEW);
		ApiSession.Response refused = reviewer.post("/api/tasks/" + review + "/complete",
				Map.of("data", Map.of("reviewDecision", "PASS")));

		// a local foundation that seeks public fundraising needs 4 million yuan
		assertThat(refused.expect(400).code()).isEqualTo("PUBLIC_ENDOWMENT_TOO_LOW");
		assertThat(refused.json().path("detail").asText()).contains("原始基金").contains("4000000");
		JsonNode view = clerk.get("/api/socialorg/registrations/" + no).expect(200).json();
		assertThat(view.path("fundsTerm").asText()).isEqualTo("ENDOWMENT");
		assertThat(view.path("publicFundraising").asBoolean()).isTrue();
	}

	@Test
	void refusesBadInputWithoutRecordingAnything() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM so_organisation", Integer.class);

		Map<String, Object> badId = SocialOrgFixtures.registration("深圳市围棋协会", "440300", "DIRECT", null);
		badId.put("legalRepIdNumber", "440304198001011230");
		Map<String, Object> noUnit = SocialOrgFixtures.registration("深圳市围棋协会", "440300", "DUAL", null);
		Map<String, Object> otherRegistrar = SocialOrgFixtures.registration("盐田区围棋协会", "440308", "DIRECT", null);

		assertThat(clerk.post("/api/socialorg/registrations", badId).expect(400).code()).isEqualTo("ID_NUMBER_INVALID");
		assertThat(clerk.post("/api/socialorg/registrations", noUnit).expect(400).code())
			.isEqualTo("UNKNOWN_SUPERVISORY_UNIT");
		assertThat(clerk.post("/api/socialorg/registrations", otherRegistrar).expect(403).code())
			.isEqualTo("NOT_REGISTRAR_CLERK");
		assertThat(clerk.post("/api/socialorg/registrations", "{\"name\": 1").status()).isEqualTo(400);
		// capital_yuan is DECIMAL(16,2): a wider amount is refused, naming the field
		Map<String, Object> hugeCapital = SocialOrgFixtures.registration("深圳市象棋协会", "440300", "DIRECT", null);
		hugeCapital.put("capitalYuan", new java.math.BigDecimal("1E+100"));
		JsonNode huge = clerk.post("/api/socialorg/registrations", hugeCapital).expect(400).json();
		assertThat(huge.path("code").asText()).isEqualTo("NUMBER_TOO_LONG");
		assertThat(huge.path("field").asText()).isEqualTo("capitalYuan");
		// within every column's digits but not this one's: the field's own rule, in its
		// words
		hugeCapital.put("capitalYuan", new java.math.BigDecimal("100000000000000.00"));
		JsonNode wide = clerk.post("/api/socialorg/registrations", hugeCapital).expect(400).json();
		assertThat(wide.path("field").asText()).isEqualTo("capitalYuan");
		assertThat(wide.path("detail").asText()).contains("活动资金");
		// a foundation says whether it seeks public fundraising; only the local scope is
		// registered here
		Map<String, Object> foundation = SocialOrgFixtures.registration("深圳市助学基金会", "440300", "DIRECT", null);
		foundation.put("orgType", "FOUNDATION");
		assertThat(clerk.post("/api/socialorg/registrations", foundation).expect(400).code())
			.isEqualTo("PUBLIC_FUNDRAISING_REQUIRED");
		Map<String, Object> national = SocialOrgFixtures.registration("深圳市围棋协会", "440300", "DIRECT", null);
		national.put("orgScope", "NATIONAL");
		assertThat(clerk.post("/api/socialorg/registrations", national).expect(400).code())
			.isEqualTo("NATIONAL_SCOPE_NOT_HERE");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM so_organisation", Integer.class)).isEqualTo(before);
	}

	@Test
	void reviewRefusesACharterWithoutTheRequiredClauses() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession reviewer = ApiSession.login(port, "so-city-reviewer");
		Map<String, Object> request = SocialOrgFixtures.registration("深圳市象棋协会", "440300", "DIRECT", null);
		request.put("charterText", "本会名称为深圳市象棋协会，住所设在深圳市。本会的宗旨是推广象棋。");
		String no = clerk.post("/api/socialorg/registrations", request)
			.expect(201)
			.json()
			.path("registrationNo")
			.asText();
		complete(clerk, awaitTask(clerk, no, SocialOrgRegistrationProcess.TASK_ACCEPTANCE),
				Map.of("acceptanceDecision", "ACCEPT"));

		String review = awaitTask(reviewer, no, SocialOrgRegistrationProcess.TASK_REVIEW);
		ApiSession.Response refused = reviewer.post("/api/tasks/" + review + "/complete",
				Map.of("data", Map.of("reviewDecision", "PASS")));

		assertThat(refused.expect(400).code()).isEqualTo("CHARTER_CLAUSES_MISSING");
		assertThat(refused.json().path("detail").asText()).contains("党的建设").contains("章程修改程序");
		assertThat(awaitTask(reviewer, no, SocialOrgRegistrationProcess.TASK_REVIEW)).isEqualTo(review);
	}

}
