package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * Bad input gets a 400 ProblemDetail with a stable code and the field, and changes
 * nothing.
 */
@ApplicationTest
class BadInputIT {

	static final List<String> TABLES = List.of("aid_application", "aid_member", "aid_household", "audit_event",
			"work_item", "task_record", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_HI_PROCINST");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void malformedJsonIsRefused() {
		rejected("MALFORMED_JSON", null,
				s -> s.postRaw("/api/aid/applications", "{\"benefitType\": \"DIBAO\",", "application/json"));
	}

	@Test
	void wrongTypesAreRefusedWithTheField() {
		Map<String, Object> body = valid();
		body.put("conflictOfInterest", "vielleicht");
		rejected("WRONG_TYPE", "conflictOfInterest", s -> s.post("/api/aid/applications", body));
		Map<String, Object> unknownBenefit = valid();
		unknownBenefit.put("benefitType", "GOLD");
		rejected("WRONG_TYPE", "benefitType", s -> s.post("/api/aid/applications", unknownBenefit));
	}

	@Test
	void anInvalidIdCheckDigitIsRefused() {
		String valid = AidFixtures.idNumber("440308", "19800101");
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		Map<String, Object> body = new HashMap<>(
				AidFixtures.application("440308001", "孙丽", valid.substring(0, 17) + wrong));
		rejected("ID_CHECK_DIGIT", "members[0].idNumber", s -> s.post("/api/aid/applications", body));
	}

	@Test
	void anImpossibleBirthDateIsRefused() {
		Map<String, Object> body = new HashMap<>(
				AidFixtures.application("440308001", "孙丽", AidFixtures.withCheckDigit("44030819800230123")));
		rejected("ID_BIRTH_DATE", "members[0].idNumber", s -> s.post("/api/aid/applications", body));
	}

	@Test
	void anUnknownStreetIsRefused() {
		Map<String, Object> body = valid();
		body.put("competentStreetCode", "440308999");
		rejected("UNKNOWN_STREET", "competentStreetCode", s -> s.post("/api/aid/applications", body));
	}

	@Test
	void oversizedStringsAreRefused() {
		Map<String, Object> body = valid();
		body.put("address", "长".repeat(301));
		rejected("VALIDATION_FAILED", "address", s -> s.post("/api/aid/applications", body));
		Map<String, Object> longName = new HashMap<>(
				AidFixtures.application("440308001", "名".repeat(51), AidFixtures.idNumber("440308", "19800101")));
		rejected("VALIDATION_FAILED", "members[0].name", s -> s.post("/api/aid/applications", longName));
	}

	@Test
	void missingAndUnknownFieldsAreRefused() {
		Map<String, Object> body = valid();
		body.remove("members");
		rejected("VALIDATION_FAILED", "members", s -> s.post("/api/aid/applications", body));
		Map<String, Object> extra = valid();
		extra.put("salary", 100);
		rejected("UNKNOWN_FIELD", "salary", s -> s.post("/api/aid/applications", extra));
	}

