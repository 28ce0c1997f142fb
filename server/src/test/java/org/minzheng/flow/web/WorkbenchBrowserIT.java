package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21's acceptance walk: the inbox, a task, a case with its diagram, the
 * supervisor's dashboard, the process console and one page of each chain, each as the
 * demo user who works it, in zh-CN and English, in normal and large type (大字模式), on a
 * 1440 px screen: every page is checked with axe-core (WCAG 2.0/2.1 A and AA, serious and
 * critical violations fail the test, see docs/testing.md) and photographed as
 * {@code page-locale-mode.png} in target/screenshots. At 1024 px in large type the menu
 * stays one column beside the page (never wrapped into the header) and no case or ID
 * number is broken across lines.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {

	private static final List<String> LOCALES = List.of("zh-CN", "en");

	private static final List<Boolean> LARGE = List.of(false, true);

	@LocalServerPort
	int port;

	Browser browser;

	/** A 低保 application of 梅沙街道 waiting at 入户调查, its acceptance done. */
	String application;

	/** Its open 入户调查 task. */
	String task;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (WorkbenchBrowserIT.this.browser != null) {
				WorkbenchBrowserIT.this.browser
					.screenshot("failed-workbench-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void prepare() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		this.application = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "萧峰", AidFixtures.idNumber("440308", "19590909")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk,
				AidFlows.awaitTask(clerk, this.application, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		this.task = AidFlows.awaitTask(clerk, this.application, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		this.browser = new Browser(this.port);
		this.browser.viewport(1440, 900, false);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void theClerksInboxTaskCaseAndApplicationForm() {
		this.browser.login("yt-meisha-clerk");
		List<String> found = new ArrayList<>();
		everyMode(found, "inbox", "/inbox", "[data-testid=inbox-table]");
		everyMode(found, "task", "/tasks/" + this.task, "[data-testid=task-form][data-rendered=true]");
		everyMode(found, "case", "/cases/" + this.application, "[data-testid=diagram][data-rendered=true]");
		everyMode(found, "aid-new-application", "/applications/new", "[data-testid=application-form]");
		assertThat(found).as("axe-core: serious and critical violations").isEmpty();
	}

	@Test
	@Order(2)
	void theSupervisorsDashboardAndCemeteries() {
		this.browser.login("yt-supervisor");
		List<String> found = new ArrayList<>();
		everyMode(found, "dashboard", "/dashboard", "[data-testid=by-street]");
		everyMode(found, "cemetery", "/cemetery", "[data-testid=cemetery-inspections]");
		assertThat(found).as("axe-core: serious and critical violations").isEmpty();
	}

	@Test
	@Order(3)
	void theProcessConsole() {
		this.browser.login("city-process-owner");
		List<String> found = new ArrayList<>();
		// the console shows the processes by their keys, the 低保 one among them
		everyMode(found, "process-console", "/process-admin",
				By.xpath("//*[@id='main']//*[contains(text(), 'AidApplicationProcess')]"));
		assertThat(found).as("axe-core: serious and critical violations").isEmpty();
	}

	@Test
	@Order(4)
	void theOtherLinesPages() {
		List<String> found = new ArrayList<>();
		this.browser.login("so-city-clerk");
		everyMode(found, "socialorg-credit", "/socialorg/credit", "[data-testid=so-credit-table]");
		this.browser.login("ch-city-clerk");
		everyMode(found, "charity", "/charity", "[data-testid=charity-tabs]");
		this.browser.login("yt-lottery-clerk");
		everyMode(found, "lottery-areas", "/lottery/areas", "[data-testid=lottery-areas]");
		assertThat(found).as("axe-core: serious and critical violations").isEmpty();
	}

	@Test
	@Order(5)
	void atATenTwentyFourScreenInLargeTypeTheMenuStaysBesideThePageAndNumbersStayWhole() {
		this.browser.login("yt-meisha-clerk");
		mode("zh-CN", true);
		this.browser.viewport(1024, 768, false);
		try {
			for (String[] page : new String[][] { { "inbox", "/inbox", "[data-testid=inbox-table]" },
					{ "task", "/tasks/" + this.task, "[data-testid=task-form][data-rendered=true]" },
					{ "case", "/cases/" + this.application, "[data-testid=case-title]" } }) {
				this.browser.open(page[1]);
				settle(page[2]);
				JavascriptExecutor js = (JavascriptExecutor) this.browser.driver;
				// the header holds one row (brand and tools): the menu is not in it
				Number header = (Number) js
					.executeScript("return document.querySelector('.app-header').getBoundingClientRect().height");
				assertThat(header.doubleValue()).as(page[0] + ": header height at 1024 px").isLessThan(80);
				// the menu is a column beside the page, each entry on its own line, none
				// cut
				assertThat((Boolean) js.executeScript("const nav = document.querySelector('.app-nav');"
						+ "const main = document.querySelector('#main');"
						+ "return nav.getBoundingClientRect().right <= main.getBoundingClientRect().left + 1"
						+ " && [...nav.querySelectorAll('.nav-link')].every(a => a.scrollWidth <= a.clientWidth + 1)"))
					.as(page[0] + ": the menu beside the page")
					.isTrue();
				assertThat((Boolean) js.executeScript(
						"return document.documentElement.scrollWidth" + " <= document.documentElement.clientWidth"))
					.as(page[0] + ": no horizontal scroll of the page")
					.isTrue();
				// every case and ID number on one line
				@SuppressWarnings("unchecked")
				List<String> broken = (List<String>) js
					.executeScript("const text = e => { const r = document.createRange(); r.selectNodeContents(e);"
							+ " return r.getBoundingClientRect() };"
							+ "return [...document.querySelectorAll('.case-no, .id-no')]"
							+ ".filter(e => e.offsetParent !== null && e.textContent.trim())"
							+ ".filter(e => text(e).height > 2.2 * parseFloat(getComputedStyle(e).fontSize))"
							+ ".map(e => e.textContent.trim() + ' ' + Math.round(text(e).height) + 'px high')");
				assertThat(broken).as(page[0] + ": case and ID numbers broken across lines").isEmpty();
				// nor cut short by a table column too narrow for them
				@SuppressWarnings("unchecked")
				List<String> cut = (List<String>) js
					.executeScript("return [...document.querySelectorAll('.el-table .cell')]"
							+ ".filter(c => c.querySelector('.case-no, .id-no') || c.parentElement.matches('.case-no, .id-no'))"
							+ ".filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())");
				assertThat(cut).as(page[0] + ": case and ID numbers cut short").isEmpty();
				this.browser.screenshot(page[0] + "-zh-CN-large-1024");
			}
		}
		finally {
			this.browser.viewport(1440, 900, false);
			mode("zh-CN", false);
		}
	}

	/**
	 * Opens the page in both languages, in normal and in large type, checks it with axe
	 * and photographs it.
	 */
	private void everyMode(List<String> found, String name, String path, String ready) {
		everyMode(found, name, path, By.cssSelector(ready));
	}

	private void everyMode(List<String> found, String name, String path, By ready) {
		for (String locale : LOCALES) {
			for (boolean large : LARGE) {
				mode(locale, large);
				this.browser.open(path);
				settle(ready);
				String shot = name + "-" + locale + "-" + (large ? "large" : "normal");
				this.browser.screenshot(shot);
				assertThat((Boolean) ((JavascriptExecutor) this.browser.driver)
					.executeScript("return document.documentElement.classList.contains('large-font') === arguments[0]"
							+ " && document.documentElement.lang === arguments[1]", large, locale))
					.as(shot + ": language and type size applied")
					.isTrue();
				for (String violation : this.browser.axeViolations()) {
					found.add(shot + ": " + violation);
				}
			}
		}
		mode("zh-CN", false);
	}

	/** The language and type size the workbench reads at its start (App.vue, i18n.js). */
	private void mode(String locale, boolean large) {
		((JavascriptExecutor) this.browser.driver).executeScript(
				"localStorage.setItem('mzf.locale', arguments[0]); localStorage.setItem('mzf.largeFont', String(arguments[1]))",
				locale, large);
	}

	/** Waits for the page's own element and for its loading to end. */
	private void settle(String ready) {
		settle(By.cssSelector(ready));
	}

	private void settle(By ready) {
		this.browser.find(ready);
		this.browser.until("the page to settle",
				d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
					.executeScript("return document.readyState === 'complete' && ![...document.querySelectorAll("
							+ "'.el-loading-mask, .el-skeleton')].some(m => m.offsetParent !== null)")));
		try {
			Thread.sleep(500); // transitions (fading tabs, tables laying out) end
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
