package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.aid.review.ReviewService;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckService;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's beneficiaries taken over from the old system (存量对象,
 * {@link AidBeneficiaryDemoData}) on a database of their own: every page that shows an
 * aid case opens for them as the right users although they have no process instance; the
 * roster of this month lists them with the calculator's totals; the review timer opens
 * review cases for the due ones in the streets' inboxes; last month's street decisions
 * are the population of the district's spot-check draw; a second start adds nothing.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "minzheng.test.context=legacy", "minzheng.demo.aid-beneficiaries=true" })
class AidLegacyCasesIT {

	@LocalServerPort
	int port;

	@Autowired
	PersonalDataCrypto crypto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AidBeneficiaryDemoData demo;

	@Autowired
	ReviewService reviews;

	@Autowired
	AidSpotCheckService spotChecks;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	TestClock clock;

	LocalDate anchor() {
		return jdbc.queryForObject("SELECT anchor_date FROM aid_legacy_import WHERE batch = ?", LocalDate.class,
				AidBeneficiaryDemoData.BATCH);
	}

	/** The case number of the demo household whose applicant has this name. */
	String caseOf(String applicant) {
		return jdbc.queryForObject(
				"SELECT a.application_no FROM aid_application a "
						+ "JOIN aid_member m ON m.id = a.applicant_member_id WHERE m.name = ?",
				String.class, applicant);
	}

