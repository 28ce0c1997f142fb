package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A street clerk of 梅沙街道, in Chinese, registers an 急难 case, sees it paid at once from the
 * street's reserve fund (备用金), and regularises it afterwards (事后补办): completes the
 * material on the task page; the reviewer and the street's approver confirm it; the case
 * page shows the payment and the regularisation.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=aid-temporary-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemporaryAssistanceBrowserIT {

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
	void streetClerkPaysAnEmergencyFromTheReserveFundAndRegularisesItAfterwards() throws IOException {
		ApiSession clerkApi = ApiSession.login(this.port, "yt-meisha-clerk");
		long before = clerkApi.get("/api/aid/reserve-funds/440308001").expect(200).json().path("balanceFen").asLong();

		// the clerk registers the emergency: ¥800, below the notice threshold
		this.browser.login("yt-meisha-clerk").clickTestId("nav-aid-temporary");
		this.browser.testId("temporary-form");
		this.browser.type(Browser.input("temporary-name"), "陈急难");
		this.browser.type(Browser.input("temporary-id"), AidFixtures.idNumber("440308", "19720303"));
		this.browser.type(Browser.input("temporary-address"), "梅沙街道东部华侨城路 3 号");
		this.browser.find(By.cssSelector("[data-testid=temporary-form] .el-date-editor input"))
			.sendKeys(LocalDate.now().minusDays(1).toString(), Keys.ENTER);
		this.browser.type(Browser.input("temporary-description"), "夜间家中失火，衣物被褥烧毁，急需基本生活救助");
		this.browser.type(Browser.input("temporary-amount"), "800");
		this.browser.clickTestId("temporary-submit");
		this.browser.waitForTestIdText("temporary-cases", "已先行支付，待补办");
		String no = clerkApi.get("/api/aid/temporary?streetCode=440308001")
			.expect(200)
			.json()
			.findValuesAsText("caseNo")
			.stream()
			.filter(n -> n.startsWith("LS-"))
			.findFirst()
			.orElseThrow();
		this.browser.screenshot("temporary-registered");

		// paid from the fund at once (once the confirmation toast over the menu has
		// faded)
		this.browser.until("the confirmation fades",
				d -> d.findElements(org.openqa.selenium.By.cssSelector(".el-message")).isEmpty());
		this.browser.clickTestId("nav-aid-reserve-fund");
		this.browser.waitForTestIdText("fund-ledger", no);
		assertThat(clerkApi.get("/api/aid/reserve-funds/440308001").expect(200).json().path("balanceFen").asLong())
			.isEqualTo(before - 80_000L);
		this.browser.screenshot("temporary-reserve-fund");

		// the clerk completes the material on the task page
		String material = AidFlows.awaitTask(clerkApi, no, AidTemporaryAssistanceProcess.TASK_REGULARISATION_MATERIAL);
		this.browser.open("/tasks/" + material);
		// with the scan of the fire certificate, attached on the task page
		Path scan = Files.createTempFile("fire-certificate", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		this.browser.find(By.cssSelector("[data-testid=attachment-input]")).sendKeys(scan.toAbsolutePath().toString());
		this.browser.waitForTestIdText("attachments", scan.getFileName().toString());
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='材料已补齐，提交审核']"));
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), "申请书、身份证复印件、社区火灾情况证明");
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// the reviewer and the street's approver confirm it
		this.browser.login("yt-meisha-reviewer");
		ApiSession reviewer = ApiSession.login(this.port, "yt-meisha-reviewer");
		this.browser.open("/tasks/" + AidFlows.awaitTask(reviewer, no, AidTemporaryAssistanceProcess.TASK_REVIEW));
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='符合条件']"));
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), "火灾情况属实，金额适当");
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));
		this.browser.login("yt-meisha-approver");
		ApiSession approver = ApiSession.login(this.port, "yt-meisha-approver");
		this.browser.open("/tasks/" + AidFlows.awaitTask(approver, no, AidTemporaryAssistanceProcess.TASK_APPROVAL));
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='批准/确认补办']"));
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), "确认先行救助");
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// the clerk sees it regularised, and the case page shows payment and
		// regularisation
		AidFlows.await(no + " regularised",
				() -> clerkApi.get("/api/aid/temporary/" + no)
					.expect(200)
					.json()
					.path("status")
					.asText()
					.equals("REGULARISED"));
		this.browser.login("yt-meisha-clerk").open("/cases/" + no);
		this.browser.waitForTestIdText("case-facts", "事件经过");
		this.browser.waitForPageText("街道备用金先行支付");
		this.browser.waitForPageText("已补办确认");
		this.browser.waitForPageText("免予公示");
		this.browser.waitForPageText(scan.getFileName().toString());
		this.browser.screenshot("temporary-case-regularised");
	}

}
