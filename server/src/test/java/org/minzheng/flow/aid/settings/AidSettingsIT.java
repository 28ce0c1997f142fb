package org.minzheng.flow.aid.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckService;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A district's 救助参数 through the API on a database of its own: four eyes on a change, the
 * live tables written on approval and used by the next 临时救助 registration and the next
 * spot-check draw, rejection, a second approval racing the first, a change approved over
 * figures that moved since, hostile input refused with nothing changed, and who may read
 * or write.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=aid-settings")
class AidSettingsIT {

	static final String BASE = "/api/aid/settings/";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AidSpotCheckService spotChecks;

	@Test
	void aChangeApprovedByAnotherAdministratorIsUsedByTheNextRegistrationAndDraw() {
		ApiSession admin = ApiSession.login(port, "yt-admin");
		JsonNode before = admin.get(BASE + "440308").expect(200).json();
		assertThat(before.path("current").path("advanceLimitFen").asLong()).isEqualTo(500_000);
		assertThat(before.path("current").path("sharePercent").asInt()).isEqualTo(30);
		assertThat(before.path("administrator").asBoolean()).isTrue();

		JsonNode proposed = admin.post(BASE + "440308/proposals", yantian()).expect(201).json();
		long id = proposed.path("id").asLong();
		assertThat(proposed.path("status").asText()).isEqualTo("PROPOSED");
		assertThat(proposed.path("oldFigures").path("noticeThresholdFen").asLong()).isEqualTo(100_000);
		assertThat(proposed.path("newFigures").path("noticeThresholdFen").asLong()).isEqualTo(250_000);
		// one open proposal per district
		assertThat(admin.post(BASE + "440308/proposals", yantian()).expect(409).code()).isEqualTo("SETTINGS_PENDING");
		// the proposer never approves; another district's administrator learns nothing;
		// an
		// auditor only reads
		assertThat(admin.post(BASE + "440308/proposals/" + id + "/approve", Map.of()).expect(403).code())
			.isEqualTo("FOUR_EYES_REQUIRED");
		assertThat(ApiSession.login(port, "ft-admin")
			.post(BASE + "440308/proposals/" + id + "/approve", Map.of())
			.expect(404)
			.code()).isEqualTo("DISTRICT_NOT_FOUND");
		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		assertThat(auditor.post(BASE + "440308/proposals/" + id + "/approve", Map.of()).expect(403).code())
			.isEqualTo("READ_ONLY");
		assertThat(limit("advance_limit_fen")).isEqualTo(500_000);
		// the auditor sees old → new; a street's clerk sees the figures in force only
		JsonNode audited = auditor.get(BASE + "440308").expect(200).json();
		assertThat(audited.path("open").path("id").asLong()).isEqualTo(id);
		assertThat(audited.path("open").path("oldFigures").path("advanceLimitFen").asLong()).isEqualTo(500_000);
		assertThat(audited.path("administrator").asBoolean()).isFalse();
		JsonNode clerkView = ApiSession.login(port, "yt-meisha-clerk").get(BASE + "440308").expect(200).json();
		assertThat(clerkView.path("current").path("advanceLimitFen").asLong()).isEqualTo(500_000);
		assertThat(clerkView.hasNonNull("open")).isFalse();
		assertThat(clerkView.path("history")).isEmpty();

		JsonNode approved = ApiSession.login(port, "city-admin")
			.post(BASE + "440308/proposals/" + id + "/approve", Map.of("reason", "与区政府文件核对一致"))
			.expect(200)
			.json();
		assertThat(approved.path("status").asText()).isEqualTo("IN_FORCE");
		assertThat(approved.path("decidedBy").asText()).isEqualTo("city-admin");
		assertThat(ApiSession.login(port, "city-admin-2")
			.post(BASE + "440308/proposals/" + id + "/approve", Map.of())
			.expect(409)
			.code()).isEqualTo("SETTINGS_DECIDED");

		// the live tables
		assertThat(limit("advance_limit_fen")).isEqualTo(300_000);
		assertThat(limit("street_approval_limit_fen")).isEqualTo(800_000);
		assertThat(limit("notice_threshold_fen")).isEqualTo(250_000);
		assertThat(limit("expenditure_cap_fen")).isEqualTo(5_000_000);
		assertThat(jdbc.queryForObject("SELECT document_no FROM aid_temporary_limit WHERE district_code = '440308'",
				String.class))
			.isEqualTo("深盐府规〔2026〕7号");
		assertThat(jdbc.queryForList(
				"SELECT rate_basis_points FROM aid_temporary_tier WHERE district_code = '440308' ORDER BY min_shortfall_fen",
				Integer.class))
			.containsExactly(4000, 8000);
		assertThat(jdbc.queryForObject("SELECT share_percent FROM aid_spot_check_policy WHERE district_code = '440308'",
				Integer.class))
			.isEqualTo(50);
		assertThat(jdbc.queryForObject(
				"SELECT share_percent FROM aid_spot_check_policy WHERE district_code = 'DEFAULT'", Integer.class))
			.isEqualTo(30);

		// the next registration: ¥4,000 is above the new 先行救助额度 (¥3,000), ¥2,000 below
		// the
		// new 免予公示额度 (¥2,500, it was ¥1,000)
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(
				clerk.post("/api/aid/temporary", emergency(AidFixtures.idNumber("440308", "19660101"), 400_000)).code())
			.isEqualTo("ABOVE_ADVANCE_LIMIT");
		String no = clerk.post("/api/aid/temporary", emergency(AidFixtures.idNumber("440308", "19660202"), 200_000))
			.expect(201)
			.json()
			.path("caseNo")
			.asText();
		Map<String, Object> registered = jdbc
			.queryForMap("SELECT notice_required, notice_skip_reason FROM aid_temporary_case WHERE case_no = ?", no);
		assertThat(registered.get("notice_required")).isEqualTo(false);
		assertThat((String) registered.get("notice_skip_reason")).contains("2500").contains("深盐府规〔2026〕7号");
		// 支出型: a shortfall of ¥40,000 falls in the new second band (80%): ¥32,000, under
		// the
		// new cap of ¥50,000 (the old tiers and cap paid ¥28,000 capped at ¥30,000)
		String expenditure = clerk.post("/api/aid/temporary", expenditure(AidFixtures.idNumber("440308", "19660303")))
			.expect(201)
			.json()
			.path("caseNo")
			.asText();
		assertThat(jdbc.queryForObject("SELECT amount_fen FROM aid_temporary_case WHERE case_no = ?", Long.class,
				expenditure))
			.isEqualTo(3_200_000);
		// the next draw takes the new share
		spotChecks.draw("440308", YearMonth.of(2019, 1));
		assertThat(jdbc.queryForObject(
				"SELECT share_percent FROM aid_spot_check_draw WHERE district_code = '440308' AND sample_month = ?",
				Integer.class, LocalDate.of(2019, 1, 1)))
			.isEqualTo(50);

		assertThat(jdbc.queryForList(
				"SELECT action FROM audit_event WHERE action LIKE 'AID_SETTINGS_%' AND summary LIKE ? ORDER BY id",
				String.class, "%#" + id + "%"))
			.containsExactly("AID_SETTINGS_PROPOSED", "AID_SETTINGS_APPROVED");
		assertThat(jdbc.queryForObject(
				"SELECT summary FROM audit_event WHERE action = 'AID_SETTINGS_APPROVED' AND summary LIKE ?",
				String.class, "%#" + id + "%"))
			.contains("先行救助额度 5000 → 3000 元")
			.contains("抽查比例 30% → 50%");
		JsonNode history = admin.get(BASE + "440308").expect(200).json().path("history");
		assertThat(history.get(0).path("status").asText()).isEqualTo("IN_FORCE");
		assertThat(history.get(0).path("oldFigures").path("expenditureCapFen").asLong()).isEqualTo(3_000_000);
	}

