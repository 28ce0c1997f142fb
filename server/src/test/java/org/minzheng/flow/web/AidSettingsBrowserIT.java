package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 救助参数 in headless Chromium (zh-CN): 盐田区's administrator proposes lower 先行救助额度 and a
 * higher 免予公示额度 with the document behind them and cannot approve it; the city's
 * administrator sees old → new, approves, and the figures in force change; a street's
 * clerk reads them without a form.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a database of its own: the approved figures must not change what other browser tests
// register
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=aid-settings-browser")
class AidSettingsBrowserIT {

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
	void aDistrictAdministratorProposesAndTheCityAdministratorApproves() {
		this.browser.login("yt-admin").clickTestId("nav-aid-settings");
		this.browser.waitForTestIdText("settings-current-advanceLimitFen", "5000.00");
		this.browser.type(Browser.input("settings-advanceLimitFen"), "3000");
		this.browser.type(Browser.input("settings-noticeThresholdFen"), "2500");
		this.browser.type(Browser.input("settings-tier-rate-0"), "45");
		this.browser.type(Browser.input("settings-sharePercent"), "40");
		this.browser.type(Browser.input("settings-documentNo"), "深盐府规〔2026〕9号");
		this.browser.type(Browser.input("settings-documentTitle"), "盐田区临时救助实施细则");
		this.browser.type(Browser.input("settings-reason"), "按新细则下调先行救助额度");
		this.browser.clickTestId("settings-submit");
		// the proposer sees the change waiting for someone else, and no button to approve
		// it
		this.browser.waitForTestIdText("settings-own", "另一位管理员");
		assertThat(this.browser.all(By.cssSelector("[data-testid=settings-approve]"))).isEmpty();
		assertThat(this.browser.testId("settings-current-advanceLimitFen").getText()).contains("5000.00");
		this.browser.screenshot("aid-settings-proposed", By.cssSelector("[data-testid=settings-open]"));

		this.browser.login("city-admin").clickTestId("nav-aid-settings");
		this.browser.choose("settings-district", "盐田区");
		this.browser.waitForTestIdText("settings-diff", "3000.00");
		String diff = this.browser.testId("settings-diff").getText();
		assertThat(diff).contains("先行救助额度", "5000.00", "3000.00", "免予公示额度", "1000.00", "2500.00", "30%", "40%", "45%");
		this.browser.screenshot("aid-settings-decision", By.cssSelector("[data-testid=settings-open]"));
		this.browser.clickTestId("settings-approve");
		this.browser.waitForTestIdText("settings-current-advanceLimitFen", "3000.00");
		this.browser.waitForTestIdText("settings-history", "深盐府规〔2026〕9号");
		assertThat(this.jdbc.queryForObject(
				"SELECT advance_limit_fen FROM aid_temporary_limit WHERE district_code = '440308'", Long.class))
			.isEqualTo(300_000L);
		assertThat(this.jdbc.queryForObject(
				"SELECT share_percent FROM aid_spot_check_policy WHERE district_code = '440308'", Integer.class))
			.isEqualTo(40);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE action = 'AID_SETTINGS_APPROVED' AND actor = 'city-admin'",
				Integer.class))
			.isEqualTo(1);

		// a street's clerk reads the figures in force, from the 临时救助 page, without a form
		this.browser.login("yt-meisha-clerk").clickTestId("nav-aid-temporary");
		this.browser.clickTestId("temporary-settings-link");
		this.browser.waitForTestIdText("settings-current-noticeThresholdFen", "2500.00");
		assertThat(this.browser.all(By.cssSelector("[data-testid=settings-form]"))).isEmpty();
		assertThat(this.browser.all(By.cssSelector("[data-testid=settings-history]"))).isEmpty();
	}

}
