package org.minzheng.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.CaseFilings;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One case in each of the five chains, found and read through the one case module as the
 * city auditor: search, detail, timeline, diagram, CSV and print, each the same shape for
 * every chain; and kept from readers of another line or unit.
 */
@ApplicationTest
// a database of their own: they open a cemetery campaign, which the cemetery ITs open
// themselves
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=cases")
class CaseModuleIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.minzheng.flow.shared.PersonalDataCrypto crypto;

	@Autowired
	CaseIndex index;

	@Test
	void everyChainsCaseIsFoundReadAndExportedTheSameWay() {
		Map<String, String> cases = CaseFilings.oneInEachChain(port, jdbc);
		ApiSession auditor = ApiSession.login(port, "city-auditor");

		for (Map.Entry<String, String> c : cases.entrySet()) {
			String line = c.getKey();
			String no = c.getValue();
			// found by number through the one search, in its line
			JsonNode page = auditor.get("/api/cases?q=" + no).expect(200).json();
			assertThat(page.path("total").asLong()).as("search finds %s", no).isOne();
			JsonNode row = page.path("items").get(0);
			assertThat(row.path("caseNo").asText()).isEqualTo(no);
			assertThat(row.path("line").asText()).isEqualTo(line);
			assertThat(row.path("kindLabel").asText()).as("kind label of %s", no).isNotBlank().doesNotContain("_");
			assertThat(row.path("statusLabel").asText()).isNotBlank();
			if (!line.equals("cemetery")) {
				assertThat(row.path("outcome").asText()).isEqualTo("OPEN");
			}
			assertThat(row.path("unitName").asText()).isNotBlank();
			shape(Cases.CaseRow.class, row, "search row of " + no, "caseNo", "line", "kind", "kindLabel", "title",
					"status", "statusLabel", "outcome", "outcomeLabel", "unitName", "startedAt");
			assertThat(auditor.get("/api/cases?line=" + line + "&q=" + no).expect(200).json().path("total").asLong())
				.isOne();

			// the case page, its timeline, its diagram
			JsonNode detail = auditor.get("/api/cases/" + no).expect(200).json();
			assertThat(detail.path("summary").path("caseNo").asText()).isEqualTo(no);
			assertThat(detail.path("sections").size()).as("facts of %s", no).isPositive();
			assertThat(detail.path("handling").asBoolean()).as("the auditor does not handle %s", no).isFalse();
			shape(Cases.CaseDetail.class, detail, "detail of " + no, "summary", "sections", "openWork", "attachments",
					"handling");

			JsonNode timeline = auditor.get("/api/cases/" + no + "/timeline").expect(200).json();
			assertThat(timeline.path("entries").size()).as("timeline of %s", no).isPositive();
			for (JsonNode entry : timeline.path("entries")) {
				assertThat(entry.path("actorName").asText()).as("a person's name, not a login id, in %s", no)
					.doesNotMatch("[a-z0-9-]+");
				assertThat(entry.path("action").asText()).isNotBlank();
				shape(Cases.TimelineEntry.class, entry, "timeline entry of " + no, "at", "type", "actorName",
						"roleLabel", "action");
			}

			JsonNode diagram = auditor.get("/api/cases/" + no + "/diagram").expect(200).json();
			assertThat(diagram.path("bpmnXml").asText()).contains("bpmn:definitions");
			assertThat(diagram.path("activeActivityIds").size() + diagram.path("completedActivityIds").size())
				.as("the path taken in %s", no)
				.isPositive();

			// exported: CSV in Chinese with Beijing times, and the print record
			ApiSession.Response csv = auditor.get("/api/cases/" + no + "/record.csv").expect(200);
			assertThat(csv.header("Content-Type")).startsWith("text/csv");
			assertThat(csv.body()).startsWith("\uFEFF项目,内容").contains("案件编号," + no).contains("时间,办理人,角色,单位");
			assertThat(csv.body()).containsPattern("登记时间,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
			assertThat(csv.body()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");

			JsonNode print = auditor.get("/api/cases/" + no + "/print").expect(200).json();
			assertThat(print.path("summary").path("caseNo").asText()).isEqualTo(no);
			assertThat(print.path("printedBy").asText()).isEqualTo("市民政局 审计 余洋");
			assertThat(print.path("verification").path("intact").asBoolean()).isTrue();
			shape(Cases.PrintRecord.class, print, "print record of " + no, "summary", "sections", "decisions",
					"timeline", "printedBy", "printedByRole", "printedByUnit", "printedAt", "verification");

			JsonNode verification = auditor.get("/api/cases/" + no + "/verification").expect(200).json();
			assertThat(verification.path("intact").asBoolean()).isTrue();
			assertThat(verification.path("rowsChecked").asLong()).isPositive();

			// exporting and printing are themselves on the record
			JsonNode after = auditor.get("/api/cases/" + no + "/timeline").expect(200).json();
			List<String> codes = new ArrayList<>();
			after.path("entries").forEach(e -> codes.add(e.path("code").asText()));
			assertThat(codes).contains("CASE_EXPORTED", "CASE_PRINTED");
		}
	}

	@Test
	void readersOfAnotherLineOrUnitFindNothingAndReadNothing() {
		Map<String, String> cases = CaseFilings.oneInEachChain(port, jdbc);
		String aid = cases.get("aid");
		String socialorg = cases.get("socialorg");

		// a 低保 clerk of 梅沙 sees the aid case but not the socialorg registration
		ApiSession meisha = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(meisha.get("/api/cases?q=" + aid).expect(200).json().path("total").asLong()).isOne();
		assertThat(meisha.get("/api/cases/" + aid).expect(200).json().path("handling").asBoolean()).isTrue();
		assertThat(meisha.get("/api/cases?q=" + socialorg).expect(200).json().path("total").asLong()).isZero();
		assertThat(meisha.get("/api/cases/" + socialorg).expect(404).code()).isEqualTo("CASE_NOT_FOUND");
		assertThat(meisha.get("/api/cases/" + socialorg + "/record.csv").expect(404).code())
			.isEqualTo("CASE_NOT_FOUND");

		// another street's clerk of the same line sees nothing of it
		ApiSession yuanling = ApiSession.login(port, "ft-yuanling-clerk");
		assertThat(yuanling.get("/api/cases?q=" + aid).expect(200).json().path("total").asLong()).isZero();
		assertThat(yuanling.get("/api/cases/" + aid + "/timeline").expect(404).code()).isEqualTo("CASE_NOT_FOUND");

		// a district registrar's clerk does not read the city registrar's registration
		ApiSession districtRegistrar = ApiSession.login(port, "so-yt-clerk");
		assertThat(districtRegistrar.get("/api/cases/" + socialorg).status()).isEqualTo(404);

		// the city auditor sees the applicant masked; the handling clerk sees the name
		JsonNode masked = ApiSession.login(port, "city-auditor").get("/api/cases?q=" + aid).expect(200).json();
		assertThat(masked.path("items").get(0).path("partyName").asText()).contains("*");
		assertThat(masked.path("items").get(0).path("partyId").asText()).contains("*");
		String fullName = jdbc.queryForObject("SELECT m.name FROM aid_member m JOIN aid_application a "
				+ "ON a.applicant_member_id = m.id WHERE a.application_no = ?", String.class, aid);
		ApiSession cityAuditor = ApiSession.login(port, "city-auditor");
		for (String path : List.of("", "/timeline", "/print", "/record.csv")) {
			assertThat(cityAuditor.get("/api/cases/" + aid + path).expect(200).body())
				.as("the auditor's %s of the 低保 case", path)
				.doesNotContain(fullName);
		}
		assertThat(meisha.get("/api/cases/" + aid).expect(200).body()).contains(fullName);
		JsonNode clear = meisha.get("/api/cases?q=" + aid).expect(200).json();
		assertThat(clear.path("items").get(0).path("partyName").asText()).doesNotContain("*");

		// a trustee (an external party) and an anonymous caller get nothing
		assertThat(ApiSession.login(port, "ch-trustee-pc").get("/api/cases/" + cases.get("charity")).status()).isIn(403,
				404);
		assertThat(ApiSession.anonymous(port).get("/api/cases?q=" + aid).status()).isEqualTo(401);

		// bad input is a clear 400
		ApiSession auditor = ApiSession.login(port, "city-auditor");
		assertThat(auditor.get("/api/cases?q=12345").expect(400).code()).isEqualTo("CASE_QUERY_INVALID");
		assertThat(auditor.get("/api/cases?line=nursing").expect(400).code()).isEqualTo("LINE_INVALID");
		assertThat(auditor.get("/api/cases?outcome=MAYBE").expect(400).code()).isEqualTo("OUTCOME_INVALID");
		assertThat(auditor.get("/api/cases?unit=999999").expect(400).code()).isEqualTo("ORG_UNIT_OUT_OF_SCOPE");
		assertThat(auditor.get("/api/cases/NO-SUCH-CASE").expect(404).code()).isEqualTo("CASE_NOT_FOUND");
	}

	@Test
	void searchByPartyNumberNameUnitAndDateAcrossChains() {
		Map<String, String> cases = CaseFilings.oneInEachChain(port, jdbc);
		ApiSession auditor = ApiSession.login(port, "city-auditor");
		String uscc = jdbc.queryForObject("SELECT party_id FROM case_index WHERE case_no = ?", String.class,
				cases.get("charity"));
		assertThat(auditor.get("/api/cases?q=" + uscc).expect(200).json().path("items").get(0).path("caseNo").asText())
			.isEqualTo(cases.get("charity"));
		// a person's party_id is the blind index: the number is the applicant's, sealed
		// in aid_member
		String idNumber = crypto.open(jdbc.queryForObject(
				"SELECT m.id_number FROM aid_member m JOIN aid_application a "
						+ "ON a.applicant_member_id = m.id WHERE a.application_no = ?",
				String.class, cases.get("aid")));
		assertThat(auditor.get("/api/cases?q=" + idNumber).expect(200).json().path("total").asLong()).isOne();
		String name = jdbc.queryForObject("SELECT party_name FROM case_index WHERE case_no = ?", String.class,
				cases.get("socialorg"));
		JsonNode byName = auditor.get("/api/cases?q=" + URLEncoder.encode(name.substring(0, 4), StandardCharsets.UTF_8))
			.expect(200)
			.json();
		assertThat(byName.path("items").findValuesAsText("caseNo")).contains(cases.get("socialorg"));
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		JsonNode todays = auditor.get("/api/cases?from=" + today + "&to=" + today + "&size=200").expect(200).json();
		assertThat(todays.path("items").findValuesAsText("caseNo")).containsAll(cases.values());
		JsonNode closed = auditor.get("/api/cases?outcome=APPROVED&size=200").expect(200).json();
		assertThat(closed.path("items").findValuesAsText("caseNo")).doesNotContain(cases.get("aid"),
				cases.get("socialorg"), cases.get("charity"), cases.get("lottery"));
		JsonNode yantian = auditor.get("/api/cases?unit=440308&line=lottery&size=200").expect(200).json();
		assertThat(yantian.path("items").findValuesAsText("caseNo")).contains(cases.get("lottery"));

		// 我发起: the clerk who filed the registration finds it there
		JsonNode started = ApiSession.login(port, "so-city-clerk").get("/api/cases/started").expect(200).json();
		assertThat(started.path("items").findValuesAsText("caseNo")).contains(cases.get("socialorg"));
	}

	@Test
	void theIndexIsRebuiltFromTheFeaturesWhenRowsAreMissing() {
		Map<String, String> cases = CaseFilings.oneInEachChain(port, jdbc);
		jdbc.update("DELETE FROM case_index WHERE case_no IN (?, ?)", cases.get("aid"), cases.get("cemetery"));
		assertThat(index.fillMissing()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_index WHERE case_no IN (?, ?)", Long.class,
				cases.get("aid"), cases.get("cemetery")))
			.isEqualTo(2L);
	}

	/**
	 * The same shape for every chain: the JSON holds the fields of the one response
	 * record (absent ones are null) and never another, and always the fields every case
	 * has.
	 */
	private static void shape(Class<? extends Record> type, JsonNode node, String what, String... required) {
		Set<String> declared = new TreeSet<>();
		for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
			declared.add(component.getName());
		}
		Set<String> names = new TreeSet<>();
		Iterator<String> it = node.fieldNames();
		it.forEachRemaining(names::add);
		assertThat(declared).as("the fields of the %s", what).containsAll(names);
		assertThat(names).as("the fields of the %s", what).contains(required);
	}

}
