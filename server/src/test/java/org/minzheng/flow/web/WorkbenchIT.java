package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.minzheng.flow.support.TestClock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The workbench in headless Chromium against the running application on MariaDB: a clerk
 * files a 低保 application, reviewer and approver finish it through the rendered forms, a
 * supervisor reassigns overdue work, an auditor reads and exports the case, a clerk of
 * another street is kept out, and the approval operations reach whoever receives them.
 * Screenshots of the main pages (zh-CN) go to target/screenshots.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService taskService;

	@Autowired
	TestClock clock;

	Browser browser;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (WorkbenchIT.this.browser != null) {
				WorkbenchIT.this.browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	/** The application the clerk files in the first test and the others follow. */
	String filed;

	@BeforeAll
	void startBrowser() {
		// users of this test only (other tests of the shared context create their own
		// colleagues)
		ExtraUsers.ensure(this.jdbc, this.encoder, "web-haishan-clerk2", "aid", "CLERK", "440308004");
		ExtraUsers.ensure(this.jdbc, this.encoder, "web-meisha-reviewer2", "aid", "REVIEWER", "440308001");
		ExtraUsers.ensure(this.jdbc, this.encoder, "web-throttled-clerk", "aid", "CLERK", "440308004");
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void theLoginPageSaysHowLongToWaitAfterRepeatedFailures() {
		this.browser.driver.manage().deleteAllCookies();
		this.browser.open("/login");
		// time stands still: the fifth attempt comes while the fourth failure's wait runs
		this.clock.stop();
		try {
			for (int i = 0; i < 5; i++) {
				this.browser.type(Browser.input("login-username"), "web-throttled-clerk");
				this.browser.type(Browser.input("login-password"), "wrong-" + i);
				this.browser.clickTestId("login-submit");
				this.browser.waitForTestIdText("login-error", i < 4 ? "用户名或密码错误" : "请 2 秒后再试");
			}
		}
		finally {
			this.clock.run();
		}
		assertThat(this.jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
				java.sql.Timestamp.class, "web-throttled-clerk"))
			.isNull();
	}

	@Test
	@Order(2)
	void clerkFilesAnApplicationWithTwoMembersAndAnAttachmentAndSeesItInStarted() throws Exception {
		this.browser.login("yt-meisha-clerk").clickTestId("nav-new");
		this.browser.type(Browser.input("address"), "梅沙街道 测试路 8 号 302 室");
		this.browser.type(Browser.input("member-name-0"), "欧阳娜娜");
		this.browser.type(Browser.input("member-id-0"), AidFixtures.idNumber("440308", "19600203"));
		this.browser.clickTestId("member-auth-0");
		this.browser.clickTestId("add-member");
		this.browser.type(Browser.input("member-name-1"), "欧阳震华");
		// the check digit is validated as the clerk types
		String spouse = AidFixtures.idNumber("440308", "19620808");
		String wrong = spouse.substring(0, 17) + (spouse.charAt(17) == '1' ? "2" : "1");
		this.browser.type(Browser.input("member-id-1"), wrong);
		this.browser.waitForTestIdText("member-1", "校验位不正确");
		this.browser.type(Browser.input("member-id-1"), spouse);
		this.browser.until("the ID error disappears",
				d -> !this.browser.testId("member-1").getText().contains("校验位不正确"));
		this.browser.clickTestId("member-auth-1");
		Path scan = Files.createTempFile("hukou-scan", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		this.browser.driver.findElement(By.cssSelector("[data-testid=new-attachments]"))
			.sendKeys(scan.toAbsolutePath().toString());
		this.browser.clickTestId("confirm-authorisation");
		this.browser.clickTestId("submit-application");

		this.browser.until("the 我发起 tab opens", d -> d.getCurrentUrl().contains("tab=started"));
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		this.filed = clerk.get("/api/cases/started?size=50")
			.expect(200)
			.json()
			.path("items")
			.findParents("caseNo")
			.stream()
			.filter(item -> item.path("partyName").asText().startsWith("欧阳"))
			.findFirst()
			.orElseThrow()
			.path("caseNo")
			.asText();
		this.browser.waitForTestIdText("started-table", this.filed);
		JsonNode attachments = clerk.get("/api/aid/applications/" + this.filed + "/attachments").expect(200).json();
		assertThat(attachments).hasSize(1);
		assertThat(AidFlows.view(clerk, this.filed).path("members")).hasSize(2);

		this.browser.open("/inbox?tab=todo&applicant=" + enc("欧阳娜娜"));
		this.browser.waitForTestIdText("inbox-table", this.filed);
		this.browser.screenshot("inbox");

		// English on request, remembered across page loads; large type for those who need
		// it
		this.browser.choose("locale", "English");
		this.browser.waitForTestIdText("nav-inbox", "My work");
		this.browser.open("/inbox");
		this.browser.waitForTestIdText("nav-inbox", "My work");
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-inbox", "我的工作");
		this.browser.clickTestId("large-font");
		this.browser.until("large type",
				d -> this.browser.find(By.tagName("html")).getAttribute("class").contains("large-font"));
		this.browser.clickTestId("large-font");
	}

	@Test
	@Order(3)
	void reviewerAndApproverDecideThroughTheRenderedForms() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, this.filed, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, this.filed,
				AidFlows.awaitTask(clerk, this.filed, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE", "opinion", "两人入户，情况属实"));
		AidFlows.awaitTask(ApiSession.login(this.port, "yt-meisha-reviewer"), this.filed,
				AidApplicationProcess.TASK_STREET_REVIEW);

		this.browser.login("yt-meisha-reviewer");
		openTaskFromInbox(this.filed, "欧阳娜娜");
		// a required field left empty is named at the field, in Chinese
		this.browser.clickTestId("complete");
		this.browser.waitForTestIdText("task-form", "请正确填写此项");
		fillForm("审核通过，予以公示", "材料齐全，同意公示");
		// the corrected field loses its message once form-js takes the typed value
		this.browser.until("the corrected field's message clears",
				d -> !d.findElement(By.cssSelector("[data-testid=task-form]")).getText().contains("请正确填写此项"));
		this.browser.screenshot("task");
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		AidFlows.fireTimer(this.management, this.jdbc, this.filed,
				AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED);
		AidFlows.awaitTask(ApiSession.login(this.port, "yt-meisha-approver"), this.filed,
				AidApplicationProcess.TASK_APPROVAL);
		this.browser.login("yt-meisha-approver");
		openTaskFromInbox(this.filed, "欧阳娜娜");
		fillForm("批准", "符合低保条件，同意");
		this.browser.completeTask(null);
		AidFlows.awaitStatus(clerk, this.filed, "APPROVED");
	}

	@Test
	@Order(4)
	void clerkSeesTheCaseInDoneAndTheCasePageHighlightsThePath() {
		this.browser.login("yt-meisha-clerk").open("/inbox?tab=done");
		this.browser.waitForTestIdText("done-table", this.filed);
		this.browser.click(By.xpath("//*[@data-testid='done-table']//a[normalize-space(.)='" + this.filed + "']"));
		this.browser.find(By.cssSelector("[data-testid=diagram][data-rendered=true]"));
		this.browser.waitForTestIdText("case-status", "已批准");
		assertThat(this.browser.all(By.cssSelector("[data-testid=diagram] .djs-shape.completed")).size())
			.isGreaterThan(5);
		assertThat(this.browser.all(By.cssSelector("[data-testid=diagram] .djs-connection.taken")).size())
			.isGreaterThan(5);
		assertThat(this.browser.all(By.cssSelector("[data-testid=diagram] .bjs-powered-by"))).isNotEmpty();
		assertThat(this.browser.testId("entrustment").getText()).contains("深盐府办〔2025〕12号");
		this.browser.screenshot("case", By.cssSelector("[data-testid=diagram-card]"));
	}

	@Test
	@Order(5)
	void supervisorSeesOverdueWorkAndReassignsItWithAReason() {
		ApiSession clerk = ApiSession.login(this.port, "yt-haishan-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308004", "段正淳", AidFixtures.idNumber("440308", "19500505")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		// time passes: the due date is behind us and the overdue timer fires as it would
		// have
		this.taskService.setDueDate(task, Date.from(Instant.now().minus(Duration.ofHours(2))));
		AidFlows.fireTimer(this.management, this.jdbc, no,
				ProcessConventions.overdueBoundaryEventOf(AidApplicationProcess.TASK_ACCEPTANCE_CHECK));

		this.browser.login("yt-supervisor").clickTestId("nav-dashboard");
		this.browser.waitForTestIdText("overdue-table", no);
		this.browser.waitForTestIdText("by-street", "海山街道");
		this.browser.screenshot("dashboard");
		this.browser.click(By.xpath("//*[@data-testid='overdue-table']//tr[contains(., '" + no
				+ "')]//label[contains(@class, 'el-checkbox')]"));
		this.browser.clickTestId("reassign");
		this.browser.choose("op-user", "(web-haishan-clerk2)");
		this.browser.type(Browser.input("op-reason"), "原经办人休假，改派");
		this.browser.clickTestId("op-confirm");

		AidFlows.await("the reassignment is recorded with its reason",
				() -> AidFlows.view(clerk, no).path("history").findValuesAsText("reason").contains("原经办人休假，改派"));
		JsonNode row = ApiSession.login(this.port, "web-haishan-clerk2")
			.get("/api/inbox?applicant=" + enc("段正淳"))
			.expect(200)
			.json()
			.path("items")
			.get(0);
		assertThat(row.path("taskId").asText()).isEqualTo(task);
		assertThat(row.path("assignee").asText()).isEqualTo("web-haishan-clerk2");

		// the case's limit, once, to 45 working days, with a reason (once the case is
		// accepted)
		ApiSession clerk2 = ApiSession.login(this.port, "web-haishan-clerk2");
		AidFlows.complete(clerk2, task, Map.of("acceptanceDecision", "ACCEPT"));
		this.browser.open("/cases/" + no);
		this.browser.clickTestId("extend");
		this.browser.type(Browser.input("op-reason"), "需补充调查外地房产，延长办理时限");
		this.browser.clickTestId("op-confirm");
		this.browser.waitForPageText("已延期");
		assertThat(AidFlows.view(clerk, no).path("deadlineExtended").asBoolean()).isTrue();
	}

	@Test
	@Order(6)
	void auditorReadsTheTimelineAndExportsTheCase() {
		this.browser.login("yt-auditor").open("/cases/" + this.filed);
		this.browser.waitForTestIdText("timeline", "登记申请");
		this.browser.waitForTestIdText("applicant", "*");
		this.browser.clickTestId("export-csv");
		this.browser.waitForPageText("已导出");
		String csv = ApiSession.login(this.port, "yt-auditor")
			.get("/api/cases/" + this.filed + "/record.csv")
			.expect(200)
			.body();
		assertThat(csv).contains("登记申请", "材料齐全，同意公示");
		this.browser.open("/cases/" + this.filed + "/print");
		this.browser.waitForTestIdText("print-page", "材料齐全，同意公示");
	}

	@Test
	@Order(7)
	void aClerkOfAnotherStreetCannotOpenTheCaseByUrl() {
		this.browser.login("yt-yantian-clerk").open("/cases/" + this.filed);
		this.browser.waitForTestIdText("case-error", "无权查看");
		assertThat(this.browser.pageText()).doesNotContain("欧阳");
	}

	@Test
	@Order(8)
	void aClerkWithdrawsTheStepSheCompletedAndGetsItBack() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = submit(clerk, "木婉清");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);

		this.browser.login("yt-meisha-clerk").open("/inbox?tab=done");
		this.browser.click(By.xpath("//*[@data-testid='done-table']//tr[contains(., '" + no + "')]//button"));
		this.browser.type(Browser.input("op-reason"), "受理意见填错，撤回重办");
		this.browser.clickTestId("op-confirm");
		this.browser.waitForTestIdText("task-title", "受理审查");
		this.browser.open("/inbox?applicant=" + enc("木婉清"));
		this.browser.waitForTestIdText("inbox-table", no);
		assertThat(AidFlows.view(clerk, no).path("history").findValuesAsText("reason")).contains("受理意见填错，撤回重办");
	}

	@Test
	@Order(9)
	void copyRemindTransferAndSendBackReachWhoeverReceivesThem() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = submit(clerk, "王语嫣");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		this.browser.login("yt-meisha-clerk");

		// 抄送: from the investigation task to the reviewer, who finds it in 抄送 with the
		// reason
		String investigation = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		this.browser.open("/tasks/" + investigation);
		this.browser.clickTestId("op-copies");
		this.browser.choose("op-user", "(yt-meisha-reviewer)");
		this.browser.type(Browser.input("op-reason"), "请提前了解该户情况");
		this.browser.clickTestId("op-confirm");
		this.browser.login("yt-meisha-reviewer").open("/inbox?tab=copies");
		this.browser.waitForTestIdText("copies-table", no);
		this.browser.waitForTestIdText("copies-table", "请提前了解该户情况");

		// 催办: the clerk reminds the reviewer from the case page; the reviewer sees it in
		// the inbox
		AidFlows.investigate(clerk, no, investigation, Map.of("investigationDecision", "DONE", "opinion", "入户核实"));
		String review = AidFlows.awaitTask(ApiSession.login(this.port, "yt-meisha-reviewer"), no,
				AidApplicationProcess.TASK_STREET_REVIEW);
		this.browser.login("yt-meisha-clerk").open("/cases/" + no);
		this.browser.clickTestId("remind");
		this.browser.type(Browser.input("op-reason"), "群众来电询问进度");
		this.browser.clickTestId("op-confirm");
		this.browser.waitForPageText("操作成功");
		this.browser.login("yt-meisha-reviewer").open("/inbox");
		this.browser.waitForTestIdText("notifications", "群众来电询问进度");

		// 转办: the reviewer claims the review and hands it to a colleague
		this.browser.open("/tasks/" + review);
		this.browser.clickTestId("claim");
		this.browser.clickTestId("op-transfer");
		this.browser.choose("op-user", "(web-meisha-reviewer2)");
		this.browser.type(Browser.input("op-reason"), "本人外出核查，转同事办理");
		this.browser.clickTestId("op-confirm");
		this.browser.login("web-meisha-reviewer2").open("/inbox?applicant=" + enc("王语嫣"));
		this.browser.waitForTestIdText("inbox-table", no);
		this.browser.waitForTestIdText("notifications", "本人外出核查，转同事办理");

		// 退回: the colleague sends it back to the investigation, which goes to the clerk
		// who did it
		this.browser.open("/tasks/" + review);
		this.browser.clickTestId("op-send-back");
		this.browser.type(Browser.input("op-reason"), "收入材料不全，请补充调查");
		this.browser.clickTestId("op-confirm");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));
		this.browser.login("yt-meisha-clerk").open("/inbox?applicant=" + enc("王语嫣"));
		this.browser.waitForTestIdText("notifications", "收入材料不全，请补充调查");
		this.browser.waitForTestIdText("inbox-table", no);
	}

	@Test
	@Order(10)
	void administratorsSeeUsersEntrustmentsAndImportTheHolidayCalendar() throws Exception {
		this.browser.login("yt-admin").clickTestId("nav-admin");
		this.browser.waitForTestIdText("users-table", "yt-meisha-clerk");
		this.browser.click(By.xpath("//*[contains(@class,'el-tabs__item') and contains(., '审批委托')]"));
		this.browser.waitForPageText("深盐府办〔2025〕12号");

		// the city administrator imports a year of the official arrangement (here: 2026
		// as it stands)
		String csv;
		try (var in = getClass().getResourceAsStream("/reference/cn-public-holidays.csv")) {
			csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		StringBuilder year = new StringBuilder();
		for (String line : csv.split("\n")) {
			if (line.startsWith("date,") || line.startsWith("2026-")) {
				year.append(line).append('\n');
			}
		}
		Path file = Files.createTempFile("holidays-2026", ".csv");
		Files.writeString(file, year, StandardCharsets.UTF_8);
		this.browser.login("city-admin").clickTestId("nav-admin");
		this.browser.click(By.xpath("//*[contains(@class,'el-tabs__item') and contains(., '节假日')]"));
		this.browser.find(By.cssSelector("[data-testid=holiday-file]"));
		this.browser.driver.findElement(By.cssSelector("[data-testid=holiday-file]"))
			.sendKeys(file.toAbsolutePath().toString());
		this.browser.waitForPageText("已导入");
		assertThat(ApiSession.login(this.port, "city-admin")
			.get("/api/admin/holidays?year=2026")
			.expect(200)
			.json()
			.path("hasData")
			.asBoolean()).isTrue();
	}

	@Test
	@Order(11)
	void aDelegatedReviewComesBackToItsOwner() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = submit(clerk, "阿朱");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE", "opinion", "入户核实"));
		String review = AidFlows.awaitTask(ApiSession.login(this.port, "yt-meisha-reviewer"), no,
				AidApplicationProcess.TASK_STREET_REVIEW);

		// 委派: the reviewer claims the review and asks a colleague to handle it
		this.browser.login("yt-meisha-reviewer").open("/tasks/" + review);
		this.browser.clickTestId("claim");
		this.browser.clickTestId("op-delegate");
		this.browser.choose("op-user", "(web-meisha-reviewer2)");
		this.browser.type(Browser.input("op-reason"), "请协助核对收入材料");
		this.browser.clickTestId("op-confirm");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// the colleague sees who asked, and hands it back (委派归还)
		this.browser.login("web-meisha-reviewer2").open("/inbox?applicant=" + enc("阿朱"));
		this.browser.waitForTestIdText("inbox-table", no);
		this.browser.open("/tasks/" + review);
		this.browser.waitForTestIdText("delegated-by", "yt-meisha-reviewer");
		this.browser.clickTestId("op-resolve");
		this.browser.type(Browser.input("op-reason"), "收入材料已核对无误");
		this.browser.clickTestId("op-confirm");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// back with its owner, who can now complete it
		this.browser.login("yt-meisha-reviewer").open("/inbox?applicant=" + enc("阿朱"));
		this.browser.waitForTestIdText("inbox-table", no);
		this.browser.open("/tasks/" + review);
		this.browser.waitForTestIdText("unclaim", "退签");
		assertThat(AidFlows.view(clerk, no).path("history").findValuesAsText("reason")).contains("请协助核对收入材料",
				"收入材料已核对无误");
	}

	private void openTaskFromInbox(String no, String applicant) {
		this.browser.open("/inbox?applicant=" + enc(applicant));
		this.browser.waitForTestIdText("inbox-table", no);
		this.browser.click(By
			.xpath("//*[@data-testid='inbox-table']//tr[contains(., '" + no + "')]//a[@data-testid='task-link']"));
		this.browser.find(By.cssSelector("[data-testid=task-form][data-rendered=true]"));
	}

	private void fillForm(String choice, String opinion) {
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='" + choice + "']"));
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), opinion);
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String submit(ApiSession clerk, String name) {
		return clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", name, AidFixtures.idNumber("440308", "19550505")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

}