	@Test
	void rejectionRacingApprovalsAndFiguresThatMovedSince() {
		ApiSession proposer = ApiSession.login(port, "ft-admin");
		ApiSession city = ApiSession.login(port, "city-admin");
		ApiSession city2 = ApiSession.login(port, "city-admin-2");
		Map<String, Object> change = yantian();
		change.put("sharePercent", 40);
		long rejected = proposer.post(BASE + "440304/proposals", change).expect(201).json().path("id").asLong();
		assertThat(city.post(BASE + "440304/proposals/" + rejected + "/reject", Map.of()).expect(400).code())
			.isEqualTo("FIELD_REQUIRED");
		assertThat(city.post(BASE + "440304/proposals/" + rejected + "/reject", Map.of("reason", "文号有误"))
			.expect(200)
			.json()
			.path("status")
			.asText()).isEqualTo("REJECTED");
		assertThat(limit("440304", "advance_limit_fen")).isEqualTo(500_000);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM aid_spot_check_policy WHERE district_code = '440304' AND share_percent = 40",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'AID_SETTINGS_REJECTED' AND actor = 'city-admin' AND reason = ?",
				Integer.class, "文号有误"))
			.isEqualTo(1);

		// two administrators approve the same change at once: one wins, the other is told
		long raced = proposer.post(BASE + "440304/proposals", change).expect(201).json().path("id").asLong();
		CompletableFuture<ApiSession.Response> first = CompletableFuture
			.supplyAsync(() -> city.post(BASE + "440304/proposals/" + raced + "/approve", Map.of()));
		CompletableFuture<ApiSession.Response> second = CompletableFuture
			.supplyAsync(() -> city2.post(BASE + "440304/proposals/" + raced + "/approve", Map.of()));
		List<Integer> statuses = new ArrayList<>(List.of(first.join().status(), second.join().status()));
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		ApiSession.Response loser = first.join().status() == 409 ? first.join() : second.join();
		assertThat(loser.code()).isEqualTo("SETTINGS_DECIDED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM aid_temporary_tier WHERE district_code = '440304' AND rate_basis_points = 8000",
				Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'AID_SETTINGS_APPROVED'" + " AND summary LIKE ?",
				Integer.class, "%#" + raced + "%"))
			.isEqualTo(1);

		// the live figures move (by another way) after a proposal: its old → new is no
		// longer
		// true, and approving it is refused
		change.put("flagMonths", 12);
		long stale = proposer.post(BASE + "440304/proposals", change).expect(201).json().path("id").asLong();
		jdbc.update("UPDATE aid_temporary_limit SET notice_threshold_fen = 120000 WHERE district_code = '440304'");
		assertThat(city2.post(BASE + "440304/proposals/" + stale + "/approve", Map.of()).expect(409).code())
			.isEqualTo("SETTINGS_STALE");
		assertThat(jdbc.queryForObject("SELECT status FROM aid_settings_change WHERE id = ?", String.class, stale))
			.isEqualTo("PROPOSED");
		assertThat(jdbc.queryForObject("SELECT flag_months FROM aid_spot_check_policy WHERE district_code = '440304'",
				Integer.class))
			.isEqualTo(6);
	}

	@Test
	void hostileInputIsRefusedWithItsCodeAndChangesNothing() {
		ApiSession admin = ApiSession.login(port, "city-admin");
		String path = BASE + "440303/proposals";
		Map<String, String> expected = new java.util.LinkedHashMap<>();
		expected.put("advanceLimitFen=-1", "SETTINGS_AMOUNT_INVALID");
		expected.put("noticeThresholdFen=100000001", "SETTINGS_AMOUNT_INVALID");
		expected.put("advanceLimitFen=900000", "ADVANCE_ABOVE_APPROVAL_LIMIT");
		expected.put("sharePercent=0", "SPOT_CHECK_SHARE_INVALID");
		expected.put("sharePercent=101", "SPOT_CHECK_SHARE_INVALID");
		expected.put("flagFindings=0", "FLAG_FINDINGS_INVALID");
		expected.put("flagMonths=25", "FLAG_MONTHS_INVALID");
		expected.put("flagMonths=0", "FLAG_MONTHS_INVALID");
		expected.put("documentNo=", "FIELD_REQUIRED");
		expected.put("reason=", "FIELD_REQUIRED");
		expected.put("expenditureCapFen=", "FIELD_REQUIRED");
		for (Map.Entry<String, String> e : expected.entrySet()) {
			String[] kv = e.getKey().split("=", 2);
			Map<String, Object> body = yantian();
			if (kv[1].isEmpty()) {
				body.remove(kv[0]);
			}
			else {
				body.put(kv[0], kv[0].endsWith("Fen") ? (Object) Long.parseLong(kv[1]) : Integer.parseInt(kv[1]));
			}
			assertThat(admin.post(path, body).expect(400).code()).as(e.getKey()).isEqualTo(e.getValue());
		}
		// tiers with a gap, an overlap, not from 0, a closed last band, a rate out of
		// range,
		// none at all
		Map<List<Map<String, Object>>, String> tiers = new java.util.LinkedHashMap<>();
		tiers.put(List.of(tier(0, 1_000_000L, 5000), tier(1_500_000, null, 6000)), "TIERS_INVALID");
		tiers.put(List.of(tier(0, 1_000_000L, 5000), tier(900_000, null, 6000)), "TIERS_INVALID");
		tiers.put(List.of(tier(100, null, 5000)), "TIERS_INVALID");
		tiers.put(List.of(tier(0, 1_000_000L, 5000)), "TIERS_INVALID");
		tiers.put(List.of(tier(0, null, 0)), "TIER_RATE_INVALID");
		tiers.put(List.of(tier(0, null, 10_001)), "TIER_RATE_INVALID");
		tiers.put(List.of(), "FIELD_REQUIRED");
		for (Map.Entry<List<Map<String, Object>>, String> e : tiers.entrySet()) {
			Map<String, Object> body = yantian();
			body.put("tiers", e.getKey());
			assertThat(admin.post(path, body).expect(400).code()).as(e.getKey().toString()).isEqualTo(e.getValue());
		}
		// a number no column holds, a word for a number, an unknown field, no body, not
		// JSON
		for (String raw : List.of(json(yantian()).replace("\"advanceLimitFen\":300000", "\"advanceLimitFen\":1e30"),
				json(yantian()).replace("\"sharePercent\":50", "\"sharePercent\":99999999999"),
				json(yantian()).replace("\"sharePercent\":50", "\"sharePercent\":\"多\""),
				json(yantian()).replace("{", "{\"salt\":\"x\","), "", "[1,2]", "{\"tiers\":{}}")) {
			ApiSession.Response refused = admin.postRaw(path, raw, "application/json");
			assertThat(refused.status()).as(raw).isEqualTo(400);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_settings_change WHERE district_code = '440303'",
				Integer.class))
			.isZero();
		assertThat(limit("440303", "advance_limit_fen")).isEqualTo(500_000);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_temporary_tier WHERE district_code = '440303'",
				Integer.class))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action LIKE 'AID_SETTINGS_%' AND org_unit_code = '440303'",
				Integer.class))
			.isZero();
	}

	@Test
	void readersAndWritersAreTheDistrictsOwn() {
		// another district's staff and administrators, and other lines, learn nothing
		for (String user : List.of("ft-admin", "ft-yuanling-clerk", "ft-approver", "yt-lottery-clerk")) {
			assertThat(ApiSession.login(port, user).get(BASE + "440308").status()).as(user).isEqualTo(404);
		}
		assertThat(ApiSession.login(port, "yt-meisha-clerk").post(BASE + "440308/proposals", yantian()).status())
			.isIn(403, 404);
		assertThat(ApiSession.login(port, "city-admin").get(BASE + "440300").expect(404).code())
			.isEqualTo("DISTRICT_NOT_FOUND");
		assertThat(ApiSession.login(port, "city-admin").get(BASE + "DEFAULT").status()).isEqualTo(404);
		// the districts one may open
		assertThat(
				ApiSession.login(port, "yt-admin").get("/api/aid/settings").expect(200).json().findValuesAsText("code"))
			.containsExactly("440308");
		assertThat(ApiSession.login(port, "yt-meisha-clerk")
			.get("/api/aid/settings")
			.expect(200)
			.json()
			.findValuesAsText("code")).containsExactly("440308");
		assertThat(ApiSession.login(port, "city-auditor")
			.get("/api/aid/settings")
			.expect(200)
			.json()
			.findValuesAsText("code")).contains("440303", "440304", "440308");
		assertThat(ApiSession.login(port, "city-auditor").get(BASE + "440308").expect(200).json().has("history"))
			.isTrue();
	}

	@Test
	void aDistrictWithoutLimitsGetsThemFromItsFirstChange() {
		jdbc.update("DELETE FROM aid_temporary_tier WHERE district_code = '440306'");
		jdbc.update("DELETE FROM aid_temporary_limit WHERE district_code = '440306'");
		ApiSession admin = ApiSession.login(port, "city-admin");
		JsonNode current = admin.get(BASE + "440306").expect(200).json().path("current");
		assertThat(current.hasNonNull("advanceLimitFen")).isFalse();
		assertThat(current.path("tiers")).isEmpty();
		long id = admin.post(BASE + "440306/proposals", yantian()).expect(201).json().path("id").asLong();
		ApiSession.login(port, "city-admin-2").post(BASE + "440306/proposals/" + id + "/approve", Map.of()).expect(200);
		assertThat(limit("440306", "advance_limit_fen")).isEqualTo(300_000);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_temporary_tier WHERE district_code = '440306'",
				Integer.class))
			.isEqualTo(2);
	}

	private long limit(String column) {
		return limit("440308", column);
	}

	private long limit(String district, String column) {
		return jdbc.queryForObject("SELECT " + column + " FROM aid_temporary_limit WHERE district_code = ?", Long.class,
				district);
	}

	/**
	 * 盐田区's new figures: lower 先行救助额度, higher 免予公示额度, two tiers, half the decisions
	 * checked.
	 */
	static Map<String, Object> yantian() {
		Map<String, Object> body = new HashMap<>();
		body.put("documentNo", "深盐府规〔2026〕7号");
		body.put("documentTitle", "盐田区临时救助实施细则（2026 年修订）");
		body.put("reason", "按区政府新细则调整额度与分档");
		body.put("advanceLimitFen", 300_000L);
		body.put("streetApprovalLimitFen", 800_000L);
		body.put("noticeThresholdFen", 250_000L);
		body.put("expenditureCapFen", 5_000_000L);
		body.put("tiers", List.of(tier(0, 2_000_000L, 4000), tier(2_000_000, null, 8000)));
		body.put("sharePercent", 50);
		body.put("flagFindings", 3);
		body.put("flagMonths", 6);
		return body;
	}

	static Map<String, Object> tier(long min, Long max, int rate) {
		Map<String, Object> tier = new HashMap<>();
		tier.put("minShortfallFen", min);
		tier.put("maxShortfallFen", max);
		tier.put("rateBasisPoints", rate);
		return tier;
	}

	private static String json(Map<String, Object> body) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, Object> emergency(String idNumber, long amountFen) {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "EMERGENCY");
		request.put("personName", "王参数");
		request.put("idNumber", idNumber);
		request.put("householdSize", 2);
		request.put("address", "梅沙街道参数路 1 号");
		request.put("eventType", "ACCIDENT");
		request.put("eventDate", LocalDate.now().minusDays(1).toString());
		request.put("eventDescription", "家中失火，衣物烧毁");
		request.put("amountFen", amountFen);
		return request;
	}

	static Map<String, Object> expenditure(String idNumber) {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "EXPENDITURE");
		request.put("personName", "李参数");
		request.put("idNumber", idNumber);
		request.put("householdSize", 3);
		request.put("address", "梅沙街道参数路 2 号");
		request.put("eventType", "MEDICAL_EXPENSES");
		request.put("eventDate", LocalDate.now().minusDays(30).toString());
		request.put("eventDescription", "子女重病，自付医疗费用高");
		request.put("householdIncomeFen", 2_000_000L);
		request.put("rigidExpenditureFen", 6_000_000L);
		return request;
	}

}