	@Test
	void taskFormDataIsCheckedAgainstTheForm() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk.post("/api/aid/applications", valid()).expect(201).json().path("applicationNo").asText();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		rejected("INVALID_OPTION", "acceptanceDecision",
				s -> s.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("acceptanceDecision", "MAYBE"))));
		rejected("FIELD_REQUIRED", "acceptanceDecision",
				s -> s.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of())));
		rejected("UNKNOWN_FIELD", "salary", s -> s.post("/api/tasks/" + task + "/complete",
				Map.of("data", Map.of("acceptanceDecision", "ACCEPT", "salary", "1"))));
		rejected("FIELD_TOO_LONG", "opinion", s -> s.post("/api/tasks/" + task + "/complete",
				Map.of("data", Map.of("acceptanceDecision", "REJECT", "opinion", "理".repeat(501)))));
		rejected("FIELD_REQUIRED", "opinion", s -> s.post("/api/tasks/" + task + "/complete",
				Map.of("data", Map.of("acceptanceDecision", "REJECT"))));
		rejected("FIELD_NOT_APPLICABLE", "missingMaterials", s -> s.post("/api/tasks/" + task + "/complete",
				Map.of("data", Map.of("acceptanceDecision", "ACCEPT", "missingMaterials", "户口本"))));
		rejected("WRONG_TYPE", "acceptanceDecision", s -> s.post("/api/tasks/" + task + "/complete",
				Map.of("data", Map.of("acceptanceDecision", List.of("ACCEPT")))));
		// the refusal names the field in the reader's language: the form's own English
		// label
		assertThat(ApiSession.login(port, "yt-meisha-clerk")
			.language("en")
			.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of()))
			.expect(400)
			.json()
			.path("detail")
			.asText()).isEqualTo("Please fill in: Acceptance decision");
		assertThat(clerk.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of()))
			.expect(400)
			.json()
			.path("detail")
			.asText()).isEqualTo("请填写：受理审查结论");
		// the task is still open and unclaimed after all of that
		assertThat(clerk.get("/api/tasks/" + task).expect(200).json().path("task").path("assignee").isMissingNode())
			.isTrue();
	}

	@Test
	void badPagingIsRefused() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(clerk.get("/api/inbox?size=100000").expect(400).code()).isEqualTo("PAGE_SIZE");
		// page × size beyond an int: refused before the offset is computed
		ApiSession.Response overflow = clerk.get("/api/inbox?page=10737419&size=200").expect(400);
		assertThat(overflow.code()).isEqualTo("PAGE_NUMBER");
		assertThat(overflow.json().path("field").asText()).isEqualTo("page");
		assertThat(clerk.get("/api/inbox/done?page=-1").expect(400).code()).isEqualTo("PAGE_NUMBER");
		assertThat(clerk.get("/api/cases/started?size=0").expect(400).code()).isEqualTo("PAGE_SIZE");
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		ApiSession.Response overdue = supervisor.get("/api/supervision/overdue?page=10737419&size=200").expect(400);
		assertThat(overdue.code()).isEqualTo("PAGE_NUMBER");
		assertThat(overdue.json().path("detail").asText()).isEqualTo("页码须在 0 到 100000 之间");
		assertThat(supervisor.get("/api/supervision/overdue?size=201").expect(400).code()).isEqualTo("PAGE_SIZE");
		assertThat(supervisor.get("/api/supervision/overdue?page=100000&size=200").expect(200).json().size()).isZero();
		assertThat(ApiSession.login(port, "yt-auditor").get("/api/cases?page=10737419&size=200").expect(400).code())
			.isEqualTo("PAGE_NUMBER");
		assertThat(clerk.get("/api/inbox?due=LATE").expect(400).code()).isEqualTo("WRONG_TYPE");
		assertThat(clerk.get("/api/inbox?applicant=4403081980").expect(400).code()).isEqualTo("ID_INVALID");
	}

	/**
	 * The values the issue found stored: text with a lone surrogate, NUL, a right-to-left
	 * override or only U+3000; a fraction for a whole number of fen. Each is refused with
	 * its rule's code, naming the field, and changes nothing.
	 */
	@Test
	void hostileTextAndFractionsAreRefused() throws Exception {
		String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(valid());
		Map<String, String> cases = Map.of("周\\ud800", "TEXT_INVALID_CHARACTER", "周\\u0000杰", "TEXT_CONTROL_CHARACTER",
				"周\\u202E杰", "TEXT_BIDI_CONTROL", "\\u3000\\u3000", "TEXT_BLANK");
		cases.forEach((name, code) -> rejected(code, "members[0].name",
				s -> s.postRaw("/api/aid/applications", body.replace("周杰", name), "application/json")));
		Map<String, Object> fraction = valid();
		fraction.put("declaration", Map.of("monthlyIncomeFen", 1.5, "financialAssetsFen", 0, "vehicles", 0,
				"otherProperties", 0, "signed", true));
		rejected("WRONG_TYPE", "declaration.monthlyIncomeFen", s -> s.post("/api/aid/applications", fraction));
		// NFC: the same name typed with a combining mark is stored composed
		Map<String, Object> composed = new HashMap<>(
				AidFixtures.application("440308001", "Jose\u0301", AidFixtures.idNumber("440308", "19750607")));
		String no = ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/aid/applications", composed)
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		assertThat(jdbc.queryForObject("SELECT m.name FROM aid_application a JOIN aid_member m "
				+ "ON m.id = a.applicant_member_id WHERE a.application_no = ?", String.class, no))
			.isEqualTo("Jos\u00e9");
	}

	/** Query parameters obey the same rules as bodies. */
	@Test
	void hostileQueryValuesAreRefused() {
		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		ApiSession.Response bidi = auditor.get("/api/cases?q=%E2%80%AE%E5%91%A8").expect(400);
		assertThat(bidi.code()).isEqualTo("TEXT_BIDI_CONTROL");
		assertThat(bidi.json().path("field").asText()).isEqualTo("q");
		assertThat(auditor.get("/api/cases?q=%00").expect(400).code()).isEqualTo("TEXT_CONTROL_CHARACTER");
		ApiSession.Response far = auditor.get("/api/cases?from=%2B999999999-12-31").expect(400);
		assertThat(far.code()).isEqualTo("DATE_OUT_OF_RANGE");
		assertThat(far.json().path("field").asText()).isEqualTo("from");
		assertThat(auditor.get("/api/cases?to=2026-13-45").expect(400).code()).isEqualTo("WRONG_TYPE");
		assertThat(auditor.get("/api/cases?from=2026-01-01&to=2026-12-31").expect(200).json().has("items")).isTrue();
	}

	/**
	 * A lottery site of 1E-10 m² was stored as 0.00, a lease to the year 999999999 taken.
	 */
	@Test
	void lotterySitesHaveRealAreasAndDates() {
		ApiSession clerk = ApiSession.login(port, "yt-lottery-clerk");
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM lottery_application", Integer.class);
		Map<String, Object> tiny = org.minzheng.flow.support.LotteryFlows.application("440308-01", "钱小",
				"440308198501011234", 22.61, 114.30);
		tiny.put("siteAreaM2", new java.math.BigDecimal("1E-10"));
		ApiSession.Response area = clerk.post("/api/lottery/applications", tiny).expect(400);
		assertThat(area.code()).isEqualTo("NUMBER_TOO_LONG");
		assertThat(area.json().path("field").asText()).isEqualTo("siteAreaM2");
		tiny.put("siteAreaM2", new java.math.BigDecimal("0.001"));
		assertThat(clerk.post("/api/lottery/applications", tiny).expect(400).json().path("field").asText())
			.isEqualTo("siteAreaM2");
		tiny.put("siteAreaM2", 25);
		tiny.put("leaseUntil", "+999999999-12-31");
		ApiSession.Response lease = clerk.post("/api/lottery/applications", tiny).expect(400);
		assertThat(lease.code()).isEqualTo("DATE_OUT_OF_RANGE");
		assertThat(lease.json().path("field").asText()).isEqualTo("leaseUntil");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lottery_application", Integer.class)).isEqualTo(before);
	}

	private Map<String, Object> valid() {
		return new HashMap<>(AidFixtures.application("440308001", "周杰", AidFixtures.idNumber("440308", "19750606")));
	}

	private void rejected(String code, String field, Function<ApiSession, ApiSession.Response> request) {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		Map<String, Integer> before = counts();
		ApiSession.Response response = request.apply(clerk);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.code()).as(response.body()).isEqualTo(code);
		if (field != null) {
			assertThat(response.json().path("field").asText()).isEqualTo(field);
		}
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new HashMap<>();
		TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)));
		return counts;
	}

}
