package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registration journey in headless Chromium (zh-CN): the registrar's clerk records a
 * dual-mode association on the registration page, the supervisory unit consents, clerk,
 * reviewer and approver decide through the rendered forms, and the case page shows the
 * code. Screenshots of the socialorg pages go to target/screenshots.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialOrgBrowserIT {

	static final String NAME = "深圳市定向越野运动协会";

	static final String CHARTER = "本会名称为深圳市定向越野运动协会，住所设在深圳市。本会的宗旨是推广定向越野运动。本会设立党的组织，开展党的活动。"
			+ "会员享有权利、履行义务。理事会选举负责人。资产来源合法，依法管理。章程修改须经会员大会通过。本会终止后剩余财产用于公益。";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aDualModeAssociationIsRegisteredThroughTheWorkbench() {
		// the clerk records the application on the registration page
		this.browser.login("so-city-clerk").clickTestId("nav-socialorg");
		this.browser.clickTestId("so-nav-register");
		this.browser.type(Browser.input("so-name"), NAME);
		this.browser.clickTestId("so-mode-dual");
		this.browser.type(Browser.input("so-supervisor"), "SO-SU-0001");
		this.browser.type(Browser.input("so-domicile"), "深圳市福田区笋岗西路 3 号");
		this.browser.type(Browser.input("so-capital"), "80000");
		this.browser.type(Browser.input("so-party"), "5");
		this.browser.type(Browser.input("so-rep-name"), "司马光");
		String first17 = "44030419700505123";
		this.browser.type(Browser.input("so-rep-id"), first17 + CitizenIdNumber.checkCharacter(first17));
		this.browser.type(Browser.input("so-charter"), CHARTER);
		this.browser.screenshot("socialorg-registration-form");
		this.browser.clickTestId("so-submit");
		this.browser.waitForTestIdText("so-name-check", "名称可用");
		String no = this.browser.testId("so-case-no").getText();
		assertThat(no).startsWith("SO-REG-440300-");

		// the supervisory unit consents through its task form
		decide("so-su-sports", no, SocialOrgRegistrationProcess.TASK_SUPERVISORY_CONSENT, "同意成立", null);
		decide("so-city-clerk", no, SocialOrgRegistrationProcess.TASK_ACCEPTANCE, "予以受理", null);
		// first stage: the reviewer, then the approver approves the preparation with
		// reasons
		decide("so-city-reviewer", no, SocialOrgRegistrationProcess.TASK_REVIEW, "审查通过", null);
		decide("so-city-approver", no, SocialOrgRegistrationProcess.TASK_PREPARATION_DECISION, "准予筹备",
				"发起人和章程草案符合条件，准予筹备");

		// the founding meeting met: the clerk records the establishment application on
		// the
		// case page, which shows the preparation period
		ApiSession clerk = ApiSession.login(this.port, "so-city-clerk");
		AidFlows.await(no + " preparing", () -> "PREPARING"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		this.browser.login("so-city-clerk").open("/socialorg/registrations/" + no);
		this.browser.waitForTestIdText("so-status", "筹备中");
		this.browser.waitForTestIdText("so-preparation-decision", "准予筹备");
		this.browser.type(Browser.input("so-meeting-on"),
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
		this.browser.find(Browser.input("so-meeting-on")).sendKeys(org.openqa.selenium.Keys.ENTER);
		this.browser.type(Browser.input("so-individual-members"), "60");
		this.browser.screenshot("socialorg-establishment-application");
		this.browser.clickTestId("so-apply-establishment");
		this.browser.waitForTestIdText("so-status", "成立登记审查中");

		// second stage: the reviewer reviews the establishment, the approver decides
		decide("so-city-reviewer", no, SocialOrgRegistrationProcess.TASK_ESTABLISHMENT_REVIEW, "审查通过，提请登记决定", null);
		decide("so-city-approver", no, SocialOrgRegistrationProcess.TASK_DECISION, "准予登记", "筹备工作符合要求，准予成立登记");

		// the case page shows the registration with its code
		AidFlows.await(no + " registered", () -> "REGISTERED"
			.equals(clerk.get("/api/socialorg/registrations/" + no).expect(200).json().path("status").asText()));
		this.browser.login("so-city-clerk").open("/socialorg/registrations/" + no);
		this.browser.waitForTestIdText("so-status", "准予登记");
		String uscc = this.browser.testId("so-uscc").getText();
		assertThat(UnifiedSocialCreditCode.of(uscc).isCivilAffairs()).isTrue();
		this.browser.screenshot("socialorg-registration-case");

		// the credit lists page lists the organisation as normal
		this.browser.clickTestId("so-nav-credit");
		this.browser.find(By.cssSelector("[data-testid=so-credit-table]"));
		this.browser.click(By.xpath("//*[@data-testid='so-credit-state']//*[normalize-space(.)='正常']"));
		this.browser.waitForTestIdText("so-credit-table", NAME);
		this.browser.screenshot("socialorg-credit-lists");
		this.browser.clickTestId("so-nav-spot");
		this.browser.find(By.cssSelector("[data-testid=so-spot-published]"));
		this.browser.screenshot("socialorg-spot-checks");
		this.browser.clickTestId("so-nav-annual");
		this.browser.find(By.cssSelector("[data-testid=so-report-no]"));
		this.browser.screenshot("socialorg-annual-reports");
	}

	/**
	 * Signs in, opens the case's task from the inbox, picks the choice and completes it
	 * (with the reasons, where given).
	 */
	private void decide(String username, String no, String taskKey, String choice, String opinion) {
		AidFlows.awaitTask(ApiSession.login(this.port, username), no, taskKey);
		this.browser.login(username)
			.open("/inbox?applicant=" + java.net.URLEncoder.encode(NAME, StandardCharsets.UTF_8));
		this.browser.waitForTestIdText("inbox-table", no);
		this.browser.click(By
			.xpath("//*[@data-testid='inbox-table']//tr[contains(., '" + no + "')]//a[@data-testid='task-link']"));
		this.browser.find(By.cssSelector("[data-testid=task-form][data-rendered=true]"));
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='" + choice + "']"));
		if (opinion != null) {
			this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), opinion);
		}
		this.browser.completeTask(opinion);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));
	}

}
