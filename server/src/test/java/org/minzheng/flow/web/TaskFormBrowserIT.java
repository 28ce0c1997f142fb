package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A street clerk opens the 受理审查 task of a 低保 case and reads its form (form-js) in
 * Chinese, in English and in large type: the choice question is a radio group named by
 * its question, the radios are drawn as Element Plus's, the English texts come from the
 * form's own translations, switching language keeps the chosen option, and large-font
 * mode enlarges the form with the page. Screenshots: task-form-*.png.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFormBrowserIT {

	private static final By FORM = By.cssSelector("[data-testid=task-form][data-rendered=true]");

	private static final By RADIO_GROUP = By.cssSelector("[data-testid=task-form] [role=radiogroup]");

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
	void theTaskFormReadsInChineseEnglishAndLargeType() {
		ApiSession clerk = ApiSession.login(this.port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "公孙绿萼", AidFixtures.idNumber("440308", "19731119")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);

		// Chinese: the question names its radio group; radios look like Element Plus's
		this.browser.login("yt-meisha-clerk").open("/tasks/" + task);
		this.browser.find(FORM);
		WebElement group = this.browser.find(RADIO_GROUP);
		assertThat(group.getAriaRole()).isEqualTo("radiogroup");
		assertThat(group.getAccessibleName()).isEqualTo("受理审查结论");
		assertThat(group.findElements(By.cssSelector("input[type=radio]"))).hasSize(3);
		WebElement radio = group.findElement(By.cssSelector("input[type=radio]"));
		assertThat(style(radio, "appearance")).isEqualTo("none");
		assertThat(style(radio, "border-top-left-radius")).isNotEqualTo("0px");
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='予以受理']"));
		this.browser.screenshot("task-form-zh", FORM);
		double normalSize = fontSize(group.findElement(By.cssSelector(".fjs-form-field-label")));

		// English: the form's own translations, the chosen option kept
		this.browser.choose("locale", "English");
		this.browser.find(By.cssSelector("[data-testid=task-form][data-locale=en]"));
		this.browser.waitForTestIdText("task-form", "Acceptance check");
		group = this.browser.find(RADIO_GROUP);
		assertThat(group.getAccessibleName()).isEqualTo("Acceptance decision");
		assertThat(group.getText()).contains("Accept", "Do not accept")
			.doesNotContain("予以受理")
			.doesNotContainPattern("\\p{IsHan}");
		WebElement accept = this.browser
			.find(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='Accept']"));
		assertThat(this.browser.find(By.id(accept.getDomAttribute("for"))).isSelected()).isTrue();
		assertThat(this.browser.find(By.cssSelector("[data-testid=task-form] .fjs-form")).getText())
			.doesNotContainPattern("\\p{IsHan}");
		this.browser.screenshot("task-form-en", FORM);

		// large type: the form grows with the page
		this.browser.clickTestId("large-font");
		this.browser.until("large type",
				d -> this.browser.find(By.tagName("html")).getDomAttribute("class").contains("large-font"));
		double largeSize = fontSize(
				this.browser.find(RADIO_GROUP).findElement(By.cssSelector(".fjs-form-field-label")));
		assertThat(largeSize).isGreaterThanOrEqualTo(normalSize * 1.2);
		// the reason field appears for a refusal, in English and large type too
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='Do not accept']"));
		WebElement textarea = this.browser.find(By.cssSelector("[data-testid=task-form] textarea"));
		assertThat(textarea.getAccessibleName()).isEqualTo("Reason for non-acceptance");
		assertThat(fontSize(textarea)).isEqualTo(largeSize);
		this.browser.screenshot("task-form-en-large-font", FORM);

		// back to Chinese and normal type for whoever uses this browser next
		this.browser.clickTestId("large-font");
		this.browser.choose("locale", "简体中文");
		this.browser.find(By.cssSelector("[data-testid=task-form][data-locale=zh-CN]"));
		assertThat(this.browser.find(RADIO_GROUP).getAccessibleName()).isEqualTo("受理审查结论");
	}

	private String style(WebElement element, String property) {
		return (String) ((JavascriptExecutor) this.browser.driver)
			.executeScript("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", element, property);
	}

	private double fontSize(WebElement element) {
		return Double.parseDouble(style(element, "font-size").replace("px", ""));
	}

}
