package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public care-home waitlist page in headless Chromium, without signing in: the queue
 * in priority order with masked names and numbers, the replay verdict, the bed offered to
 * the head; after the head declines, the next elder holds the offer. Then in English.
 * Screenshots in target/screenshots.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareHomeWaitlistPageIT {

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
	void thePublicSeesTheQueueInTierOrderMaskedAndVerifiedAndTheOfferMoveOnADecline() {
		// given a home, three assessed elders (the 特困 elder registered last) and a freed
		// bed
		ApiSession admin = ApiSession.login(port, "yt-admin");
		ApiSession clerk = ApiSession.login(port, "yt-shatoujiao-elderly-clerk");
		ApiSession reviewer = ApiSession.login(port, "yt-elderly-reviewer");
		String home = "440308-W" + (System.nanoTime() % 100000);
		admin.post("/api/carehome/homes",
				Map.of("code", home, "name", "测试福利院", "nameEn", "Test Welfare Home", "districtCode", "440308",
						"address", "盐田区测试路 9 号", "beds", 3, "minCareLevel", 1, "answerDays", 5, "maxDeclines", 2,
						"source", "test"))
			.expect(201);
		String general = queued(clerk, reviewer, home, "张伟", "GENERAL", LocalDate.of(1936, 2, 2));
		String dibao = queued(clerk, reviewer, home, "李娜", "DIBAO", LocalDate.of(1950, 3, 3));
		String tekun = queued(clerk, reviewer, home, "王芳", "TEKUN", LocalDate.of(1955, 4, 4));
		ApiSession.login(port, "yt-elderly-approver")
			.post("/api/carehome/homes/" + home + "/bed-releases", Map.of("bedLabel", "3-101"))
			.expect(201);

		// the public page, signed out, shows the queue by tier, masked, with the head
		// holding the offer
		browser.driver.manage().deleteAllCookies();
		browser.open("/public/carehome/" + home);
		browser.waitForTestIdText("verification", "已验证");
		assertThat(positions()).containsExactly("1", "2", "3");
		String queue = browser.testId("queue-table").getText();
		assertThat(queue).contains("王*", "李*", "张*", "特困供养老年人").doesNotContain("王芳").doesNotContain(tekun);
		assertThat(queue.indexOf("王*")).isLessThan(queue.indexOf("李*"));
		assertThat(queue.indexOf("李*")).isLessThan(queue.indexOf("张*"));
		assertThat(browser.testId("holds-1").getText()).isEqualTo("是");
		browser.screenshot("carehome-public-queue", By.cssSelector("[data-testid=public-carehome]"));

		// when the head declines (recorded by the district's reviewer: the street clerk
		// does not reach the district's home)
		String offerNo = reviewer.get("/api/carehome/homes/" + home + "/queue")
			.expect(200)
			.json()
			.get("offers")
			.get(0)
			.get("offerNo")
			.asText();
		reviewer.post("/api/carehome/offers/" + offerNo + "/answer", Map.of("action", "DECLINE")).expect(200);

		// then the bed is offered to the next, and the page shows the decline
		browser.open("/public/carehome/" + home);
		browser.waitForTestIdText("verification", "已验证");
		assertThat(browser.testId("offers-table").getText()).contains("已放弃", "待答复");
		assertThat(browser.testId("holds-2").getText()).isEqualTo("是");
		// the first no longer holds it (its cell is empty, which a browser counts as not
		// shown)
		assertThat(browser.driver.findElements(By.cssSelector("[data-testid=holds-1]")))
			.allSatisfy(cell -> assertThat(cell.getText()).isBlank());

		// and in English
		browser.choose("public-locale", "English");
		browser.waitForTestIdText("verification", "Verified");
		assertThat(browser.testId("home-name").getText()).contains("Test Welfare Home");
		assertThat(browser.testId("offers-table").getText()).contains("Declined", "Awaiting answer");
		browser.screenshot("carehome-public-queue-en", By.cssSelector("[data-testid=public-carehome]"));
		assertThat(List.of(general, dibao)).allMatch(n -> n.startsWith("YL-440308-"));
	}

	private static String queued(ApiSession clerk, ApiSession reviewer, String home, String name, String tier,
			LocalDate born) {
		String first17 = "440308" + born.toString().replace("-", "")
				+ "%03d".formatted((int) (System.nanoTime() % 1000));
		String no = clerk
			.post("/api/carehome/applications",
					Map.of("homeCode", home, "name", name, "idNumber",
							first17 + CitizenIdNumber.checkCharacter(first17), "tierCode", tier))
			.expect(201)
			.json()
			.get("applicationNo")
			.asText();
		reviewer.post("/api/carehome/applications/" + no + "/assessment", Map.of("careLevel", 2, "opinion", "中度失能"))
			.expect(200);
		return no;
	}

	private List<String> positions() {
		List<WebElement> rows = browser.all(By.cssSelector("[data-testid=queue-table] .el-table__body tr"));
		return rows.stream().map(row -> row.findElements(By.cssSelector("td")).get(0).getText().strip()).toList();
	}

}
