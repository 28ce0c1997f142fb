package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The 办理 dialog on a 低保 application's 街道审核, as 梅沙街道's reviewer meets it: 提交办理 opens it
 * with the decision, the next step and who does it; an empty opinion is refused in the
 * dialog; a common phrase fills it; 确认办理 completes the task and the case's timeline shows
 * the opinion. In Chinese and in English, and once with the keyboard alone, from the
 * inbox to the completion.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=complete-dialog-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompleteDialogBrowserIT {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void setUp() {
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void tearDown() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void staffSeeTheDivisionTheyWorkInBesideTheirUnitAndRole() {
		// the division is data over line × unit: 社会组织 work at a district is its 社会组织管理科
		this.browser.login("so-yt-reviewer");
		locale("zh-CN");
		this.browser.open("/inbox");
		this.browser.waitForTestIdText("who", "盐田区民政局 社会组织管理科 审查员");
		this.browser.clickTestId("user-menu");
		this.browser.waitForTestIdText("menu-role", "盐田区 社会组织管理科 审核员");
	}

	@Test
	void theReviewerConfirmsWithAnOpinionInChinese() {
		String no = toStreetReview("诸葛青", "19610101");
		this.browser.login("yt-meisha-reviewer");
		locale("zh-CN");
		openTaskFromInbox(no, "诸葛青");
		choose("退回重新调查");
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), "邻里访问记录缺失");

		this.browser.clickTestId("complete");
		this.browser.waitForTestIdText("complete-decisions", "退回重新调查");
		this.browser.waitForTestIdText("complete-next-step", "入户调查");
		this.browser.waitForTestIdText("complete-next-who", "梅沙街道");
		this.browser.waitForTestIdText("complete-next-who", "受理员");
		// the form's 审核意见 is handed on; emptied, the dialog refuses it
		assertThat(this.browser.find(Browser.input("complete-opinion")).getDomProperty("value")).isEqualTo("邻里访问记录缺失");
		this.browser.type(Browser.input("complete-opinion"), "");
		this.browser.clickTestId("complete-confirm");
		this.browser.waitForTestIdText("complete-dialog", "请填写审批意见");
		assertThat(AidFlows.inboxTaskIds(ApiSession.login(this.port, "yt-meisha-reviewer"), no)).hasSize(1);

		// a common phrase of 街道审核, then confirmed
		this.browser.clickTestId("phrase-2");
		assertThat(this.browser.find(Browser.input("complete-opinion")).getDomProperty("value"))
			.isEqualTo("材料不全，退回重新调查：");
		this.browser.type(Browser.input("complete-opinion"), "材料不全，退回重新调查：缺邻里访问记录");
		assertThat(this.browser.axeViolations()).as("axe on the task page with the 办理 dialog").isEmpty();
		this.browser.screenshot("complete-dialog-zh", By.cssSelector("[data-testid=complete-dialog]"));
		this.browser.clickTestId("complete-confirm");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		this.browser.open("/cases/" + no);
		this.browser.waitForTestIdText("timeline", "材料不全，退回重新调查：缺邻里访问记录");
	}

	@Test
	void theReviewerConfirmsWithAnOpinionInEnglish() {
		String no = toStreetReview("司马光", "19620202");
		this.browser.login("yt-meisha-reviewer");
		locale("en");
		js("localStorage.setItem('mzf.largeFont', 'true')");
		openTaskFromInbox(no, "司马光");
		// the form in English (its own translations), and the dialog names the choice so
		choose("Return for re-investigation");
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), "x");

		this.browser.clickTestId("complete");
		this.browser.waitForTestIdText("complete-decisions", "Review decision");
		this.browser.waitForTestIdText("complete-decisions", "Return for re-investigation");
		this.browser.waitForTestIdText("complete-next-step", "Home investigation");
		this.browser.waitForTestIdText("complete-next-who", "Clerk");
		this.browser.type(Browser.input("complete-opinion"), "");
		this.browser.clickTestId("complete-confirm");
		this.browser.waitForTestIdText("complete-dialog", "Please write your opinion");
		this.browser.clickTestId("phrase-1");
		assertThat(this.browser.find(Browser.input("complete-opinion")).getDomProperty("value"))
			.isEqualTo("Facts confirmed, review passed");
		this.browser.waitForTestIdText("complete-dialog", "Confirm completion");
		assertThat(this.browser.axeViolations()).as("axe on the 办理 dialog, English, large type").isEmpty();
		this.browser.screenshot("complete-dialog-en-large", By.cssSelector("[data-testid=complete-dialog]"));
		this.browser.clickTestId("complete-confirm");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		this.browser.open("/cases/" + no);
		this.browser.waitForTestIdText("timeline", "Facts confirmed, review passed");
		locale("zh-CN");
	}

	@Test
	void theReviewerCompletesWithTheKeyboardAlone() {
		String no = toStreetReview("欧阳修", "19630303");
		this.browser.login("yt-meisha-reviewer");
		locale("zh-CN");
		this.browser.open("/inbox?applicant=" + java.net.URLEncoder.encode("欧阳修", StandardCharsets.UTF_8));
		this.browser.waitForTestIdText("inbox-table", no);

		// Tab to the task's link in the inbox, Enter opens it
		tabTo("[data-testid=inbox-table] a[data-testid=task-link]", 80);
		keys(Keys.ENTER);
		this.browser.find(By.cssSelector("[data-testid=task-form][data-rendered=true]"));
		// the form's choice: Tab into the radio group, the arrow key picks 退回重新调查
		tabTo("[data-testid=task-form] input[type=radio]", 80);
		keys(Keys.ARROW_DOWN);
		this.browser.until("退回重新调查 chosen by the arrow key", d -> "退回重新调查".equals(js(
				"const e = document.activeElement; const l = e.labels && e.labels[0]; return e.checked && l ? l.textContent.trim() : ''")));
		tabTo("[data-testid=task-form] textarea", 10);
		keys("入户调查记录不完整");
		tabTo("button[data-testid=complete]", 40);
		keys(Keys.ENTER);

		// focus moves into the dialog; Tab reaches a phrase, Enter picks it, Tab to 确认办理
		this.browser.waitForTestIdText("complete-next-step", "入户调查");
		this.browser.until("focus inside the dialog",
				d -> Boolean.TRUE.equals(js("return !!document.activeElement.closest('.el-dialog')")));
		tabTo("[data-testid=phrase-0]", 20);
		keys(Keys.ENTER);
		assertThat(this.browser.find(Browser.input("complete-opinion")).getDomProperty("value"))
			.endsWith("经入户调查和经济状况核对，情况属实，同意公示");
		// Esc closes the dialog, nothing happens; 提交办理 opens it again
		keys(Keys.ESCAPE);
		this.browser.waitUntilGone(By.cssSelector("[data-testid=complete-dialog]"));
		tabTo("button[data-testid=complete]", 40);
		keys(Keys.ENTER);
		this.browser.waitForTestIdText("complete-next-step", "入户调查");
		tabTo("[data-testid=phrase-1]", 20);
		keys(Keys.SPACE);
		tabTo("button[data-testid=complete-confirm]", 20);
		keys(Keys.ENTER);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));
		assertThat(AidFlows.inboxTaskIds(ApiSession.login(this.port, "yt-meisha-reviewer"), no)).isEmpty();
	}

	/** Presses Tab until the focused element matches the selector. */
	private void tabTo(String selector, int most) {
		for (int i = 0; i < most; i++) {
			if (Boolean.TRUE.equals(
					js("return !!document.activeElement && document.activeElement.matches(arguments[0])", selector))) {
				return;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError("Tab did not reach " + selector + " in " + most + " presses; focus is on "
				+ js("return document.activeElement.outerHTML.slice(0, 200)"));
	}

	/** The workbench's language for the pages opened next. */
	private void locale(String locale) {
		js("localStorage.setItem('mzf.locale', arguments[0])", locale);
	}

	private void keys(CharSequence... keys) {
		new Actions(this.browser.driver).sendKeys(keys).perform();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.browser.driver).executeScript(script, args);
	}

	private void choose(String option) {
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='" + option + "']"));
	}

	private void openTaskFromInbox(String no, String applicant) {
		this.browser.open("/inbox?applicant=" + java.net.URLEncoder.encode(applicant, StandardCharsets.UTF_8));
		this.browser.waitForTestIdText("inbox-table", no);
		this.browser.click(By
			.xpath("//*[@data-testid='inbox-table']//tr[contains(., '" + no + "')]//a[@data-testid='task-link']"));
		this.browser.find(By.cssSelector("[data-testid=task-form][data-rendered=true]"));
	}

	/** A fresh 梅沙 application taken to 街道审核 through the API. */
	private String toStreetReview(String name, String birthDate) {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", name, AidFixtures.idNumber("440308", birthDate)))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.investigate(clerk, no, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION),
				Map.of("investigationDecision", "DONE"));
		AidFlows.awaitTask(ApiSession.login(this.port, "yt-meisha-reviewer"), no,
				AidApplicationProcess.TASK_STREET_REVIEW);
		return no;
	}

}
