package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A street clerk of 梅沙街道 on a phone (390×844 CSS px, as during a home visit) opens the
 * 入户调查 task of a 低保 case: the page is one column with no horizontal scroll, the menu
 * waits behind its button, every control is at least 40 px high, the home-investigation
 * record takes what she types, and axe-core finds no serious or critical violation.
 * Screenshots in target/screenshots (phone-*.png).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneBrowserIT {

	private static final int WIDTH = 390;

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void setUp() {
		this.browser = new Browser(this.port);
		this.browser.viewport(WIDTH, 844, true);
	}

	@AfterAll
	void tearDown() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aStreetClerkFillsTheHomeInvestigationRecordOnAPhone() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "虚竹", AidFixtures.idNumber("440308", "19630303")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);

		this.browser.login("yt-meisha-clerk");
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver;
		assertThat(js.executeScript("return window.innerWidth")).isEqualTo((long) WIDTH);

		// the menu waits behind its button, and opens over the page
		assertThat(this.browser.all(By.cssSelector("[data-testid=nav-inbox]")).get(0).isDisplayed()).isFalse();
		this.browser.clickTestId("menu-toggle");
		this.browser.testId("nav-inbox");
		this.browser.screenshot("phone-menu-zh-CN");
		this.browser.clickTestId("menu-toggle");

		this.browser.open("/tasks/" + task);
		this.browser.find(By.cssSelector("[data-testid=task-form][data-rendered=true]"));
		this.browser.testId("investigation-form");
		this.browser.screenshot("phone-task-zh-CN");
		assertFitsTheScreen("the 入户调查 task");

		// controls a finger can hit: every button, field, radio and checkbox of the page
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) js.executeScript("return [...document.querySelectorAll("
				+ "'#main button, #main .el-input__wrapper, #main .el-select__wrapper, #main .el-textarea__inner,"
				+ " #main .el-radio, #main .el-checkbox, .app-header button, .app-header .el-select__wrapper')]"
				+ ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 40)"
				+ ".map(e => e.className + ' ' + (e.innerText || '').trim().slice(0, 30) + ' '"
				+ " + Math.round(e.getBoundingClientRect().height) + 'px')");
		assertThat(small).as("tap targets lower than 40 px").isEmpty();

		// the record takes what the clerk types, and the page still fits
		this.browser.type(Browser.input("inv-housing"), "租住单间约 15 平方米，无独立厨卫");
		this.browser.type(Browser.input("inv-neighbour-name-0"), "王大妈");
		this.browser.choose("inv-investigator-0", "(yt-meisha-clerk)");
		assertThat(this.browser.find(Browser.input("inv-housing")).getDomProperty("value"))
			.isEqualTo("租住单间约 15 平方米，无独立厨卫");
		this.browser.screenshot("phone-investigation-zh-CN", By.cssSelector("[data-testid=investigation-form]"));
		assertFitsTheScreen("the filled record");

		assertThat(this.browser.axeViolations()).as("axe-core: serious and critical violations").isEmpty();
	}

	private void assertFitsTheScreen(String what) {
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver;
		// a dropdown just chosen from is still closing (its popper zooms out for a
		// moment, wider than the page): measure the page once it has gone
		new WebDriverWait(this.browser.driver, Duration.ofSeconds(5)).until(driver -> Boolean.TRUE
			.equals(js.executeScript("return document.querySelector('[class*=\"-leave-active\"]') === null")));
		Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
		// what sticks out (outside any box of its own that scrolls), for the failure
		// message
		Object wide = js.executeScript("const w = document.documentElement.clientWidth;"
				+ "const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {"
				+ " if (getComputedStyle(p).overflowX !== 'visible') return true } return false };"
				+ "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
				+ " && !scrolls(e)).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' "
				+ " + Math.round(e.getBoundingClientRect().right) + 'px')");
		assertThat(scroll.intValue()).as(what + ": page width (no horizontal scroll); wider: " + wide)
			.isLessThanOrEqualTo(WIDTH);
	}

}