	@Test
	void theHouseholdsAreThereOnceAsApprovedCasesWithoutProcess() {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_beneficiary", Integer.class))
			.isEqualTo(AidBeneficiaryDemoData.HOUSEHOLDS.size());
		assertThat(jdbc.queryForList("SELECT DISTINCT status FROM aid_application", String.class))
			.containsExactly("APPROVED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_application WHERE process_instance_id IS NOT NULL "
				+ "OR closed_at IS NULL OR decided_at IS NULL", Integer.class))
			.isZero();
		// 盐田: decided by the streets under the entrustment; 福田: by the district
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_application WHERE district_code = '440308' "
				+ "AND (entrustment_id IS NULL OR decided_org_unit <> competent_street_code)", Integer.class))
			.isZero();
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT decided_org_unit FROM aid_application WHERE district_code = '440304'", String.class))
			.containsExactly("440304");
		// every ID number valid (stored sealed), its birth date the member's, no two
		// alike
		List<Map<String, Object>> members = jdbc.queryForList("SELECT id_number, birth_date FROM aid_member");
		Set<String> seen = new HashSet<>();
		for (Map<String, Object> member : members) {
			String stored = (String) member.get("id_number");
			assertThat(PersonalDataCrypto.isSealed(stored)).as("sealed at rest").isTrue();
			String id = crypto.open(stored);
			assertThat(CitizenIdNumber.problem(id)).as(id).isEmpty();
			assertThat(CitizenIdNumber.of(id).birthDate())
				.isEqualTo(((java.sql.Date) member.get("birth_date")).toLocalDate());
			assertThat(seen.add(id)).as(id).isTrue();
			// sequence codes no test fixture hands out (100–999)
			assertThat(Integer.parseInt(id.substring(14, 17))).isBetween(10, 99);
		}
		// 特困 of each self-care level, 集中 and 分散
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT self_care_level FROM aid_beneficiary WHERE benefit_type = 'TEKUN'", String.class))
			.containsExactlyInAnyOrder("FULL_SELF_CARE", "PARTIAL_SELF_CARE", "FULL_CARE");
		assertThat(jdbc.queryForList("SELECT DISTINCT support_mode FROM aid_beneficiary WHERE benefit_type = 'TEKUN'",
				String.class))
			.containsExactlyInAnyOrder("CENTRALISED", "DISPERSED");

		// a restart finds the batch and adds nothing
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_beneficiary", Integer.class))
			.isEqualTo(AidBeneficiaryDemoData.HOUSEHOLDS.size());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_legacy_import", Integer.class)).isEqualTo(1);
	}

	@Test
	void everyPageOfALegacyCaseOpensForTheRightUsers() {
		String meisha = caseOf("陈桂兰");
		String futian = caseOf("彭秋菊");
		check(meisha, "yt-meisha-clerk", "yt-meisha-approver", "yt-reviewer", "yt-auditor");
		check(futian, "ft-yuanling-clerk", "ft-approver", "ft-supervisor", "city-supervisor");

		// 我发起: the clerk who registered it
		JsonNode started = ApiSession.login(port, "yt-meisha-clerk")
			.get("/api/cases/started?size=200")
			.expect(200)
			.json();
		assertThat(started.path("items").findValuesAsText("caseNo")).contains(meisha);
		// the auditor's views: the audit events of the case, the district roster
		JsonNode events = ApiSession.login(port, "yt-auditor")
			.get("/api/audit/events?caseRef=" + meisha)
			.expect(200)
			.json();
		assertThat(events.path("events").findValuesAsText("action")).contains(AidBeneficiaryDemoData.ACTION,
				"AID_BENEFICIARY_CREATED");
		// another district's staff learn nothing
		ApiSession.login(port, "ft-approver").get("/api/cases/" + meisha).expect(404);
		ApiSession.login(port, "yt-shatoujiao-clerk").get("/api/cases/" + meisha).expect(404);
	}

	private void check(String caseNo, String... users) {
		for (String user : users) {
			ApiSession session = ApiSession.login(port, user);
			JsonNode detail = session.get("/api/cases/" + caseNo).expect(200).json();
			assertThat(detail.path("summary").path("outcome").asText()).as(user).isEqualTo("APPROVED");
			assertThat(detail.path("openWork")).as(user).isEmpty();
			JsonNode timeline = session.get("/api/cases/" + caseNo + "/timeline").expect(200).json();
			assertThat(timeline.path("entries").findValuesAsText("code")).as(user)
				.contains(AidBeneficiaryDemoData.ACTION);
			JsonNode diagram = session.get("/api/cases/" + caseNo + "/diagram").expect(200).json();
			assertThat(diagram.path("legacy").asBoolean()).as(user).isTrue();
			assertThat(diagram.hasNonNull("bpmnXml")).as(user).isFalse();
			session.get("/api/cases/" + caseNo + "/print").expect(200);
			assertThat(
					session.get("/api/cases/" + caseNo + "/verification").expect(200).json().path("intact").asBoolean())
				.as(user)
				.isTrue();
			ApiSession.Download csv = session.download("/api/cases/" + caseNo + "/record.csv");
			assertThat(csv.status()).as(user).isEqualTo(200);
			assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(caseNo);
			JsonNode view = session.get("/api/aid/applications/" + caseNo).expect(200).json();
			assertThat(view.hasNonNull("processInstanceId")).as(user).isFalse();
			assertThat(view.path("applicationNo").asText()).as(user).isEqualTo(caseNo);
			JsonNode amount = session.get("/api/aid/applications/" + caseNo + "/amount").expect(200).json();
			assertThat(amount.path("current").path("totalFen").asLong()).as(user).isPositive();
			assertThat(amount.path("approved").path("totalFen").asLong()).as(user).isPositive();
			JsonNode search = session.get("/api/cases?q=" + caseNo).expect(200).json();
			assertThat(search.path("items").findValuesAsText("caseNo")).as(user).containsExactly(caseNo);
		}
	}

	@Test
	void theRosterOfThisMonthListsThemWithTheCalculatorsTotals() {
		YearMonth month = YearMonth.from(anchor());
		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		JsonNode roster = auditor.get("/api/aid/rosters?unit=440308&month=" + month).expect(200).json();
		assertThat(roster.path("households").asInt()).isEqualTo(12);
		long sum = 0;
		for (JsonNode row : roster.path("rows")) {
			long amount = row.path("amountFen").asLong();
			// each row the case's amount under the rates of the month
			assertThat(auditor
				.get("/api/aid/applications/" + row.path("applicationNo").asText() + "/amount?month=" + month)
				.expect(200)
				.json()
				.path("current")
				.path("totalFen")
				.asLong()).as(row.path("applicationNo").asText()).isEqualTo(amount);
			sum += amount;
		}
		assertThat(roster.path("totalFen").asLong()).isEqualTo(sum);
		// for the reader of the log: the demo's roster
		roster.path("rows")
			.forEach(r -> System.out.printf("roster %s %s %s %s %d %s%n", month, r.path("streetName").asText(),
					r.path("benefitLabel").asText(), r.path("applicationNo").asText(), r.path("amountFen").asLong(),
					r.path("change").asText()));
		long byType = 0;
		for (JsonNode total : roster.path("totals")) {
			byType += total.path("amountFen").asLong();
		}
		assertThat(byType).isEqualTo(sum);
		// by hand: 特困 fully dependent, 2,048 + 1,360 (demo care allowance); 低保 alone, no
		// income, severely disabled: 1,365 + 30% of it
		assertThat(amountOf(roster, caseOf("刘秀珍"))).isEqualTo(204800 + 136000);
		assertThat(amountOf(roster, caseOf("何家兴"))).isEqualTo(136500 + 40950);
		// new this month: the households decided last month; the applicant turning 60
		// this month gets the elderly supplement from now on
		List<String> fresh = new ArrayList<>();
		roster.path("rows").forEach(r -> {
			if ("NEW".equals(r.path("change").asText())) {
				fresh.add(r.path("applicationNo").asText());
			}
		});
		assertThat(fresh).containsExactlyInAnyOrder(caseOf("李淑芬"), caseOf("郑建平"), caseOf("罗永福"), caseOf("方丽华"));
		assertThat(changeOf(roster, caseOf("吴国华"))).isEqualTo("CHANGED");
		assertThat(roster.path("newCount").asLong()).isEqualTo(4);

		JsonNode futian = ApiSession.login(port, "ft-approver")
			.get("/api/aid/rosters?unit=440304&month=" + month)
			.expect(200)
			.json();
		assertThat(futian.path("households").asInt()).isEqualTo(3);
		ApiSession.Download xlsx = auditor.download("/api/aid/rosters/export.xlsx?unit=440308&month=" + month);
		assertThat(xlsx.status()).isEqualTo(200);
		ApiSession.Download csv = ApiSession.login(port, "yt-meisha-clerk")
			.download("/api/aid/rosters/export.csv?unit=440308001&month=" + month);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(caseOf("陈桂兰"));
	}

	private static long amountOf(JsonNode roster, String caseNo) {
		for (JsonNode row : roster.path("rows")) {
			if (caseNo.equals(row.path("applicationNo").asText())) {
				return row.path("amountFen").asLong();
			}
		}
		throw new AssertionError(caseNo + " not on the roster");
	}

	private static String changeOf(JsonNode roster, String caseNo) {
		for (JsonNode row : roster.path("rows")) {
			if (caseNo.equals(row.path("applicationNo").asText())) {
				return row.path("change").asText();
			}
		}
		throw new AssertionError(caseNo + " not on the roster");
	}

	@Test
	void theReviewTimerOpensReviewsForTheDueOnesInTheStreetsInbox() {
		LocalDate anchor = anchor();
		// due now (two days overdue, due today) and within days
		assertThat(nextReview("陈桂兰")).isEqualTo(anchor.minusDays(2));
		assertThat(nextReview("何家兴")).isEqualTo(anchor);
		assertThat(nextReview("吴国华")).isEqualTo(anchor.plusDays(4));
		assertThat(nextReview("谢美玲")).isEqualTo(anchor.plusDays(9));
		// the others: the next date of their cycle, after the start
		assertThat(nextReview("黄伯强")).isAfter(anchor);
		clock.stop();
		try {
			LocalDate day = LocalDate.now(clock);
			while (!calendar.isWorkingDay(day)) {
				clock.advance(Duration.ofDays(1));
				day = LocalDate.now(clock);
			}
			// the demo's start-up run may have opened today's already (AidDemoCatchUp)
			reviews.openDue();
			List<String> due = jdbc.queryForList(
					"SELECT a.application_no FROM aid_beneficiary b JOIN aid_application a ON a.id = b.application_id "
							+ "WHERE b.next_review_date <= ? ORDER BY a.application_no",
					String.class, java.sql.Date.valueOf(day));
			assertThat(due).contains(caseOf("陈桂兰"), caseOf("何家兴"));
			assertThat(jdbc.queryForList("SELECT a.application_no FROM aid_review r "
					+ "JOIN aid_beneficiary b ON b.id = r.beneficiary_id JOIN aid_application a ON a.id = b.application_id "
					+ "ORDER BY a.application_no", String.class))
				.isEqualTo(due);
			// in the inboxes of the streets' clerks
			String meishaReview = jdbc.queryForObject("SELECT r.review_no FROM aid_review r "
					+ "JOIN aid_beneficiary b ON b.id = r.beneficiary_id JOIN aid_application a ON a.id = b.application_id "
					+ "WHERE a.application_no = ?", String.class, caseOf("陈桂兰"));
			JsonNode inbox = ApiSession.login(port, "yt-meisha-clerk").get("/api/inbox?size=100").expect(200).json();
			assertThat(inbox.path("items").findValuesAsText("caseRef")).contains(meishaReview);
			JsonNode list = ApiSession.login(port, "yt-shatoujiao-clerk").get("/api/aid/reviews").expect(200).json();
			assertThat(list.findValuesAsText("streetCode")).isNotEmpty().containsOnly("440308003");
			// once: the run on the same day opens nothing more
			assertThat(reviews.openDue()).isEmpty();
		}
		finally {
			clock.run();
		}
	}

	private LocalDate nextReview(String applicant) {
		return jdbc.queryForObject(
				"SELECT b.next_review_date FROM aid_beneficiary b "
						+ "JOIN aid_application a ON a.id = b.application_id WHERE a.application_no = ?",
				LocalDate.class, caseOf(applicant));
	}

	@Test
	void lastMonthsStreetDecisionsAreTheSpotCheckPopulation() {
		YearMonth last = YearMonth.from(anchor()).minusMonths(1);
		// drawn at start by the demo's catch-up (AidDemoCatchUp) once the month's first
		// working day has come; else here
		if (jdbc.queryForObject(
				"SELECT COUNT(*) FROM aid_spot_check_draw WHERE district_code = '440308' " + "AND sample_month = ?",
				Integer.class, java.sql.Date.valueOf(last.atDay(1))) == 0) {
			spotChecks.draw("440308", last);
		}
		int opened = jdbc.queryForObject(
				"SELECT COUNT(*) FROM aid_spot_check c JOIN aid_spot_check_draw d "
						+ "ON d.id = c.draw_id WHERE d.district_code = '440308' AND d.sample_month = ?",
				Integer.class, java.sql.Date.valueOf(last.atDay(1)));
		JsonNode draws = ApiSession.login(port, "yt-supervisor").get("/api/aid/spot-checks/draws").expect(200).json();
		JsonNode draw = null;
		for (JsonNode d : draws) {
			if ("440308".equals(d.path("districtCode").asText()) && last.toString().equals(d.path("month").asText())) {
				draw = d;
			}
		}
		assertThat(draw).isNotNull();
		List<String> population = new ArrayList<>();
		draw.path("population").forEach(n -> population.add(n.asText()));
		assertThat(population).containsExactlyInAnyOrder(caseOf("李淑芬"), caseOf("郑建平"), caseOf("罗永福"), caseOf("方丽华"));
		List<String> sample = new ArrayList<>();
		draw.path("sample").forEach(n -> sample.add(n.asText()));
		assertThat(sample).isNotEmpty().hasSize(opened);
		assertThat(population).containsAll(sample);
	}

}
