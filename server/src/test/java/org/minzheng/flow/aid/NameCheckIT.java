package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The population registry's name check at intake, through the REST API: a name the
 * registry does not confirm (the simulator's marker 冒) is flagged, the acceptance check
 * refuses ACCEPT with {@code NAME_NOT_CONFIRMED} until the competent street's clerk
 * resolves it — by a corrected name the registry confirms, or by a confirmation with a
 * reason and the document seen; a registry failure at intake keeps the application and
 * records {@code NOT_CHECKED} for a re-run, for the members not asked after it too.
 * Another street's clerk cannot resolve; hostile input is refused with a code and changes
 * nothing.
 */
@ApplicationTest
class NameCheckIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PopulationRegistryClient population;

	@Autowired
	ManagementService management;

	@Test
	void mismatchedNameIsFlaggedBlocksAcceptanceAndIsResolvedByACorrectionTheRegistryConfirms() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = submit(clerk, "张冒名");
		JsonNode checks = checks(clerk, no);
		JsonNode flagged = only(checks, true);
		assertThat(flagged.path("result").asText()).isEqualTo("MISMATCH");
		assertThat(flagged.path("name").asText()).isEqualTo("张冒名");
		assertThat(count(checks, false)).isEqualTo(1); // the spouse's name is confirmed
		long member = flagged.path("memberId").asLong();

		// ACCEPT is refused while the flag is open; the case stays at the acceptance
		// check
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(
				clerk.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("acceptanceDecision", "ACCEPT")))
					.expect(409)
					.code())
			.isEqualTo("NAME_NOT_CONFIRMED");
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("SUBMITTED");

		// the case page shows the flag
		assertThat(clerk.get("/api/cases/" + no).expect(200).body()).contains("人口库姓名核验").contains("姓名与人口库不符");

		// a corrected name the registry still does not confirm changes nothing
		assertThat(clerk.post(base(no) + member + "/correction", Map.of("name", "张冒用")).expect(409).code())
			.isEqualTo("NAME_STILL_NOT_CONFIRMED");
		assertThat(memberName(member)).isEqualTo("张冒名");

		// a corrected name the registry confirms replaces the member's and resolves the
		// flag
		JsonNode after = clerk.post(base(no) + member + "/correction", Map.of("name", " 张明 ")).expect(200).json();
		assertThat(count(after, true)).isZero();
		assertThat(memberName(member)).isEqualTo("张明");
		assertThat(
				jdbc.queryForObject("SELECT resolution FROM aid_name_check WHERE member_id = ?", String.class, member))
			.isEqualTo("CORRECTED");
		String summary = jdbc.queryForObject(
				"SELECT summary FROM audit_event WHERE case_ref = ? AND action = 'AID_MEMBER_NAME_CORRECTED'",
				String.class, no);
		assertThat(summary).contains("张** → 张*").doesNotContain("张冒名").doesNotContain("张明");
		// resolving twice is refused
		assertThat(clerk.post(base(no) + member + "/correction", Map.of("name", "张明")).expect(409).code())
			.isEqualTo("NAME_NOT_FLAGGED");

		// now acceptance goes through
		AidFlows.complete(clerk, task, Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.await(no + " accepted", () -> !"SUBMITTED".equals(AidFlows.view(clerk, no).path("status").asText()));
	}

	@Test
	void confirmationWithReasonAndDocumentUnblocksAndOnlyTheCompetentStreetsClerkMayResolve() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = submit(clerk, "李冒华");
		long member = only(checks(clerk, no), true).path("memberId").asLong();

		// another street's clerk and the street's reviewer cannot resolve, nor read the
		// flags of a case outside their scope
		ApiSession yantian = ApiSession.login(port, "yt-yantian-clerk");
		int other = yantian.post(base(no) + member + "/confirmation", Map.of("reason", "户口簿一致", "documentNo", "H1"))
			.status();
		assertThat(other).isIn(403, 404);
		assertThat(yantian.get("/api/aid/applications/" + no + "/name-checks").status()).isIn(403, 404);
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		assertThat(reviewer.post(base(no) + member + "/confirmation", Map.of("reason", "户口簿一致", "documentNo", "H1"))
			.status()).isIn(403, 404);
		assertThat(unresolved(no)).isEqualTo(1);

		// hostile input: 400 with a code, nothing changes (a text of blanks only is
		// refused
		// by the request filter before the service)
		assertThat(clerk.post(base(no) + member + "/confirmation", Map.of("documentNo", "H1")).expect(400).code())
			.isEqualTo("FIELD_REQUIRED");
		assertThat(clerk.post(base(no) + member + "/confirmation", Map.of("reason", "  ", "documentNo", "H1"))
			.expect(400)
			.code()).isIn("FIELD_REQUIRED", "TEXT_BLANK");
		assertThat(clerk.post(base(no) + member + "/confirmation", Map.of("reason", "户口簿一致", "documentNo", ""))
			.expect(400)
			.code()).isIn("FIELD_REQUIRED", "TEXT_BLANK");
		assertThat(
				clerk.post(base(no) + member + "/confirmation", Map.of("reason", "理".repeat(501), "documentNo", "H1"))
					.expect(400)
					.code())
			.isEqualTo("FIELD_TOO_LONG");
		assertThat(clerk.post(base(no) + member + "/correction", Map.of("name", "名".repeat(500))).expect(400).code())
			.isEqualTo("NAME_TOO_LONG");
		assertThat(clerk.post(base(no) + member + "/correction", Map.of("name", "")).expect(400).code())
			.isIn("NAME_REQUIRED", "TEXT_BLANK");
		assertThat(clerk.post(base(no) + member + "/correction", Map.of("name", "张\u0000三")).expect(400).code())
			.isIn("NAME_INVALID", "TEXT_CONTROL_CHARACTER");
		assertThat(clerk.post(base(no) + "999999999/confirmation", Map.of("reason", "户口簿一致", "documentNo", "H1"))
			.expect(404)
			.code()).isEqualTo("MEMBER_NOT_FOUND");
		assertThat(unresolved(no)).isEqualTo(1);
		assertThat(memberName(member)).isEqualTo("李冒华");

		// the clerk confirms the name on the 户口簿
		JsonNode after = clerk
			.post(base(no) + member + "/confirmation",
					Map.of("reason", "查验户口簿原件，姓名一致，人口库登记有误", "documentNo", "HK440308-0042"))
			.expect(200)
			.json();
		JsonNode resolved = after.findParents("memberId")
			.stream()
			.filter(c -> c.path("memberId").asLong() == member)
			.findFirst()
			.orElseThrow();
		assertThat(resolved.path("flagged").asBoolean()).isFalse();
		assertThat(resolved.path("resolution").asText()).isEqualTo("CONFIRMED_BY_DOCUMENT");
		assertThat(resolved.path("documentNo").asText()).isEqualTo("HK440308-0042");
		assertThat(resolved.path("resolvedBy").asText()).isEqualTo("yt-meisha-clerk");
		assertThat(jdbc.queryForObject(
				"SELECT reason FROM audit_event WHERE case_ref = ? AND action = 'AID_MEMBER_NAME_CONFIRMED'",
				String.class, no))
			.isEqualTo("查验户口簿原件，姓名一致，人口库登记有误");
		assertThat(memberName(member)).isEqualTo("李冒华");

		// a district reader sees the name masked
		JsonNode masked = only(checks(ApiSession.login(port, "yt-auditor"), no), false);
		assertThat(masked.path("name").asText()).doesNotContain("冒");

		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		AidFlows.complete(clerk, task, Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.await(no + " accepted", () -> !"SUBMITTED".equals(AidFlows.view(clerk, no).path("status").asText()));
		// after acceptance nothing more is resolved here
		assertThat(clerk.post(base(no) + member + "/recheck", Map.of()).expect(409).code())
			.isEqualTo("APPLICATION_STATE");
	}

	@Test
	void registryFailureAtIntakeKeepsTheApplicationAsNotCheckedAndARerunResolvesIt() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		// no hukou lookup of an earlier case may take the simulated outage
		AidFlows.await("no hukou lookup pending",
				() -> management.createJobQuery()
					.activityId(AidApplicationProcess.SERVICE_TASK_VERIFY_HUKOU)
					.withRetriesLeft()
					.count() == 0);
		((SimulatedPopulationRegistryClient) population).failNext(1);
		String no = submit(clerk, "王建国");
		// the registry failed on the first member: the spouse is not asked (one timeout
		// per
		// submission, not one per member), and both wait for a re-run
		List<JsonNode> flagged = checks(clerk, no).findParents("memberId");
		assertThat(flagged).hasSize(2)
			.allSatisfy(c -> assertThat(c.path("result").asText()).isEqualTo("NOT_CHECKED"))
			.allSatisfy(c -> assertThat(c.path("flagged").asBoolean()).isTrue());
		long member = flagged.get(0).path("memberId").asLong();
		long spouse = flagged.get(1).path("memberId").asLong();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(
				clerk.post("/api/tasks/" + task + "/complete", Map.of("data", Map.of("acceptanceDecision", "ACCEPT")))
					.expect(409)
					.code())
			.isEqualTo("NAME_NOT_CONFIRMED");

		// the registry is still down for the re-run: 503, nothing changes
		AidFlows.await("no hukou lookup pending",
				() -> management.createJobQuery()
					.activityId(AidApplicationProcess.SERVICE_TASK_VERIFY_HUKOU)
					.withRetriesLeft()
					.count() == 0);
		((SimulatedPopulationRegistryClient) population).failNext(1);
		assertThat(clerk.post(base(no) + member + "/recheck", Map.of()).expect(503).code())
			.isEqualTo("REGISTRY_UNAVAILABLE");
		assertThat(unresolved(no)).isEqualTo(2);

		// back again: the re-runs confirm the names
		clerk.post(base(no) + member + "/recheck", Map.of()).expect(200);
		JsonNode after = clerk.post(base(no) + spouse + "/recheck", Map.of()).expect(200).json();
		assertThat(count(after, true)).isZero();
		AidFlows.complete(clerk, task, Map.of("acceptanceDecision", "ACCEPT"));
	}

	private String submit(ApiSession clerk, String applicantName) {
		return clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", applicantName, AidFixtures.idNumber("440308", "19680412")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	private static String base(String no) {
		return "/api/aid/applications/" + no + "/name-checks/";
	}

	private static JsonNode checks(ApiSession session, String no) {
		return session.get("/api/aid/applications/" + no + "/name-checks").expect(200).json();
	}

	private static JsonNode only(JsonNode checks, boolean flagged) {
		List<JsonNode> found = checks.findParents("memberId")
			.stream()
			.filter(c -> c.path("flagged").asBoolean() == flagged)
			.filter(c -> flagged || !"CONFIRMED".equals(c.path("result").asText()))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static long count(JsonNode checks, boolean flagged) {
		return checks.findParents("memberId").stream().filter(c -> c.path("flagged").asBoolean() == flagged).count();
	}

	private long unresolved(String no) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM aid_name_check c JOIN aid_application a ON a.id = "
				+ "c.application_id WHERE a.application_no = ? AND c.result <> 'CONFIRMED' AND c.resolution IS NULL",
				Long.class, no);
	}

	private String memberName(long member) {
		return jdbc.queryForObject("SELECT name FROM aid_member WHERE id = ?", String.class, member);
	}

}
