package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.LotteryFlows;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public waitlist page in headless Chromium, without signing in: masked names and
 * numbers, positions, offers; and the second applicant's position after the head of the
 * queue declines an offer in their own page. Screenshots in target/screenshots.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotteryQueuePageIT {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
	}

	@Test
	void theSecondApplicantMovesToTheHeadWhenTheHeadDeclinesAtTheLimit() {
		// given an area whose applicants leave after one decline, three applicants and a
		// released slot offered to the head
		ApiSession admin = ApiSession.login(port, LotteryFlows.ADMIN);
		ApiSession clerk = ApiSession.login(port, LotteryFlows.CLERK);
		ApiSession reviewer = ApiSession.login(port, LotteryFlows.REVIEWER);
		String area = LotteryFlows.area(admin, 1, 1);
		LotteryFlows.Applicant head = LotteryFlows.queued(clerk, reviewer, area, "张伟", 22.60);
		LotteryFlows.Applicant second = LotteryFlows.queued(clerk, reviewer, area, "李娜", 22.61);
		LotteryFlows.queued(clerk, reviewer, area, "王芳", 22.62);
		ApiSession.login(port, LotteryFlows.SUPERVISOR)
			.post("/api/lottery/areas/" + area + "/openings", null)
			.expect(201);

		// the public page, signed out, shows the queue masked with the head holding the
		// offer
		browser.driver.manage().deleteAllCookies();
		browser.open("/public/lottery/" + area);
		browser.waitForTestIdText("verification", "已验证");
		assertThat(positions()).containsExactly("1", "2", "3");
		assertThat(browser.testId("queue-table").getText()).contains("张*", "李*", "王*")
			.doesNotContain("张伟")
			.doesNotContain(head.applicationNo());
		assertThat(browser.testId("holds-1").getText()).isEqualTo("是");
		browser.screenshot("lottery-public-queue", By.cssSelector("[data-testid=queue-table]"));

		// when the head declines in their own page
		browser.login(head.username(), head.password());
		browser.waitForTestIdText("my-position", "第 1 位");
		browser.clickTestId("offer-decline");
		browser.click(By.cssSelector(".el-message-box__btns .el-button--primary"));
		browser.waitForTestIdText("my-status", "已退出轮候");

		// then the second applicant sees themselves at the head, holding the offer
		browser.login(second.username(), second.password());
		browser.waitForTestIdText("my-position", "第 1 位（共 2 人轮候）");
		assertThat(browser.testId("my-offer").getText()).contains("请在");
		browser.screenshot("lottery-my-application", By.cssSelector("[data-testid=my-offer]"));

		// and the public page shows the same, with the decline and its rule recorded
		browser.driver.manage().deleteAllCookies();
		browser.open("/public/lottery/" + area);
		browser.waitForTestIdText("verification", "已验证");
		assertThat(positions()).containsExactly("1", "2");
		assertThat(browser.testId("queue-table").getText()).contains("李*").doesNotContain("张*");
		assertThat(browser.testId("holds-1").getText()).isEqualTo("是");
		assertThat(browser.testId("offers-table").getText()).contains("已放弃", "待答复");
		assertThat(browser.testId("left-table").getText()).contains("张*", "放弃次数达到上限");
		browser.screenshot("lottery-public-queue-after-decline", By.cssSelector("[data-testid=public-queue]"));

		// the district office sees the same queue in full, and registers the next
		// applicant
		browser.login(LotteryFlows.CLERK);
		browser.open("/lottery/areas/" + area);
		browser.waitForTestIdText("staff-verification", "已验证");
		assertThat(browser.testId("queue-table").getText()).contains("李娜", second.applicationNo());
		browser.clickTestId("new-lottery-application");
		browser.type(Browser.input("lottery-name"), "赵敏");
		browser.type(Browser.input("lottery-id"), LotteryFlows.clearIdNumber());
		browser.type(Browser.input("lottery-address"), "盐田区沙头角深沙路 18 号");
		WebElement lease = browser.find(By.cssSelector(".el-date-editor input"));
		lease.sendKeys("2030-12-31", Keys.ENTER);
		browser.clickTestId("lottery-submit");
		// the applicant's sign-in name is lt- and random characters, unrelated to the
		// application number
		browser.waitForTestIdText("lottery-receipt", "LT-440308-");
		assertThat(browser.testId("lottery-receipt").getText()).containsPattern("\\blt-[a-z0-9]{10}\\b")
			.doesNotContain("lt-440308-");
		browser.screenshot("lottery-staff-receipt", By.cssSelector("[data-testid=lottery-receipt]"));
	}

	private List<String> positions() {
		List<WebElement> rows = browser.all(By.cssSelector("[data-testid=queue-table] .el-table__body tr"));
		return rows.stream().map(row -> row.findElements(By.cssSelector("td")).get(0).getText().strip()).toList();
	}

}
