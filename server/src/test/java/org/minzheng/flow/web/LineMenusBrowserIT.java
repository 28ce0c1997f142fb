package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.LotteryFlows;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench shows each user the menus and "新建" actions of their business lines only:
 * the district's lottery clerk works the lottery waitlist, the city welfare lottery
 * issuing centre's clerk its 待办 (the agency contract), neither sees a 低保 menu, the
 * district's lottery clerk sees no 低保 form, and a 低保 case or the 低保 form opened by URL
 * shows the no-access page; an aid clerk still files 低保 applications; the administrator
 * sees and assigns each role's line, in Chinese and in English. Screenshots in
 * target/screenshots.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LineMenusBrowserIT {

	private static final String AID_APPLICANT = "段延庆";

	@LocalServerPort
	int port;

	Browser browser;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (LineMenusBrowserIT.this.browser != null) {
				LineMenusBrowserIT.this.browser.screenshot("failed-lines-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	/** A 低保 case of 梅沙街道, none of the lottery clerk's business. */
	String aidCase;

	/**
	 * The lottery area, and the offer whose agency contract waits in the city lottery
	 * clerk's 待办.
	 */
	String area;

	String offer;

	@BeforeAll
	void prepare() {
		ApiSession aidClerk = ApiSession.login(this.port, "yt-meisha-clerk");
		this.aidCase = aidClerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", AID_APPLICANT, AidFixtures.idNumber("440308", "19580707")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();

		// a queued applicant accepts an opening, passes the district's site inspection
		// and is appointed by the city centre's reviewer and approver: the agency
		// contract
		// is the city centre's clerk's to do
		ApiSession admin = ApiSession.login(this.port, LotteryFlows.ADMIN);
		ApiSession clerk = ApiSession.login(this.port, LotteryFlows.CLERK);
		ApiSession reviewer = ApiSession.login(this.port, LotteryFlows.REVIEWER);
		this.area = LotteryFlows.area(admin, 1, 1);
		LotteryFlows.Applicant head = LotteryFlows.queued(clerk, reviewer, this.area, "段正淳", 22.60);
		ApiSession.login(this.port, LotteryFlows.SUPERVISOR)
			.post("/api/lottery/areas/" + this.area + "/openings", null)
			.expect(201);
		ApiSession applicant = head.login(this.port);
		this.offer = LotteryFlows.mine(applicant).path("offer").path("offerNo").asText();
		applicant.post("/api/lottery/my/offers/" + this.offer + "/accept", null).expect(200);
		LotteryFlows.inspectAndDecide(reviewer, ApiSession.login(this.port, LotteryFlows.CITY_REVIEWER),
				ApiSession.login(this.port, LotteryFlows.CITY_APPROVER), this.offer, "PASS", "APPROVE");
		AidFlows.awaitTask(ApiSession.login(this.port, LotteryFlows.CITY_CLERK), this.offer,
				LotteryOfferProcess.TASK_AGENCY_CONTRACT);

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
	void theLotteryClerkSeesLotteryWorkAndNoAidMenu() {
		this.browser.login(LotteryFlows.CLERK);
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-inbox", "我的工作");

		// the menu: the inbox and the lottery waitlist; no 低保 application, no other
		// line's
		// pages
		this.browser.waitForTestIdText("nav-lottery", "福彩代销轮候");
		assertThat(menu()).containsExactly("nav-inbox", "nav-lottery");
		assertThat(this.browser.testId("who").getText()).contains("温岚");

		// the lottery page with its own "新建": registering an applicant
		this.browser.clickTestId("nav-lottery");
		this.browser.testId("lottery-areas");
		this.browser.open("/lottery/areas/" + this.area);
		this.browser.waitForTestIdText("staff-verification", "已验证");
		assertThat(this.browser.testId("new-lottery-application").getText()).contains("登记");
		assertThat(this.browser.all(By.cssSelector("[data-testid=release-slot]"))).isEmpty();
		this.browser.screenshot("lines-lottery-clerk-waitlist");

		// the agency contract is the city centre's: its clerk's 待办 holds the lottery
		// task, and only lottery work (the server's answer too)
		this.browser.login(LotteryFlows.CITY_CLERK);
		this.browser.waitForTestIdText("nav-lottery", "福彩代销轮候");
		assertThat(menu()).containsExactly("nav-inbox", "nav-lottery");
		assertThat(this.browser.testId("who").getText()).contains("市福彩发行中心");
		this.browser.open("/inbox");
		this.browser.waitForTestIdText("inbox-table", this.offer);
		assertThat(caseRefs()).isNotEmpty().allSatisfy(ref -> assertThat(ref).startsWith("LT"));
		JsonNode items = ApiSession.login(this.port, LotteryFlows.CITY_CLERK)
			.get("/api/inbox?size=200")
			.expect(200)
			.json()
			.path("items");
		assertThat(items.findValuesAsText("processKey")).isNotEmpty()
			.allSatisfy(key -> assertThat(key).startsWith("Lottery"));
		// each row names the division that does the step, here and on the page
		assertThat(items.findValuesAsText("division")).isNotEmpty()
			.allSatisfy(division -> assertThat(division).isEqualTo("市福利彩票发行中心"));
		assertThat(this.browser.testId("inbox-division").getText()).isEqualTo("市福利彩票发行中心");
		assertThat(this.browser.pageText()).contains("保证金、培训与签订代销合同")
			.doesNotContain("低保")
			.doesNotContain("新建申请")
			.doesNotContain(this.aidCase);
		this.browser.screenshot("lines-lottery-clerk-inbox");
		// the district's lottery clerk has no such step
		assertThat(ApiSession.login(this.port, LotteryFlows.CLERK)
			.get("/api/inbox?size=200")
			.expect(200)
			.json()
			.path("items")
			.findValuesAsText("caseRef")).doesNotContain(this.offer);
	}

	@Test
	@Order(2)
	void theLotteryClerkOpeningTheAidFormOrAnAidCaseByUrlGetsTheNoAccessPage() {
		this.browser.login(LotteryFlows.CLERK);

		// the 低保 application form: not shown, not half-working
		this.browser.open("/applications/new");
		this.browser.waitForTestIdText("no-access", "无权访问此页面");
		assertThat(this.browser.driver.getCurrentUrl()).endsWith("/applications/new");
		assertThat(this.browser.all(By.cssSelector("[data-testid=address], [data-testid=member-name-0]"))).isEmpty();
		assertThat(this.browser.pageText()).doesNotContain("新建申请");
		this.browser.screenshot("lines-lottery-clerk-aid-form");

		// a 低保 case: the server has nothing for the lottery clerk, the page shows no data
		ApiSession.login(this.port, LotteryFlows.CLERK).get("/api/aid/applications/" + this.aidCase).expect(404);
		this.browser.open("/cases/" + this.aidCase);
		this.browser.waitForTestIdText("no-access", "无权访问此页面");
		assertThat(this.browser.all(By.cssSelector("[data-testid=case-title], [data-testid=applicant]"))).isEmpty();
		assertThat(this.browser.pageText()).doesNotContain(AID_APPLICANT).doesNotContain("梅沙街道");
		this.browser.screenshot("lines-lottery-clerk-aid-case");

		// an address that is no page at all is still "not found" (the server forwards
		// only
		// the workbench's own routes, so the router is asked directly)
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver).executeScript(
				"document.querySelector('#app').__vue_app__.config.globalProperties.$router.push('/no-such-page')");
		this.browser.waitForTestIdText("not-found", "页面不存在");
		assertThat(this.browser.all(By.cssSelector("[data-testid=no-access]"))).isEmpty();

		// and in English
		this.browser.choose("locale", "English");
		this.browser.waitForTestIdText("nav-inbox", "My work");
		this.browser.open("/cases/" + this.aidCase);
		this.browser.waitForTestIdText("no-access", "You cannot open this page");
		this.browser.waitForTestIdText("nav-lottery", "Lottery outlet waitlist");
		assertThat(menu()).containsExactly("nav-inbox", "nav-lottery");
		assertThat(this.browser.pageText()).doesNotContain(AID_APPLICANT).doesNotContain("New application");
		this.browser.screenshot("lines-lottery-clerk-aid-case-en");
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-inbox", "我的工作");
	}

	@Test
	@Order(3)
	void anAidClerkStillFilesAidApplications() {
		this.browser.login("yt-meisha-clerk");
		this.browser.waitForTestIdText("nav-new", "新建申请");
		assertThat(menu()).contains("nav-inbox", "nav-new")
			.doesNotContain("nav-lottery", "nav-socialorg", "nav-charity");
		this.browser.clickTestId("nav-new");
		this.browser.find(Browser.input("address"));
		this.browser.find(Browser.input("member-name-0"));
		this.browser.screenshot("lines-aid-clerk-new-application");

		// their case opens with its data
		this.browser.open("/cases/" + this.aidCase);
		this.browser.waitForTestIdText("applicant", AID_APPLICANT);
	}

	@Test
	@Order(4)
	void theAdministratorSeesAndAssignsEachRolesLine() {
		this.browser.login(LotteryFlows.ADMIN).clickTestId("nav-admin");
		this.browser.waitForTestIdText("users-table", "yt-lottery-clerk");
		assertThat(this.browser.testId("users-table").getText()).contains("业务条线");
		assertThat(lines("yt-lottery-clerk")).isEqualTo("福彩");
		assertThat(lines("yt-meisha-clerk")).isEqualTo("社会救助");
		assertThat(lines("yt-admin")).isEqualTo("全部条线");
		assertThat(lines("yt-auditor")).contains("社会救助", "社会组织管理", "福彩", "殡葬").doesNotContain("慈善");
		this.browser.screenshot("lines-admin-users", By.cssSelector("[data-testid=users-table]"));

		// a role without its line is refused before it reaches the server; with its line
		// it
		// is created
		this.browser.type(Browser.input("new-user-username"), "web-lines-inspector");
		this.browser.type(Browser.input("new-user-name"), "盐田区 殡葬检查员 测试");
		this.browser.type(Browser.input("new-user-password"), "Inspect2026x");
		this.browser.choose("new-user-role", "审核员");
		this.browser.choose("new-user-unit", "盐田区");
		this.browser.clickTestId("new-user-submit");
		this.browser.waitForTestIdText("new-user-error", "请为每个角色选择业务条线");
		this.browser.choose("new-user-line", "殡葬");
		this.browser.clickTestId("new-user-submit");
		this.browser.waitForTestIdText("users-table", "web-lines-inspector");
		assertThat(lines("web-lines-inspector")).isEqualTo("殡葬");
		JsonNode created = ApiSession.login(this.port, LotteryFlows.ADMIN)
			.get("/api/admin/users")
			.expect(200)
			.json()
			.findParents("username")
			.stream()
			.filter(u -> u.path("username").asText().equals("web-lines-inspector"))
			.findFirst()
			.orElseThrow();
		assertThat(created.path("roles").path(0).path("line").asText()).isEqualTo("cemetery");
		assertThat(created.path("roles").path(0).path("role").asText()).isEqualTo("REVIEWER");
		assertThat(created.path("roles").path(0).path("orgUnitCode").asText()).isEqualTo("440308");
		this.browser.screenshot("lines-admin-new-user", By.cssSelector("[data-testid=new-user-submit]"));

		// changing roles: each role keeps its line, a new one needs its own
		this.browser.clickTestId("edit-roles-web-lines-inspector");
		this.browser.waitForTestIdText("role-line-0", "殡葬");
		this.browser.clickTestId("add-role");
		this.browser.choose("role-unit-1", "盐田区");
		this.browser.type(Browser.input("roles-reason"), "兼任福彩代销受理");
		this.browser.clickTestId("save-roles");
		this.browser.waitForTestIdText("roles-error", "请为每个角色选择业务条线");
		this.browser.choose("role-line-1", "福彩");
		this.browser.screenshot("lines-admin-edit-roles", By.cssSelector("[data-testid=role-row]"));
		this.browser.clickTestId("save-roles");
		this.browser.until("the second line listed", d -> lines("web-lines-inspector").equals("福彩 殡葬"));
		JsonNode me = ApiSession.login(this.port, "web-lines-inspector", "Inspect2026x")
			.get("/api/me")
			.expect(200)
			.json();
		assertThat(me.path("lines").toString()).contains("lottery", "cemetery").doesNotContain("aid");

		// the same page in English
		this.browser.choose("locale", "English");
		this.browser.waitForTestIdText("nav-admin", "Administration");
		this.browser.until("English line names", d -> lines("yt-lottery-clerk").equals("Welfare lottery"));
		assertThat(this.browser.testId("users-table").getText()).contains("Business lines");
		assertThat(lines("yt-meisha-clerk")).isEqualTo("Social assistance");
		assertThat(lines("yt-admin")).isEqualTo("All lines");
		assertThat(lines("web-lines-inspector")).isEqualTo("Welfare lottery Cemeteries");
		assertThat(lines("yt-auditor")).contains("Social assistance", "Social organisations", "Welfare lottery",
				"Cemeteries");
		this.browser.screenshot("lines-admin-users-en", By.cssSelector("[data-testid=users-table]"));
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-admin", "系统管理");
	}

	/** The test ids of the top menu's entries, in order. */
	private List<String> menu() {
		return this.browser.all(By.cssSelector(".app-nav [data-testid]"))
			.stream()
			.map(link -> link.getDomAttribute("data-testid"))
			.toList();
	}

	/** The case numbers of the 待办 rows. */
	private List<String> caseRefs() {
		List<WebElement> rows = this.browser.all(By.cssSelector("[data-testid=inbox-table] .el-table__body tr"));
		return rows.stream().map(row -> row.findElements(By.cssSelector("td")).get(0).getText().strip()).toList();
	}

	/** The line names the administrator's user list shows for the user. */
	private String lines(String username) {
		return this.browser.find(By.cssSelector("[data-testid=user-lines][data-username='" + username + "']"))
			.getText()
			.strip()
			.replaceAll("\\s+", " ");
	}

}
