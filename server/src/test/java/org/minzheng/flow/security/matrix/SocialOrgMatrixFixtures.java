package org.minzheng.flow.security.matrix;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.socialorg.SocialOrgFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;

/**
 * Records of the socialorg line for the authorisation matrix, made through the API by the
 * registrars' demo users, at the district registrar 盐田区 (440308: so-yt-clerk,
 * so-yt-reviewer, yt-approver) and at the city's (440300: so-city-*), so that each user
 * meets them at their own registrar, at the registrar below or above theirs, or not at
 * all (other lines, other districts):
 * <ul>
 * <li>{@code SO_ORG_YT}: an association registered at 盐田区 under dual management, its
 * business supervisory unit 深圳市文化广电旅游体育局 (SO-SU-0001, so-su-sports); {@code SO_ORG_CITY}:
 * one registered directly at the city;</li>
 * <li>{@code SO_REG_YT}, {@code SO_REG_CITY}: registrations waiting at 受理 (盐田区) and at
 * the supervisory unit's consent (city, dual with SO-SU-0001);</li>
 * <li>{@code SO_ALTERATION}: a change of domicile of {@code SO_ORG_CITY} under
 * review;</li>
 * <li>{@code SO_REPORT_YT}: {@code SO_ORG_YT}'s annual report of 2023, not yet
 * submitted;</li>
 * <li>{@code SO_EXIT_BATCH}, {@code SO_EXIT_CASE}: a confirmed zombie-exit batch at 盐田区
 * and the revocation case of an organisation listed as unreachable (two returned
 * registered letters), whose hearing was asked for already;</li>
 * <li>{@code SO_SPOT_CHECK}, {@code SO_SPOT_ITEM}: a spot check at 盐田区 and its drawn
 * organisation, at the accounting firm's audit.</li>
 * </ul>
 * Every request the matrix sends for them is incomplete or comes at the wrong moment (the
 * hearing was asked for, the batch confirmed), so nothing changes.
 */
class SocialOrgMatrixFixtures implements MatrixFixtures {

	static final String DISTRICT = "440308";

	static final String CITY = "440300";

	static final String SPORTS = "SO-SU-0001";

	/** A report year no other test opens a campaign for. */
	static final int REPORT_YEAR = 2023;

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		ApiSession districtClerk = setup.as("so-yt-clerk");
		ApiSession districtApprover = setup.as("yt-approver");
		ApiSession districtSupervisor = setup.as("yt-supervisor");
		ApiSession cityClerk = setup.as("so-city-clerk");

		long district = organisationOf(setup, register(setup, "盐田区矩阵登山协会", DISTRICT, SPORTS));
		long city = organisationOf(setup, register(setup, "深圳市矩阵围棋协会", CITY, null));
		long unreachable = organisationOf(setup, register(setup, "盐田区矩阵失联协会", DISTRICT, null));
		ids.put("SO_ORG_YT", Long.toString(district));
		ids.put("SO_ORG_CITY", Long.toString(city));
		ids.put("SO_REG_YT", submit(districtClerk, "盐田区矩阵太极拳协会", DISTRICT, null));
		ids.put("SO_REG_CITY", submit(cityClerk, "深圳市矩阵足球协会", CITY, SPORTS));

		ids.put("SO_ALTERATION",
				cityClerk.post("/api/socialorg/organisations/" + city + "/changes", Map.of("domicile", "深圳市福田区矩阵路 1 号"))
					.expect(201)
					.json()
					.path("alterationNo")
					.asText());

		// two registered letters came back: unreachable, so a zombie-exit candidate
		String letters = "/api/socialorg/organisations/" + unreachable + "/returned-letters";
		districtClerk.post(letters, Map.of("trackingNo", "MX0001", "sentOn", today.minusDays(20).toString(),
				"returnedOn", today.minusDays(12).toString()))
			.expect(200);
		districtClerk.post(letters, Map.of("trackingNo", "MX0002", "sentOn", today.minusDays(10).toString(),
				"returnedOn", today.minusDays(2).toString()))
			.expect(200);
		// which opens a listing case: proposed, answered, decided by the approver
		String listing = MatrixFlows.jdbc(setup)
			.queryForObject("SELECT listing_no FROM so_credit_listing WHERE organisation_id = ?", String.class,
					unreachable);
		MatrixFlows.complete(setup, setup.as("so-yt-reviewer"), listing, SocialOrgCreditListingProcess.TASK_PROPOSAL,
				Map.of("proposal", "LIST", "opinion", "两封挂号信均被退回"));
		AidFlows.await(listing + " notified",
				() -> districtClerk
					.post("/api/socialorg/credit-listings/" + listing + "/statement", Map.of("text", "无异议"))
					.status() == 200);
		MatrixFlows.complete(setup, districtApprover, listing, SocialOrgCreditListingProcess.TASK_DECISION,
				Map.of("decision", "LIST", "documentNo", "深盐民信〔2026〕1号", "opinion", "住所无法联系，列入活动异常名录"));
		ids.put("SO_LISTING_YT", listing);
		JsonNode batch = districtApprover.post("/api/socialorg/exit-batches", Map.of("registrarCode", DISTRICT))
			.expect(201)
			.json();
		String batchNo = batch.path("batchNo").asText();
		String caseNo = null;
		for (JsonNode candidate : batch.path("candidates")) {
			if (candidate.path("organisationId").asLong() == unreachable) {
				caseNo = candidate.path("caseNo").asText();
			}
		}
		districtApprover.post("/api/socialorg/exit-batches/" + batchNo + "/confirmation", null).expect(200);
		requestHearing(districtClerk, caseNo);
		ids.put("SO_EXIT_BATCH", batchNo);
		ids.put("SO_EXIT_CASE", caseNo);

