package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The amounts as data and the payment roster, through the API on a database of their own:
 * the city administrators' four eyes on a new rate, the 试算 before submitting, and the
 * roster of two months (a new 低保 standard from the second, a household new, one stopped,
 * one whose member turns 60) as JSON, CSV and XLSX, exports audited, scoped by unit.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=amounts")
class AidAmountsIT {

	/**
	 * Months far ahead, so that the new standard is not in the past whenever this runs.
	 */
	static final YearMonth MARCH = YearMonth.of(2031, 3);

	static final YearMonth APRIL = YearMonth.of(2031, 4);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void householdsAndTheAprilStandard() {
		// 低保 1,500 yuan from April 2031, proposed by one administrator, approved by
		// another
		ApiSession admin = ApiSession.login(port, "city-admin");
		long id = admin
			.post("/api/aid/benefit-rates", Map.of("kind", "DIBAO_STANDARD", "effectiveFrom", "2031-04-01", "amountFen",
					150000, "documentNo", "深民规〔2031〕1号", "documentTitle", "关于调整最低生活保障标准的通知"))
			.expect(201)
			.json()
			.path("id")
			.asLong();
		ApiSession.login(port, "city-admin-2").post("/api/aid/benefit-rates/" + id + "/approve", Map.of()).expect(200);
		// 梅沙: a household with a minor (2 persons, 1,000 yuan income), paid since January
		beneficiary("440308001", "DIBAO", 100000, null, null, "2031-01-01", null, "ACTIVE", "1980-02-02", "2015-06-01");
		// 梅沙: new in April
		beneficiary("440308001", "DIBAO", 0, null, null, "2031-04-01", null, "ACTIVE", "1985-01-01");
		// 梅沙: 特困, fully dependent, in an institution; terminated with March as its last
		// month
		beneficiary("440308001", "TEKUN", 0, "FULL_CARE", "CENTRALISED", "2031-01-01", "2031-03-01", "TERMINATED",
				"1950-05-05");
		// 梅沙: turns 60 on 10 March 2031 (the supplement counts from April)
		beneficiary("440308001", "DIBAO", 50000, null, null, "2031-01-01", null, "ACTIVE", "1971-03-10");
		// 盐田街道: one person, no income
		beneficiary("440308002", "DIBAO", 0, null, null, "2031-01-01", null, "ACTIVE", "1990-09-09");
	}

	@Test
	void aRateNeedsASecondAdministratorAndNeverReachesBack() {
		ApiSession admin = ApiSession.login(port, "city-admin");
		ApiSession second = ApiSession.login(port, "city-admin-2");
		// a kind none of the roster's households falls in, so the roster's figures stay
		Map<String, Object> proposal = new HashMap<>(Map.of("kind", "SUPPLEMENT_SERIOUS_ILLNESS", "effectiveFrom",
				"2030-01-01", "basisPoints", 3500, "documentNo", "深民规〔2029〕9号", "documentTitle", "关于调整重病人员生活扶助金的通知"));
		long id = admin.post("/api/aid/benefit-rates", proposal).expect(201).json().path("id").asLong();

		assertThat(admin.post("/api/aid/benefit-rates/" + id + "/approve", Map.of()).expect(403).code())
			.isEqualTo("FOUR_EYES_REQUIRED");
		assertThat(jdbc.queryForObject("SELECT status FROM aid_benefit_rate WHERE id = ?", String.class, id))
			.isEqualTo("PROPOSED");
		assertThat(ApiSession.login(port, "yt-admin")
			.post("/api/aid/benefit-rates/" + id + "/approve", Map.of())
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		assertThat(second.post("/api/aid/benefit-rates/" + id + "/approve", Map.of("reason", "核对文件无误"))
			.expect(200)
			.json()
			.path("status")
			.asText()).isEqualTo("IN_FORCE");
		assertThat(second.post("/api/aid/benefit-rates/" + id + "/reject", Map.of("reason", "再驳回")).expect(409).code())
			.isEqualTo("RATE_DECIDED");

		// a month gone by: the payments made stand
		proposal.put("effectiveFrom", YearMonth.now().minusMonths(1).atDay(1).toString());
		assertThat(admin.post("/api/aid/benefit-rates", proposal).expect(409).code()).isEqualTo("EFFECTIVE_MONTH_PAST");
		// a rate in force is superseded by a later month only
		proposal.put("effectiveFrom", "2030-01-01");
		assertThat(admin.post("/api/aid/benefit-rates", proposal).expect(409).code()).isEqualTo("RATE_NOT_LATER");
		proposal.put("effectiveFrom", "2030-01-15");
		assertThat(admin.post("/api/aid/benefit-rates", proposal).expect(400).code())
			.isEqualTo("EFFECTIVE_MONTH_INVALID");

		proposal.put("effectiveFrom", "2030-07-01");
		long rejected = admin.post("/api/aid/benefit-rates", proposal).expect(201).json().path("id").asLong();
		assertThat(second.post("/api/aid/benefit-rates/" + rejected + "/reject", Map.of()).expect(400).code())
			.isEqualTo("FIELD_REQUIRED");
		second.post("/api/aid/benefit-rates/" + rejected + "/reject", Map.of("reason", "文号有误")).expect(200);

		assertThat(jdbc.queryForList(
				"SELECT action FROM audit_event WHERE action LIKE 'AID_RATE_%' AND summary LIKE ? ORDER BY id",
				String.class, "%#" + id + "%"))
			.containsExactly("AID_RATE_PROPOSED", "AID_RATE_APPROVED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'AID_RATE_REJECTED' AND actor = 'city-admin-2' AND reason = ?",
				Integer.class, "文号有误"))
			.isEqualTo(1);
		// read by the bureau's staff, with the document that set each rate
		JsonNode rates = ApiSession.login(port, "yt-meisha-clerk").get("/api/aid/benefit-rates").expect(200).json();
		assertThat(rates.findValuesAsText("documentNo")).contains("深民规〔2029〕9号");
	}

