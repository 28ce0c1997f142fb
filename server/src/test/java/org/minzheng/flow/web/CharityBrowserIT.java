package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A charitable-trust filing in headless Chromium, through to the receipt: a trustee files
 * a new trust on the workbench nine days after signing (a settlor, an equity asset with
 * its transfer evidence), the trust shows as filed late; the bureau's reviewer proposes
 * the receipt on the task page through its form and the approver signs it there; the
 * trustee then sees the trust filed, its receipt number, and the published receipt
 * verified against the audit chain. Uses the trustee CH-TR-0004 (this test's own).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CharityBrowserIT {

	static final String TRUSTEE_UNIT = "CH-TR-0004";

	static final String TRUST_NAME = "海滨助残慈善信托";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	Browser browser;

	@BeforeAll
	void setUp() {
		ExtraUsers.ensure(this.jdbc, this.encoder, "ch-browser-trustee", "charity", "PARTY", TRUSTEE_UNIT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ch-browser-clerk", "charity", "CLERK", "440300");
		ExtraUsers.ensure(this.jdbc, this.encoder, "ch-browser-reviewer", "charity", "REVIEWER", "440300");
		ExtraUsers.ensure(this.jdbc, this.encoder, "ch-browser-approver", "charity", "APPROVER", "440300");
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void tearDown() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aTrusteeFilesATrustAndSeesTheReceiptTheBureauIssued() {
		String signedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(9).toString();

		// the trustee files the trust on the workbench
		this.browser.login("ch-browser-trustee").open("/charity");
		this.browser.clickTestId("new-trust");
		this.browser.type(Browser.input("trust-name"), TRUST_NAME);
		this.browser.type(Browser.input("trust-signed-on"), signedOn);
		this.browser.type(Browser.input("trust-bank"), "中国银行深圳分行");
		this.browser.type(Browser.input("trust-account"), "7559000012345678");
		this.browser.type(Browser.input("trust-supervisor"), "深圳市明镜会计师事务所");
		this.browser.type(Browser.input("trust-purpose"), "资助深圳市残疾人康复与就业");
		this.browser.type(Browser.input("settlor-name-0"), "深圳市海滨实业有限公司");
		this.browser.clickTestId("settlor-0-ORGANISATION");
		this.browser.clickTestId("asset-0-EQUITY");
		this.browser.type(Browser.input("asset-description-0"), "深圳市海滨实业有限公司 10% 股权");
		this.browser.type(Browser.input("asset-value-0"), "2000000");
		this.browser.type(Browser.input("asset-method-0"), "股权变更登记");
		this.browser.type(Browser.input("asset-evidence-0"), "深市监变登〔2026〕第 301 号");
		this.browser.screenshot("charity-trust-form", By.cssSelector("[data-testid=trust-form]"));
		this.browser.clickTestId("submit-trust");
		this.browser.until("the trust page", d -> d.getCurrentUrl().contains("/charity/trusts/CT-"));
		this.browser.testId("trust-late");
		this.browser.waitForTestIdText("trust-status", "备案中");
		String trustNo = this.browser.driver.getCurrentUrl().replaceAll(".*/charity/trusts/", "");

		// the bureau's reviewer proposes the receipt, its approver signs it, on the task
		// page
		ApiSession clerkApi = ApiSession.login(this.port, "ch-browser-clerk");
		JsonNode trust = clerkApi.get("/api/charity/trusts/" + trustNo).expect(200).json();
		assertThat(trust.path("trust").path("late").asBoolean()).isTrue();
		assertThat(trust.path("assets").get(0).path("assetType").asText()).isEqualTo("EQUITY");
		String filingNo = trust.path("filings").get(0).path("filingNo").asText();
		String task = AidFlows.awaitTask(ApiSession.login(this.port, "ch-browser-reviewer"), filingNo,
				"Task_FilingReview");
		this.browser.login("ch-browser-reviewer").open("/tasks/" + task);
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='材料齐全，拟出具备案回执']"));
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));
		String signOff = AidFlows.awaitTask(ApiSession.login(this.port, "ch-browser-approver"), filingNo,
				"Task_FilingDecision");
		this.browser.login("ch-browser-approver").open("/tasks/" + signOff);
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='出具备案回执']"));
		this.browser.screenshot("charity-trust-sign-off", By.cssSelector("[data-testid=task-form]"));
		this.browser.completeTask("材料齐全，同意出具备案回执");
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// the trustee sees the trust filed, the receipt, and the published receipt
		// verified
		this.browser.login("ch-browser-trustee").open("/charity/trusts/" + trustNo);
		this.browser.waitForTestIdText("trust-status", "已备案");
		this.browser.waitForTestIdText("trust-receipt", "民信备〔");
		this.browser.testId("trust-late");
		String recordNo = filingNo + "-P1";
		this.browser.clickTestId("verify-" + recordNo);
		this.browser.waitForTestIdText("verification", "与审计链一致");
		this.browser.screenshot("charity-trust-filed");
		assertThat(ApiSession.login(this.port, "ch-browser-trustee")
			.get("/api/charity/trusts/" + trustNo)
			.expect(200)
			.json()
			.path("trust")
			.path("receiptNo")
			.asText()).startsWith("深民信备〔");
		assertThat(ApiSession.login(this.port, "ch-trustee-pc").get("/api/charity/trusts/" + trustNo).status())
			.isEqualTo(404);
	}

}
