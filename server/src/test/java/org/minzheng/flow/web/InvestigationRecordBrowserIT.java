package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A street clerk of 梅沙街道, in Chinese, opens the 入户调查 task of a 低保 case: completing it
 * without the home-investigation record is refused; the record saved without its
 * investigators is refused at the field; the clerk picks two staff of the street, the
 * visit date, the household's situation, a neighbour visit and an uploaded photo, saves,
 * completes the task; the reviewer's task and the case page show the record.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigationRecordBrowserIT {

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
	void streetClerkRecordsTheHomeInvestigationBeforeCompletingIt() throws Exception {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "段誉", AidFixtures.idNumber("440308", "19610606")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);

		this.browser.login("yt-meisha-clerk").open("/tasks/" + task);
		this.browser.find(By.cssSelector("[data-testid=task-form][data-rendered=true]"));
		this.browser.testId("investigation-form");

		// completing without the record: refused, nothing moves
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='入户调查已完成']"));
		this.browser.type(By.cssSelector("[data-testid=task-form] textarea"), "两人入户，家庭情况属实");
		this.browser.clickTestId("complete");
		this.browser.clickTestId("complete-confirm");
		this.browser.waitForTestIdText("complete-error", "请先填写并保存入户调查记录");
		assertThat(AidFlows.inboxTaskIds(clerk, no)).contains(task);
		this.browser.clickTestId("complete-cancel");

		// saving without investigators: the server's message at the field
		this.browser.clickTestId("inv-save");
		this.browser.waitForTestIdText("investigation-form", "入户调查须由两名不同的调查人员进行");

		// two staff of the street, today, the household, a neighbour, a photo
		this.browser.choose("inv-investigator-0", "(yt-meisha-clerk)");
		this.browser.choose("inv-investigator-1", "(yt-meisha-supervisor)");
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		this.browser.find(By.cssSelector("[data-testid=investigation-form] .el-date-editor input"))
			.sendKeys(today, Keys.ENTER);
		this.browser.type(Browser.input("inv-housing"), "租住单间约 20 平方米，屋内陈设简陋");
		this.browser.type(Browser.input("inv-incomeSources"), "申请人打零工，月收入约 800 元");
		this.browser.type(Browser.input("inv-health"), "配偶患糖尿病，需长期服药");
		this.browser.type(Browser.input("inv-neighbour-name-0"), "钟大婶");
		this.browser.type(Browser.input("inv-neighbour-relation-0"), "隔壁邻居");
		this.browser.type(Browser.input("inv-neighbour-statement-0"), "平时常见其外出打零工，家中确有困难");
		Path photo = Files.createTempFile("visit", ".png");
		Files.write(photo, Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
		this.browser.driver.findElement(By.cssSelector("[data-testid=inv-photo-input]"))
			.sendKeys(photo.toAbsolutePath().toString());
		this.browser.waitForTestIdText("inv-photos", photo.getFileName().toString());
		this.browser.clickTestId("inv-save");
		this.browser.waitForTestIdText("inv-saved", "yt-meisha-clerk");
		this.browser.screenshot("investigation-record");

		JsonNode stored = clerk.get("/api/aid/applications/" + no + "/investigation").expect(200).json();
		assertThat(stored.path("investigators").get(0).asText()).isEqualTo("yt-meisha-clerk");
		assertThat(stored.path("investigators").get(1).asText()).isEqualTo("yt-meisha-supervisor");
		assertThat(stored.path("visitedOn").asText()).isEqualTo(today);
		assertThat(stored.path("neighbours").get(0).path("name").asText()).isEqualTo("钟大婶");
		assertThat(stored.path("photoAttachmentIds").size()).isEqualTo(1);

		// now the task completes
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));
		ApiSession reviewer = ApiSession.login(this.port, "yt-meisha-reviewer");
		String review = AidFlows.awaitTask(reviewer, no, AidApplicationProcess.TASK_STREET_REVIEW);

		// the reviewer reads it on the review task, read-only
		this.browser.login("yt-meisha-reviewer").open("/tasks/" + review);
		this.browser.waitForTestIdText("inv-record", "租住单间约 20 平方米");
		this.browser.waitForTestIdText("inv-record-neighbours", "钟大婶");
		assertThat(this.browser.all(By.cssSelector("[data-testid=investigation-form]"))).isEmpty();

		// and on the case page
		this.browser.open("/cases/" + no);
		this.browser.waitForTestIdText("case-investigation", "申请人打零工，月收入约 800 元");
		this.browser.waitForTestIdText("case-investigation", "平时常见其外出打零工");
		this.browser.waitForTestIdText("case-investigation", today);
		this.browser.screenshot("investigation-on-case-page", By.cssSelector("[data-testid=case-investigation]"));
	}

}
