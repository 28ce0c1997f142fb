package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.elderly.PopulationMessage;
import org.minzheng.flow.elderly.SimulatedPopulationFeed;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The street clerk's unclear 高龄津贴 case in headless Chromium: the registry's message has
 * no bank account, so the rule cannot grant alone; the clerk sees the reason, the rule's
 * inputs and the decision's version on the case page, records the account the resident
 * gives, and grants through the task's form; the case is then granted by staff.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElderlyBrowserIT {

	static final String CLERK = "yt-shatoujiao-elderly-clerk";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SimulatedPopulationFeed feed;

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
	void theClerkRecordsTheBankAccountAndGrantsTheUnclearCase() {
		LocalDate reached = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate birth = reached.minusYears(80);
		String messageId = "B" + System.nanoTime() % 1_000_000;
		assertThat(this.feed.emit(new PopulationMessage(messageId, PopulationMessage.Kind.REACHED_80,
				SimulatedPopulationFeed.idNumber("440308", birth, 977), "冯秀英", birth, reached, "440308003", null,
				"13800139777", false)))
			.isEqualTo(PopulationMessage.Outcome.OPENED);
		String no = this.jdbc.queryForObject("SELECT case_no FROM elderly_allowance WHERE message_id = ?", String.class,
				messageId);
		ApiSession clerk = ApiSession.login(this.port, CLERK);
		String task = AidFlows.awaitTask(clerk, no, "Task_ClerkReview");

		// the case page shows why the rule did not decide alone, its inputs and version
		this.browser.login(CLERK).open("/elderly/allowances/" + no);
		this.browser.waitForTestIdText("elderly-case-reason", "缺少收款账户");
		this.browser.waitForTestIdText("elderly-case-inputs", "\"age\":80");
		this.browser.waitForTestIdText("elderly-case-version", "Decision_ElderlyAllowance v");
		this.browser.waitForTestIdText("elderly-case-status", "待人工核实");
		this.browser.type(Browser.input("elderly-bank-account"), "6222 0202 0012 3456 789");
		this.browser.clickTestId("elderly-save-account");
		this.browser.waitForTestIdText("elderly-case", "已登记");
		this.browser.screenshot("elderly-case-page");

		// the task's form: 核实无误，予以发放
		this.browser.open("/tasks/" + task);
		this.browser.testId("task-form");
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='核实无误，予以发放']"));
		this.browser.completeTask("已电话联系本人，账户为本人社保卡");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		AidFlows.await("the case granted by staff", () -> "GRANTED".equals(
				this.jdbc.queryForObject("SELECT status FROM elderly_allowance WHERE case_no = ?", String.class, no)));
		assertThat(this.jdbc.queryForObject("SELECT decided_by FROM elderly_allowance WHERE case_no = ?", String.class,
				no))
			.isEqualTo("STAFF");
		assertThat(this.jdbc.queryForObject("SELECT reviewed_by FROM elderly_allowance WHERE case_no = ?", String.class,
				no))
			.isEqualTo(CLERK);
		this.browser.open("/elderly/allowances/" + no);
		this.browser.waitForTestIdText("elderly-case-status", "发放中");
	}

}