		districtSupervisor
			.post("/api/socialorg/annual-campaigns", Map.of("registrarCode", DISTRICT, "year", REPORT_YEAR, "deadline",
					today.plusDays(30).toString(), "reminderDaysBefore", 15))
			.expect(201);
		String report = "SO-AR-%s-%d-%06d".formatted(DISTRICT, REPORT_YEAR, district);
		districtClerk.get("/api/socialorg/annual-reports/" + report).expect(200);
		ids.put("SO_REPORT_YT", report);

		JsonNode check = districtSupervisor
			.post("/api/socialorg/spot-checks", Map.of("registrarCode", DISTRICT, "title", "矩阵双随机抽查", "sampleSize", 1,
					"inspectorCount", 1, "accountingFirmCode", "SO-AF-0001"))
			.expect(201)
			.json();
		ids.put("SO_SPOT_CHECK", check.path("checkNo").asText());
		ids.put("SO_SPOT_ITEM", check.path("items").get(0).path("itemNo").asText());
		return ids;
	}

	/**
	 * Files an association's registration at the registrar (440300 or 440308) and takes
	 * it through the chain (the supervisory unit's consent where dual, acceptance,
	 * review, approval to prepare, establishment application and review, decision) until
	 * the organisation is registered; returns the registration's number.
	 */
	static String register(Setup setup, String name, String registrar, String supervisoryUnit) {
		boolean city = CITY.equals(registrar);
		ApiSession clerk = setup.as(city ? "so-city-clerk" : "so-yt-clerk");
		String no = submit(clerk, name, registrar, supervisoryUnit);
		if (supervisoryUnit != null) {
			if (!SPORTS.equals(supervisoryUnit)) {
				throw new IllegalArgumentException("no demo user of " + supervisoryUnit + " in the fixtures");
			}
			MatrixFlows.complete(setup, setup.as("so-su-sports"), no,
					SocialOrgRegistrationProcess.TASK_SUPERVISORY_CONSENT, Map.of("consentDecision", "CONSENT"));
		}
		MatrixFlows.complete(setup, clerk, no, SocialOrgRegistrationProcess.TASK_ACCEPTANCE,
				Map.of("acceptanceDecision", "ACCEPT"));
		ApiSession reviewer = setup.as(city ? "so-city-reviewer" : "so-yt-reviewer");
		ApiSession approver = setup.as(city ? "so-city-approver" : "yt-approver");
		MatrixFlows.complete(setup, reviewer, no, SocialOrgRegistrationProcess.TASK_REVIEW,
				Map.of("reviewDecision", "PASS"));
		// an association: approval to prepare, the establishment application, its review
		MatrixFlows.complete(setup, approver, no, SocialOrgRegistrationProcess.TASK_PREPARATION_DECISION,
				Map.of("preparationDecision", "APPROVE", "opinion", "准予筹备"));
		AidFlows.await(no + " preparing", () -> "PREPARING"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		clerk
			.post("/api/socialorg/registrations/" + no + "/establishment",
					SocialOrgFixtures.establishment(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 60,
							0))
			.expect(200);
		MatrixFlows.complete(setup, reviewer, no, SocialOrgRegistrationProcess.TASK_ESTABLISHMENT_REVIEW,
				Map.of("establishmentReviewDecision", "PASS"));
		MatrixFlows.complete(setup, approver, no, SocialOrgRegistrationProcess.TASK_DECISION,
				Map.of("decision", "APPROVE", "opinion", "准予成立登记"));
		AidFlows.await(no + " registered", () -> "REGISTERED"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		return no;
	}

	/** The organisation a registration registers. */
	static long organisationOf(Setup setup, String registrationNo) {
		return MatrixFlows.jdbc(setup)
			.queryForObject("SELECT organisation_id FROM so_registration WHERE registration_no = ?", Long.class,
					registrationNo);
	}

	private static String submit(ApiSession clerk, String name, String registrar, String supervisoryUnit) {
		return clerk
			.post("/api/socialorg/registrations",
					SocialOrgFixtures.registration(name, registrar, supervisoryUnit == null ? "DIRECT" : "DUAL",
							supervisoryUnit))
			.expect(201)
			.json()
			.path("registrationNo")
			.asText();
	}

	/**
	 * Asks for the hearing once the case waits for it (its notice is served by a job,
	 * after the other candidates' of the batch).
	 */
	private static void requestHearing(ApiSession clerk, String caseNo) {
		Instant until = Instant.now().plus(Duration.ofMinutes(4));
		while (true) {
			ApiSession.Response response = clerk.post("/api/socialorg/exit-cases/" + caseNo + "/hearing-request",
					Map.of("note", "当事人来电申请听证"));
			if (response.status() == 200) {
				return;
			}
			if (response.status() != 409 || Instant.now().isAfter(until)) {
				throw new AssertionError(
						"no hearing for " + caseNo + ": HTTP " + response.status() + " " + response.body());
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
