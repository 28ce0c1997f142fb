package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 试算 in headless Chromium: a street clerk fills the new 低保 application, clicks 试算 and
 * sees the amount per member (names masked), the totals and the rates with their
 * documents before submitting; nothing is stored.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AidAmountBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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
	void aStreetClerkSeesTheBreakdownPerMemberBeforeSubmitting() {
		int applications = this.jdbc.queryForObject("SELECT COUNT(*) FROM aid_application", Integer.class);
		this.browser.login("yt-meisha-clerk").clickTestId("nav-new");
		this.browser.type(Browser.input("address"), "盐田区梅沙街道试算路 1 号");
		// a grandmother of 76 with 365 yuan a month, and her grandson of 10 with a severe
		// disability
		this.browser.type(Browser.input("member-name-0"), "赵敏敏");
		this.browser.type(Browser.input("member-id-0"), AidFixtures.idNumber("440308", "19500101"));
		this.browser.type(Browser.input("member-income-0"), "365");
		this.browser.clickTestId("add-member");
		this.browser.type(Browser.input("member-name-1"), "赵小宝");
		this.browser.type(Browser.input("member-id-1"), AidFixtures.idNumber("440308", "20160601"));
		this.browser.click(By.cssSelector("[data-testid=member-disability-1]"));

		this.browser.clickTestId("trial");

		// (2 × 1,365 − 365) ÷ 2 = 1,182.50 each; 生活扶助金 at the demo rates: 20% and 30% of
		// 1,365
		this.browser.waitForTestIdText("amount-total", "3047.50");
		String lines = this.browser.testId("amount-lines").getText();
		assertThat(lines).contains("赵**", "低保金（补差）", "1182.50", "生活扶助金（60周岁以上）", "273.00", "生活扶助金（重度残疾）", "409.50");
		assertThat(lines).doesNotContain("赵敏敏", "赵小宝");
		assertThat(this.browser.testId("amount-rates").getText()).contains("低保标准", "1365.00", "演示数据，非现行文件");
		this.browser.screenshot("aid-amount-trial", By.cssSelector("[data-testid=trial-card]"));
		// a 试算 stores nothing: the application is submitted only by its own button
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM aid_application", Integer.class))
			.isEqualTo(applications);
		assertThat(this.browser.all(By.cssSelector("[data-testid=submit-application]"))).isNotEmpty();
	}

	@Test
	void theRosterPageShowsTheMonthAndOffersTheDownloads() {
		this.browser.login("yt-meisha-clerk").clickTestId("nav-aid-rosters");
		try {
			this.browser.clickTestId("roster-load");
			this.browser.waitForTestIdText("roster", "发放户数");
		}
		finally {
			this.browser.screenshot("aid-roster-page");
			Object state = ((org.openqa.selenium.JavascriptExecutor) this.browser.driver).executeScript(
					"return document.readyState + ' ' + document.querySelector('#app').innerHTML.length + ' '"
							+ " + document.querySelectorAll('.el-loading-mask').length");
			System.out.println("roster page state: " + state);
		}
		assertThat(this.browser.all(By.cssSelector("[data-testid=roster-csv]"))).isNotEmpty();
		assertThat(this.browser.all(By.cssSelector("[data-testid=roster-xlsx]"))).isNotEmpty();
	}

}