	@Test
	void aClerkSeesTheBreakdownPerMemberBeforeSubmitting() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		Map<String, Object> trial = Map.of("benefitType", "DIBAO", "monthlyIncomeFen", 100000, "month", "2031-03",
				"members",
				List.of(Map.of("name", "张三丰", "idNumber", AidFixtures.idNumber("440308", "19800202")), Map.of("name",
						"张小宝", "idNumber", AidFixtures.idNumber("440308", "20150601"), "severeDisability", true)));
		JsonNode breakdown = clerk.post("/api/aid/amount-trials", trial).expect(200).json();

		assertThat(breakdown.path("totalFen").asLong()).isEqualTo(173000 + 40950);
		assertThat(breakdown.path("lines").findValuesAsText("name")).contains("张**", "张**");
		assertThat(breakdown.path("lines").findValuesAsText("category")).containsExactly("DIBAO_TOP_UP", "DIBAO_TOP_UP",
				"SUPPLEMENT_SEVERE_DISABILITY");
		assertThat(breakdown.path("rates").findValuesAsText("documentNo")).contains("演示数据，非现行文件");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_household", Integer.class)).isEqualTo(5);
		// an approver is no window clerk
		assertThat(ApiSession.login(port, "yt-approver").post("/api/aid/amount-trials", trial).expect(403).status())
			.isEqualTo(403);
	}

	@Test
	void theRosterListsTheMonthWithItsChangesAndTotals() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		JsonNode march = clerk.get("/api/aid/rosters?unit=440308001&month=" + MARCH).expect(200).json();
		assertThat(march.path("totalFen").asLong()).isEqualTo(200300 + 340800 + 86500);
		assertThat(march.path("households").asInt()).isEqualTo(3);

		JsonNode april = clerk.get("/api/aid/rosters?unit=440308001&month=" + APRIL).expect(200).json();
		assertThat(april.path("rows").findValuesAsText("change")).containsExactly("CHANGED", "NEW", "STOPPED",
				"CHANGED");
		assertThat(april.path("rows").findValuesAsText("amountFen")).containsExactly("230000", "150000", "0", "130000");
		assertThat(april.path("rows").get(2).path("previousAmountFen").asLong()).isEqualTo(340800);
		assertThat(april.path("totalFen").asLong()).isEqualTo(510000);
		assertThat(april.path("persons").asInt()).isEqualTo(4);
		assertThat(april.path("rows").get(0).path("applicantId").asText()).contains("********");

		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		JsonNode district = auditor.get("/api/aid/rosters?unit=440308&month=" + APRIL).expect(200).json();
		assertThat(district.path("totalFen").asLong()).isEqualTo(510000 + 150000);
		assertThat(ApiSession.login(port, "city-auditor")
			.get("/api/aid/rosters?unit=440300&month=" + APRIL)
			.expect(200)
			.json()
			.path("totalFen")
			.asLong()).isEqualTo(660000);
	}

	@Test
	void exportsParseBackWithTheTotalsAndAreAudited() throws Exception {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession.Download csv = clerk.download("/api/aid/rosters/export.csv?unit=440308001&month=" + APRIL);
		assertThat(csv.status()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF发放名册");
		List<String[]> lines = Arrays.stream(text.substring(1).split("\r\n")).map(l -> l.split(",", -1)).toList();
		assertThat(lines.get(1)).startsWith("序号", "街道", "家庭编号");
		assertThat(lines.stream().filter(l -> l[0].equals("总计")).findFirst().orElseThrow()[8]).isEqualTo("5100.00");
		assertThat(lines.stream().filter(l -> l[0].equals("合计：低保")).findFirst().orElseThrow()[8]).isEqualTo("5100.00");
		assertThat(lines.stream().filter(l -> l.length > 9 && l[9].equals("停发")).count()).isEqualTo(1);

		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		ApiSession.Download xlsx = auditor.download("/api/aid/rosters/export.xlsx?unit=440308&month=" + APRIL);
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).contains("spreadsheetml");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheet("发放名册");
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("总计");
			assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(6600.00);
			double sum = 0;
			for (int i = 2; i < sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				if (row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					sum += row.getCell(8).getNumericCellValue();
				}
			}
			assertThat(sum).isEqualTo(6600.00);
		}

		assertThat(jdbc.queryForList(
				"SELECT actor FROM audit_event WHERE action = 'AID_ROSTER_EXPORTED' AND summary LIKE ? ORDER BY id",
				String.class, "%" + APRIL + "%"))
			.containsSubsequence("yt-meisha-clerk", "yt-auditor");
		assertThat(jdbc.queryForObject(
				"SELECT summary FROM audit_event WHERE action = 'AID_ROSTER_EXPORTED' AND actor = 'yt-auditor' "
						+ "ORDER BY id DESC LIMIT 1",
				String.class))
			.contains("XLSX", "盐田区", "共 5 行");
	}

	@Test
	void anotherStreetOrAWiderUnitIsRefused() {
		ApiSession other = ApiSession.login(port, "yt-yantian-clerk");
		assertThat(other.get("/api/aid/rosters?unit=440308001&month=" + APRIL).expect(403).code())
			.isEqualTo("ACCESS_DENIED");
		assertThat(other.download("/api/aid/rosters/export.csv?unit=440308001&month=" + APRIL).status()).isEqualTo(403);
		assertThat(other.get("/api/aid/rosters?unit=440308&month=" + APRIL).expect(403).code())
			.isEqualTo("ACCESS_DENIED");
		assertThat(ApiSession.login(port, "ft-approver")
			.get("/api/aid/rosters?unit=440308&month=" + APRIL)
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'AID_ROSTER_EXPORTED' AND actor = 'yt-yantian-clerk'",
				Integer.class))
			.isZero();
	}

	private void beneficiary(String street, String type, long income, String selfCare, String supportMode, String start,
			String end, String status, String... birthDates) {
		java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
		jdbc.update("INSERT INTO aid_household (district_code, street_code, address, created_at) VALUES (?, ?, ?, ?)",
				"440308", street, "测试路 9 号", now);
		long household = jdbc.queryForObject("SELECT MAX(id) FROM aid_household", Long.class);
		for (int i = 0; i < birthDates.length; i++) {
			String born = birthDates[i];
			jdbc.update(
					"INSERT INTO aid_member (household_id, name, id_number, birth_date, relation, hukou_status, applicant) "
							+ "VALUES (?, ?, ?, ?, ?, 'SHENZHEN_HUKOU', ?)",
					household, i == 0 ? "刘备" + household : "刘禅" + household,
					AidFixtures.idNumber("440308", born.replace("-", "")), java.sql.Date.valueOf(born),
					i == 0 ? "APPLICANT" : "CHILD", i == 0);
		}
		long applicant = jdbc.queryForObject("SELECT MIN(id) FROM aid_member WHERE household_id = ?", Long.class,
				household);
		String no = (type.equals("TEKUN") ? "TK" : "DB") + "-440308-2031-9" + String.format("%05d", household);
		jdbc.update("INSERT INTO aid_application (application_no, benefit_type, household_id, applicant_member_id, "
				+ "district_code, competent_street_code, intake_street_code, conflict_of_interest, status, submitted_by, "
				+ "submitted_at, self_care_level, support_mode, declared_income_fen) "
				+ "VALUES (?, ?, ?, ?, '440308', ?, ?, FALSE, 'APPROVED', 'yt-meisha-clerk', ?, ?, ?, ?)", no, type,
				household, applicant, street, street, now, selfCare, supportMode, income);
		long application = jdbc.queryForObject("SELECT id FROM aid_application WHERE application_no = ?", Long.class,
				no);
		jdbc.update("INSERT INTO aid_beneficiary (application_id, household_id, benefit_type, district_code, "
				+ "street_code, persons, monthly_amount_fen, self_care_level, payment_start, approved_at, approved_by, "
				+ "approving_org_unit, status, household_income_fen, support_mode, payment_end) "
				+ "VALUES (?, ?, ?, '440308', ?, ?, 0, ?, ?, ?, 'yt-meisha-approver', ?, ?, ?, ?, ?)", application,
				household, type, street, birthDates.length, selfCare, java.sql.Date.valueOf(start), now, street, status,
				income, supportMode, end == null ? null : java.sql.Date.valueOf(LocalDate.parse(end)));
	}

}
