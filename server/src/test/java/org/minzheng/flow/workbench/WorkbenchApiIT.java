package org.minzheng.flow.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API behind the workbench's tabs and pages, on MariaDB: 已办/我发起 and tab counts,
 * attachments checked by content, case search and export in scope, the diagram's path,
 * the directory, user administration, the holiday import and the supervisor dashboard —
 * each with its refusals, which change nothing.
 */
@ApplicationTest
class WorkbenchApiIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void clerkFilesWithAttachmentsThenSeesStartedDoneAndThePathTaken() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String name = "林𠮷";
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", name, AidFixtures.idNumber("440308", "19600606")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String base = "/api/aid/applications/" + no + "/attachments";
		assertThat(jdbc.queryForMap("SELECT declared_income_fen, declared_assets_fen, declaration_signed "
				+ "FROM aid_application WHERE application_no = ?", no))
			.containsEntry("declared_income_fen", 120000L)
			.containsEntry("declared_assets_fen", 800000L);
		JsonNode declared = clerk.get("/api/aid/applications/" + no).expect(200).json().path("declaration");
		assertThat(declared.path("monthlyIncomeFen").asLong()).isEqualTo(120000);
		assertThat(declared.path("signed").asBoolean()).isTrue();
		Map<String, Object> unsigned = new java.util.HashMap<>(
				AidFixtures.application("440308001", name, AidFixtures.idNumber("440308", "19600607")));
		unsigned.put("declaration", Map.of("monthlyIncomeFen", 0, "financialAssetsFen", 0, "vehicles", 0,
				"otherProperties", 0, "signed", false));
		assertThat(clerk.post("/api/aid/applications", unsigned).expect(400).code())
			.isEqualTo("DECLARATION_NOT_SIGNED");
		unsigned.put("declaration", Map.of("monthlyIncomeFen", -1, "financialAssetsFen", 0, "vehicles", 0,
				"otherProperties", 0, "signed", true));
		assertThat(clerk.post("/api/aid/applications", unsigned).expect(400).json().toString())
			.contains("declaration.monthlyIncomeFen");

		JsonNode stored = clerk.upload(base, "file", "身份证复印件.pdf", "application/pdf", PDF).expect(201).json();
		assertThat(stored.path("contentType").asText()).isEqualTo("application/pdf");
		assertThat(stored.path("sizeBytes").asLong()).isEqualTo(PDF.length);
		assertThat(stored.path("uploadedBy").asText()).isEqualTo("yt-meisha-clerk");
		// the content decides, not the name or what the browser claims
		assertThat(clerk.upload(base, "file", "户口本.png", "image/png", PDF).expect(400).code())
			.isEqualTo("ATTACHMENT_TYPE_MISMATCH");
		assertThat(clerk.upload(base, "file", "说明.pdf", "application/pdf", "not a pdf".getBytes()).expect(400).code())
			.isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
		assertThat(clerk.upload(base, "file", "empty.pdf", "application/pdf", new byte[0]).expect(400).code())
			.isEqualTo("ATTACHMENT_EMPTY");
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		ApiSession.Response tooLarge = clerk.upload(base, "file", "scan.png", "image/png", large).expect(413);
		assertThat(tooLarge.code()).isEqualTo("ATTACHMENT_TOO_LARGE");
		assertThat(tooLarge.json().path("field").asText()).isEqualTo("file");
		assertThat(clerk.upload(base, "other", "scan.png", "image/png", PNG).expect(400).code())
			.isEqualTo("FILE_MISSING");
		assertThat(
				clerk.upload(base, "file", "收入证明.png", "image/png", PNG).expect(201).json().path("fileName").asText())
			.isEqualTo("收入证明.png");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment WHERE case_ref = ?", Integer.class, no))
			.isEqualTo(2);

		// another district's clerk cannot list, read or add; the district auditor reads
		// but adds nothing
		ApiSession stranger = ApiSession.login(port, "ft-yuanling-clerk");
		long id = stored.path("id").asLong();
		assertThat(stranger.get(base).expect(404).code()).isEqualTo("APPLICATION_NOT_FOUND");
		assertThat(stranger.get("/api/attachments/" + id).expect(404).code()).isEqualTo("ATTACHMENT_NOT_FOUND");
		assertThat(stranger.upload(base, "file", "x.pdf", "application/pdf", PDF).expect(404).code())
			.isEqualTo("APPLICATION_NOT_FOUND");
		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		assertThat(auditor.get(base).expect(200).json().findValuesAsText("fileName")).containsExactly("身份证复印件.pdf",
				"收入证明.png");
		ApiSession.Response download = auditor.get("/api/attachments/" + id).expect(200);
		assertThat(download.header("Content-Type")).startsWith("application/pdf");
		assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isNotEmpty();
		assertThat(download.body()).startsWith("%PDF-1.4");
		assertThat(auditor.upload(base, "file", "x.pdf", "application/pdf", PDF).expect(403).code())
			.isEqualTo("READ_ONLY");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'ATTACHMENT_ADDED'", Integer.class,
				no))
			.isEqualTo(2);

		// 我发起 and the tab counts
		assertThat(clerk.get("/api/cases/started").expect(200).json().path("items").findValuesAsText("caseNo"))
			.contains(no);
		assertThat(stranger.get("/api/cases/started").expect(200).json().path("items").findValuesAsText("caseNo"))
			.doesNotContain(no);
		JsonNode counts = clerk.get("/api/inbox/counts").expect(200).json();
		assertThat(counts.path("started").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(counts.path("todo").asLong()).isGreaterThanOrEqualTo(1);
		long doneBefore = counts.path("done").asLong();

		// the task page offers what the user may do now
		String acceptance = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(texts(clerk.get("/api/tasks/" + acceptance).expect(200).json().path("actions")))
			.containsExactly("CLAIM", "COMPLETE", "SEND_BACK", "COPY");
		clerk.post("/api/tasks/" + acceptance + "/claim", null).expect(200);
		assertThat(texts(clerk.get("/api/tasks/" + acceptance).expect(200).json().path("actions")))
			.containsExactly("COMPLETE", "UNCLAIM", "TRANSFER", "DELEGATE", "ADD_SIGNER", "SEND_BACK", "COPY");
		assertThat(texts(ApiSession.login(port, "yt-supervisor")
			.get("/api/tasks/" + acceptance)
			.expect(200)
			.json()
			.path("actions"))).containsExactly("TRANSFER", "REMIND");

		// 已办 after the acceptance check
		AidFlows.complete(clerk, acceptance, Map.of("acceptanceDecision", "ACCEPT"));
		JsonNode done = clerk.get("/api/inbox/done?size=50").expect(200).json();
		JsonNode row = done.path("items")
			.findParents("applicationNo")
			.stream()
			.filter(r -> r.path("applicationNo").asText().equals(no))
			.findFirst()
			.orElseThrow();
		assertThat(row.path("taskKey").asText()).isEqualTo(AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(row.path("applicantName").asText()).isEqualTo("林*");
		assertThat(row.path("orgUnitName").asText()).isEqualTo("梅沙街道");
		assertThat(clerk.get("/api/inbox/counts").expect(200).json().path("done").asLong()).isEqualTo(doneBefore + 1);

		// 撤回 the acceptance while the investigation is untouched: the application waits
		// for its acceptance check again, which can then be completed once more
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		clerk.post("/api/cases/" + no + "/withdraw", Map.of("reason", "受理时漏核户口簿，撤回重新审查")).expect(200);
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK)).isNotBlank();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		assertThat(AidFlows.view(clerk, no).path("status").asText()).isEqualTo("IN_PROGRESS");

		// the diagram: what was done, what is open, the flows taken between them
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		JsonNode diagram = auditor.get("/api/cases/" + no + "/diagram").expect(200).json();
		assertThat(diagram.path("bpmnXml").asText()).contains("<bpmn:process", AidApplicationProcess.TASK_APPROVAL);
		assertThat(texts(diagram.path("completedActivityIds"))).contains(
				AidApplicationProcess.START_EVENT_APPLICATION_RECEIVED, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(texts(diagram.path("activeActivityIds"))).contains(AidApplicationProcess.TASK_HOME_INVESTIGATION)
			.doesNotContain(AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		List<String> taken = texts(diagram.path("takenFlowIds"));
		assertThat(taken).isNotEmpty()
			.allSatisfy(flow -> assertThat(diagram.path("bpmnXml").asText()).contains("id=\"" + flow + "\""));
		String xml = diagram.path("bpmnXml").asText();
		assertThat(taken).anySatisfy(
				flow -> assertThat(flowTarget(xml, flow)).isEqualTo(AidApplicationProcess.TASK_ACCEPTANCE_CHECK));
		assertThat(taken)
			.noneSatisfy(flow -> assertThat(flowTarget(xml, flow)).isEqualTo(AidApplicationProcess.TASK_APPROVAL));
		assertThat(stranger.get("/api/cases/" + no + "/diagram").expect(404).code()).isEqualTo("CASE_NOT_FOUND");

		// export: CSV with BOM, audited; not for strangers
		ApiSession.Response csv = auditor.get("/api/cases/" + no + "/record.csv").expect(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("attachment");
		assertThat(csv.body()).startsWith("\uFEFF项目,内容").contains("案件编号," + no, "登记申请", "上传附件");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'CASE_EXPORTED' AND actor = 'yt-auditor'",
				Integer.class, no))
			.isEqualTo(1);
		assertThat(stranger.get("/api/cases/" + no + "/record.csv").expect(404).code()).isEqualTo("CASE_NOT_FOUND");
	}

	@Test
	void caseSearchStaysInScopeAndMasksForReaders() {
		ApiSession clerk = ApiSession.login(port, "yt-haishan-clerk");
		String idNumber = AidFixtures.idNumber("440308", "19550505");
		String no = clerk.post("/api/aid/applications", AidFixtures.application("440308004", "欧阳𠀀明", idNumber))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String byName = "/api/cases?q=" + URLEncoder.encode("欧阳", StandardCharsets.UTF_8);

		JsonNode forAuditor = ApiSession.login(port, "city-auditor").get(byName).expect(200).json();
		JsonNode found = only(forAuditor, no);
		assertThat(found.path("partyName").asText()).isEqualTo("欧阳**");
		assertThat(found.path("partyId").asText()).contains("********");
		assertThat(found.path("unitName").asText()).isEqualTo("海山街道");
		assertThat(found.path("status").asText()).isIn("SUBMITTED", "IN_PROGRESS");
		assertThat(only(clerk.get(byName).expect(200).json(), no).path("partyName").asText()).isEqualTo("欧阳𠀀明");
		assertThat(ApiSession.login(port, "ft-supervisor")
			.get(byName)
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseNo")).doesNotContain(no);

		ApiSession auditor = ApiSession.login(port, "yt-auditor");
		assertThat(auditor.get("/api/cases?q=" + idNumber).expect(200).json().path("items").findValuesAsText("caseNo"))
			.containsExactly(no);
		assertThat(auditor.get("/api/cases?q=" + no.toLowerCase()).expect(200).json().path("total").asLong()).isOne();
		assertThat(auditor.get("/api/cases?unit=440308004&outcome=open")
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseNo")).contains(no);
		assertThat(auditor.get("/api/cases?unit=440308004&outcome=APPROVED")
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseNo")).doesNotContain(no);
		String today = LocalDate.now(WorkingDayCalendar.ZONE).toString();
		String tomorrow = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(1).toString();
		assertThat(auditor.get("/api/cases?from=" + today + "&to=" + today)
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseNo")).contains(no);
		assertThat(
				auditor.get("/api/cases?from=" + tomorrow).expect(200).json().path("items").findValuesAsText("caseNo"))
			.doesNotContain(no);

		assertThat(auditor.get("/api/cases?q=12345").expect(400).code()).isEqualTo("CASE_QUERY_INVALID");
		assertThat(auditor.get("/api/cases?unit=440304001").expect(400).code()).isEqualTo("ORG_UNIT_OUT_OF_SCOPE");
		assertThat(auditor.get("/api/cases?outcome=MAYBE").expect(400).code()).isEqualTo("OUTCOME_INVALID");
		assertThat(auditor.get("/api/cases?from=" + tomorrow + "&to=" + today).expect(400).code())
			.isEqualTo("DATE_RANGE_INVALID");
		assertThat(auditor.get("/api/cases?from=yesterday").expect(400).json().path("code").asText()).isNotEmpty();
	}

	@Test
	void directoryShowsOnlyTheScopeAndAdministratorsManageTheirUnitsOnly() {
		assertThat(ApiSession.login(port, "yt-meisha-clerk")
			.get("/api/org/units")
			.expect(200)
			.json()
			.findValuesAsText("code")).containsExactly("440308001");
		assertThat(ApiSession.login(port, "yt-supervisor")
			.get("/api/org/units")
			.expect(200)
			.json()
			.findValuesAsText("code")).contains("440308", "440308001", "440308004").doesNotContain("440304", "440300");
		ApiSession reviewer = ApiSession.login(port, "yt-meisha-reviewer");
		assertThat(reviewer.get("/api/org/users?orgUnit=440308001&role=CLERK")
			.expect(200)
			.json()
			.findValuesAsText("username")).contains("yt-meisha-clerk")
			.doesNotContain("yt-meisha-reviewer", "ft-yuanling-clerk");
		assertThat(reviewer.get("/api/org/users?orgUnit=440304001").expect(400).code())
			.isEqualTo("ORG_UNIT_OUT_OF_SCOPE");
		assertThat(reviewer.get("/api/admin/users").expect(403).code()).isEqualTo("ACCESS_DENIED");

		ApiSession admin = ApiSession.login(port, "yt-admin");
		Map<String, Object> clerkAtMeisha = Map.of("line", "aid", "role", "CLERK", "orgUnitCode", "440308001");
		assertThat(
				admin
					.post("/api/admin/users",
							Map.of("username", "yt-meisha-trainee", "displayName", "梅沙受理员二", "password", "short1",
									"roles", List.of(clerkAtMeisha)))
					.expect(400)
					.code())
			.isEqualTo("PASSWORD_WEAK");
		assertThat(admin
			.post("/api/admin/users",
					Map.of("username", "yt-meisha-trainee", "displayName", "梅沙受理员二", "password", "Meisha2026pass",
							"roles", List.of(Map.of("line", "aid", "role", "CLERK", "orgUnitCode", "440304001"))))
			.expect(403)
			.code()).isEqualTo("ORG_UNIT_OUT_OF_SCOPE");
		assertThat(admin
			.post("/api/admin/users",
					Map.of("username", "yt-meisha-trainee", "displayName", "梅沙受理员二", "password", "Meisha2026pass",
							"roles", List.of(Map.of("line", "aid", "role", "PARTY", "orgUnitCode", "440308001"))))
			.expect(400)
			.code()).as("an external party's role is never held at a bureau unit").isEqualTo("ROLE_UNIT_MISMATCH");
		assertThat(admin
			.post("/api/admin/users", Map.of("username", "Bad Name", "displayName", "x", "password", "Meisha2026pass",
					"roles", List.of(clerkAtMeisha)))
			.expect(400)
			.code()).isEqualTo("USERNAME_INVALID");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'yt-meisha-trainee'",
				Integer.class))
			.isZero();

		JsonNode created = admin
			.post("/api/admin/users",
					Map.of("username", "yt-meisha-trainee", "displayName", "梅沙受理员二", "password", "Meisha2026pass",
							"roles", List.of(clerkAtMeisha)))
			.expect(201)
			.json();
		assertThat(created.path("roles").findValuesAsText("orgUnitName")).containsExactly("梅沙街道");
		assertThat(admin
			.post("/api/admin/users", Map.of("username", "yt-meisha-trainee", "displayName", "重复", "password",
					"Meisha2026pass", "roles", List.of(clerkAtMeisha)))
			.expect(409)
			.code()).isEqualTo("USERNAME_TAKEN");
		ApiSession newcomer = ApiSession.login(port, "yt-meisha-trainee", "Meisha2026pass");
		assertThat(newcomer.get("/api/org/units").expect(200).json().findValuesAsText("code"))
			.containsExactly("440308001");

		assertThat(admin.put("/api/admin/users/yt-meisha-trainee/roles",
				Map.of("roles", List.of(Map.of("line", "aid", "role", "REVIEWER", "orgUnitCode", "440308002")),
						"reason", "调岗到盐田街道"))
			.expect(200)
			.json()
			.path("roles")
			.findValuesAsText("role")).containsExactly("REVIEWER");
		assertThat(admin
			.put("/api/admin/users/yt-admin/roles",
					Map.of("roles", List.of(Map.of("role", "ADMIN", "orgUnitCode", "440308")), "reason", "x"))
			.expect(403)
			.code()).isEqualTo("SELF_ADMINISTRATION");
		assertThat(admin
			.put("/api/admin/users/ft-yuanling-clerk/roles", Map.of("roles", List.of(clerkAtMeisha), "reason", "x"))
			.expect(404)
			.code()).isEqualTo("USER_NOT_FOUND");
		assertThat(admin.put("/api/admin/users/yt-meisha-trainee/roles", Map.of("roles", List.of(clerkAtMeisha)))
			.expect(400)
			.code()).isNotEmpty();

		// wrong passwords never lock an account (sign-in is throttled by source): a lock
		// is an administrator's, and it holds against the right password
		jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
				java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofHours(1))),
				"yt-meisha-trainee");
		assertThat(ApiSession.attemptLogin(port, "yt-meisha-trainee", "Meisha2026pass").header("Location"))
			.endsWith("/login?error");
		assertThat(admin.get("/api/admin/users")
			.expect(200)
			.json()
			.findParents("username")
			.stream()
			.filter(u -> u.path("username").asText().equals("yt-meisha-trainee"))
			.findFirst()
			.orElseThrow()
			.path("locked")
			.asBoolean()).isTrue();
		admin.post("/api/admin/users/yt-meisha-trainee/unlock", Map.of("reason", "本人电话确认，解除锁定")).expect(200);
		ApiSession.login(port, "yt-meisha-trainee", "Meisha2026pass");
		assertThat(
				jdbc.queryForList("SELECT action FROM audit_event WHERE actor = 'yt-admin' ORDER BY id", String.class))
			.containsSubsequence("USER_CREATED", "USER_ROLES_CHANGED", "USER_UNLOCKED");
	}

	@Test
	void onlyTheCityAdministratorImportsHolidaysAndABadFileChangesNothing() {
		String good = "# 2099 notice\ndate,kind,name\n2099-01-01,HOLIDAY,元旦\n2099-01-02,HOLIDAY,元旦\n"
				+ "2099-01-03,WORKDAY,元旦调休\n";
		assertThat(ApiSession.login(port, "yt-admin")
			.upload("/api/admin/holidays", "file", "2099.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");

		ApiSession admin = ApiSession.login(port, "city-admin");
		String bad = good + "2099-01-05,WORKDAY,不是周末\nnot-a-date,HOLIDAY,x\n";
		ApiSession.Response refused = admin
			.upload("/api/admin/holidays", "file", "2099.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))
			.expect(400);
		assertThat(refused.code()).isEqualTo("HOLIDAY_FILE_INVALID");
		assertThat(refused.json().path("errors")).hasSize(2);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day WHERE cal_date >= '2099-01-01'", Integer.class))
			.isZero();
		assertThat(admin.get("/api/admin/holidays?year=2099").expect(200).json().path("hasData").asBoolean()).isFalse();

		JsonNode imported = admin
			.upload("/api/admin/holidays", "file", "2099.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))
			.expect(200)
			.json();
		assertThat(imported.path("years").get(0).asInt()).isEqualTo(2099);
		assertThat(imported.path("days").asInt()).isEqualTo(3);
		assertThat(calendar.isWorkingDay(LocalDate.of(2099, 1, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2099, 1, 3))).isTrue();
		JsonNode year = admin.get("/api/admin/holidays?year=2099").expect(200).json();
		assertThat(year.path("hasData").asBoolean()).isTrue();
		assertThat(year.path("days").findValuesAsText("name")).containsExactly("元旦", "元旦", "元旦调休");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'HOLIDAYS_IMPORTED'",
				Integer.class))
			.isOne();
	}

	@Test
	void supervisorDashboardCountsOpenWorkByStreetTaskAndAge() {
		ApiSession clerk = ApiSession.login(port, "yt-shatoujiao-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308003", "陈明", AidFixtures.idNumber("440308", "19660707")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);

		JsonNode dashboard = ApiSession.login(port, "yt-supervisor")
			.get("/api/supervision/dashboard")
			.expect(200)
			.json();
		JsonNode street = dashboard.path("byStreet")
			.findParents("code")
			.stream()
			.filter(s -> s.path("code").asText().equals("440308003"))
			.findFirst()
			.orElseThrow();
		assertThat(street.path("name").asText()).isEqualTo("沙头角街道");
		assertThat(street.path("open").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(dashboard.path("byTask").findValuesAsText("code"))
			.contains(AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(dashboard.path("ageing").findValuesAsText("bucket")).containsExactly("D0_2", "D3_5", "D6_10",
				"D11_PLUS");
		assertThat(dashboard.path("ageing").get(0).path("count").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(ApiSession.login(port, "ft-supervisor")
			.get("/api/supervision/dashboard")
			.expect(200)
			.json()
			.path("byStreet")
			.findValuesAsText("code")).doesNotContain("440308003");
		assertThat(clerk.get("/api/supervision/dashboard").expect(403).code()).isEqualTo("ACCESS_DENIED");

		// the 待办 list sorts by due date either way, over all pages
		clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308003", "陈亮", AidFixtures.idNumber("440308", "19680808")))
			.expect(201);
		List<java.time.Instant> ascending = dueDates(clerk.get("/api/inbox?size=200").expect(200).json().path("items"));
		List<java.time.Instant> descending = dueDates(
				clerk.get("/api/inbox?size=200&sort=dueAt,desc").expect(200).json().path("items"));
		assertThat(ascending).hasSizeGreaterThanOrEqualTo(2).isSorted();
		assertThat(descending).hasSameSizeAs(ascending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(clerk.get("/api/inbox?sort=name").expect(400).code()).isEqualTo("SORT_INVALID");
	}

	private static JsonNode only(JsonNode page, String no) {
		return page.path("items")
			.findParents("caseNo")
			.stream()
			.filter(r -> r.path("caseNo").asText().equals(no))
			.findFirst()
			.orElseThrow(() -> new AssertionError(no + " not in " + page));
	}

	private static List<java.time.Instant> dueDates(JsonNode items) {
		List<java.time.Instant> values = new java.util.ArrayList<>();
		items.forEach(v -> values.add(java.time.Instant.parse(v.path("dueAt").asText())));
		return values;
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach(v -> values.add(v.asText()));
		return values;
	}

	private static String flowTarget(String xml, String flowId) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("<bpmn:sequenceFlow id=\"" + flowId + "\"[^>]*targetRef=\"([^\"]+)\"")
			.matcher(xml);
		return m.find() ? m.group(1) : null;
	}

}
