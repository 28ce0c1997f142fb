package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint keeps to the caller's org units: a clerk of another street in the same
 * district, and staff of another district, neither see nor act on a 梅沙街道 case, and lists
 * never include it.
 */
@ApplicationTest
class CrossScopeIT {

	/**
	 * Staff outside 梅沙街道 (440308001): another 盐田 street, and 福田区 at street and district
	 * level.
	 */
	static final List<String> OUTSIDERS = List.of("yt-yantian-clerk", "yt-yantian-reviewer", "ft-yuanling-clerk",
			"ft-approver", "ft-supervisor", "ft-admin");

	@org.springframework.beans.factory.annotation.Autowired
	org.minzheng.flow.org.OrgDirectory orgs;

	@LocalServerPort
	int port;

	String no;

	String taskId;

	@BeforeEach
	void caseAtMeisha() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "赵敏", AidFixtures.idNumber("440308", "19661212")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		taskId = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
	}

	@Test
	void outsidersCannotReadTheCase() {
		for (String user : OUTSIDERS) {
			ApiSession session = ApiSession.login(port, user);
			assertThat(session.get("/api/aid/applications/" + no).status()).as(user).isEqualTo(404);
			assertThat(session.get("/api/tasks/" + taskId).status()).as(user).isEqualTo(404);
			assertThat(AidFlows.inboxTaskIds(session, no)).as(user).isEmpty();
			assertThat(
					session.get("/api/inbox?applicant=赵").expect(200).json().path("items").findValuesAsText("caseRef"))
				.as(user)
				.doesNotContain(no);
		}
	}

	@Test
	void outsidersCannotActOnTheCase() {
		Map<String, Object> accept = Map.of("data", Map.of("acceptanceDecision", "ACCEPT"));
		for (String user : OUTSIDERS) {
			ApiSession session = ApiSession.login(port, user);
			assertThat(session.post("/api/tasks/" + taskId + "/claim", null).status()).as(user).isEqualTo(404);
			assertThat(session.post("/api/tasks/" + taskId + "/unclaim", null).status()).as(user).isEqualTo(404);
			assertThat(session.post("/api/tasks/" + taskId + "/complete", accept).status()).as(user).isEqualTo(404);
			Map<String, Object> toColleague = Map.of("username", "yt-meisha-clerk", "reason", "越权");
			Map<String, Map<String, Object>> operations = Map.of("transfer", toColleague, "delegate", toColleague,
					"add-signer", Map.of("username", "yt-meisha-clerk", "reason", "越权", "position", "AFTER"), "resolve",
					Map.of("reason", "越权"), "send-back", Map.of("reason", "越权"), "remind", Map.of("reason", "越权"));
			operations.forEach((operation,
					body) -> assertThat(session.post("/api/tasks/" + taskId + "/" + operation, body).status())
						.as(user + " " + operation)
						.isEqualTo(404));
			assertThat(session.get("/api/tasks/" + taskId + "/send-back-targets").status()).as(user).isEqualTo(404);
			assertThat(
					session.post("/api/tasks/" + taskId + "/copies", Map.of("usernames", List.of(user), "reason", "x"))
						.status())
				.as(user)
				.isEqualTo(404);
			assertThat(session.post("/api/aid/applications/" + no + "/supplement", Map.of()).status()).as(user)
				.isEqualTo(404);
			assertThat(session.post("/api/aid/applications/" + no + "/objections", Map.of("reason", "异议")).status())
				.as(user)
				.isEqualTo(404);
			assertThat(session.post("/api/aid/applications/" + no + "/extension", Map.of("reason", "延期")).status())
				.as(user)
				.isEqualTo(404);
		}
		// the task is untouched: the competent clerk still finds it open and unclaimed
		JsonNode task = ApiSession.login(port, "yt-meisha-clerk").get("/api/tasks/" + taskId).expect(200).json();
		assertThat(task.path("task").path("assignee").isNull() || task.path("task").path("assignee").isMissingNode())
			.isTrue();
	}

	@Test
	void aStreetClerkCannotRegisterAtAnotherStreetsWindow() {
		Map<String, Object> application = new java.util.HashMap<>(
				AidFixtures.application("440308001", "钱伟", AidFixtures.idNumber("440308", "19700101")));
		application.put("intakeStreetCode", "440308001");
		ApiSession other = ApiSession.login(port, "yt-yantian-clerk");
		assertThat(other.post("/api/aid/applications", application).code()).isEqualTo("NOT_INTAKE_CLERK");
	}

	@Test
	void anotherDistrictCannotManageOrSeeEntrustments() {
		ApiSession futianAdmin = ApiSession.login(port, "ft-admin");
		assertThat(futianAdmin.get("/api/aid/entrustments?districtCode=440308").status()).isEqualTo(404);
		JsonNode yantian = ApiSession.login(port, "yt-admin")
			.get("/api/aid/entrustments?districtCode=440308")
			.expect(200)
			.json();
		long id = yantian.get(0).path("id").asLong();
		assertThat(futianAdmin.post("/api/aid/entrustments/" + id + "/revoke", Map.of("reason", "越权")).status())
			.isEqualTo(404);
		assertThat(
				futianAdmin
					.post("/api/aid/entrustments",
							Map.of("districtCode", "440308", "benefitType", "DIBAO", "allStreets", true, "documentNo",
									"X", "effectiveFrom", "2026-01-01"))
					.status())
			.isEqualTo(403);
		assertThat(ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/aid/entrustments",
					Map.of("districtCode", "440308", "benefitType", "DIBAO", "allStreets", true, "documentNo", "X",
							"effectiveFrom", "2026-01-01"))
			.status()).isEqualTo(403);
	}

	@Test
	void approvalPanelsAndTheInboxRepairStayWithTheirOwners() {
		assertThat(ApiSession.login(port, "ft-admin")
			.get("/api/aid/approval-panels?orgUnitCode=440308&benefitType=DIBAO")
			.status()).isEqualTo(404);
		assertThat(ApiSession.login(port, "yt-admin").get("/api/admin/work-items/consistency").status()).isEqualTo(403);
		assertThat(ApiSession.login(port, "city-admin").get("/api/admin/work-items/consistency").status())
			.isEqualTo(200);
	}

	@Test
	void supervisionAndAuditListsStayInsideTheDistrict() {
		ApiSession futian = ApiSession.login(port, "ft-supervisor");
		assertThat(futian.get("/api/supervision/overdue").expect(200).json().findValuesAsText("caseRef"))
			.doesNotContain(no);
		assertThat(futian.get("/api/supervision/counts").expect(200).json().findValuesAsText("orgUnitCode"))
			// the district's streets, the district itself and its external parties (its
			// parent units)
			.allMatch(
					code -> orgs.districtOf(code).map(org.minzheng.flow.org.OrgUnit::code).orElse("").equals("440304"));
		assertThat(futian.get("/api/incidents").expect(200).json().findValuesAsText("caseRef")).doesNotContain(no);
		assertThat(ApiSession.login(port, "yt-meisha-clerk").get("/api/supervision/overdue").status()).isEqualTo(403);
		assertThat(ApiSession.login(port, "yt-auditor")
			.get("/api/audit/events?caseRef=" + no)
			.expect(200)
			.json()
			.findValuesAsText("caseRef")).contains(no);
		ApiSession yantianClerk = ApiSession.login(port, "yt-yantian-clerk");
		assertThat(yantianClerk.get("/api/audit/events?caseRef=" + no).status()).isIn(403, 404);
	}

}
