package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page's diagram of the 低保 chain, in headless Chromium: it opens fitted to the
 * card at a readable zoom (labels at least 9 px), the zoom buttons (by mouse and by
 * keyboard) and Ctrl + wheel zoom while the plain wheel leaves the diagram alone, fit
 * returns to the opening view, full screen shows it larger; in English the element names
 * are the models' English ones. Screenshots in zh-CN and English.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDiagramBrowserIT {

	private static final String DIAGRAM = "[data-testid=diagram][data-rendered=true]";

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
	void theDiagramOpensReadableAndZoomsFitsAndGoesFullScreenInBothLanguages() {
		String clerk = "ft-yuanling-clerk";
		ApiSession session = ApiSession.login(this.port, clerk);
		String no = session
			.post("/api/aid/applications",
					new HashMap<>(
							AidFixtures.application("440304001", "冯图", AidFixtures.idNumber("440304", "19580505"))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.awaitTask(session, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);

		this.browser.login(clerk).open("/cases/" + no);
		WebElement diagram = this.browser.find(By.cssSelector(DIAGRAM));
		// readable: bpmn-js draws labels at 12 px, so at 0.75 or more they are 9 px or
		// more
		double opened = zoom(diagram);
		assertThat(opened).isGreaterThanOrEqualTo(0.75);
		String openedBox = diagram.getAttribute("data-viewbox");
		assertThat(diagram.findElements(By.cssSelector(".djs-element.current"))).isNotEmpty();
		this.browser.screenshot("case-diagram-zh", By.cssSelector(DIAGRAM));

		this.browser.clickTestId("diagram-zoom-in");
		assertThat(zoom(diagram)).isGreaterThan(opened);
		assertThat(diagram.getAttribute("data-viewbox")).isNotEqualTo(openedBox);
		this.browser.clickTestId("diagram-zoom-out");
		this.browser.clickTestId("diagram-zoom-out");
		assertThat(zoom(diagram)).isLessThan(opened);
		this.browser.clickTestId("diagram-fit");
		assertThat(diagram.getAttribute("data-viewbox")).isEqualTo(openedBox);

		// the keyboard: the buttons are reached and pressed like any other
		this.browser.testId("diagram-zoom-in").sendKeys(Keys.ENTER);
		assertThat(zoom(diagram)).isGreaterThan(opened);
		this.browser.testId("diagram-fit").sendKeys(Keys.SPACE);
		assertThat(diagram.getAttribute("data-viewbox")).isEqualTo(openedBox);

		// the plain wheel is the page's; Ctrl + wheel zooms the diagram
		wheel(diagram, false);
		assertThat(diagram.getAttribute("data-viewbox")).isEqualTo(openedBox);
		wheel(diagram, true);
		assertThat(zoom(diagram)).isGreaterThan(opened);

		this.browser.clickTestId("diagram-fullscreen");
		WebElement full = this.browser.find(By.cssSelector("[data-testid=diagram-full][data-rendered=true]"));
		assertThat(full.getSize().getHeight()).isGreaterThan(diagram.getSize().getHeight());
		String fullBox = full.getAttribute("data-viewbox");
		this.browser.clickTestId("diagram-full-zoom-in");
		assertThat(full.getAttribute("data-viewbox")).isNotEqualTo(fullBox);
		this.browser.clickTestId("diagram-full-fit");
		assertThat(full.getAttribute("data-viewbox")).isEqualTo(fullBox);
		this.browser.screenshot("case-diagram-fullscreen-zh");
		new Actions(this.browser.driver).sendKeys(Keys.ESCAPE).perform();
		this.browser.until("the full-screen view closes",
				d -> d.findElements(By.cssSelector("[data-testid=diagram-full]"))
					.stream()
					.noneMatch(WebElement::isDisplayed));

		// in English, the models' English names
		this.browser.choose("locale", "English");
		this.browser.waitForTestIdText("nav-inbox", "My work");
		this.browser.open("/cases/" + no);
		WebElement english = this.browser.find(By.cssSelector(DIAGRAM + "[data-locale=en]"));
		this.browser.until("the English names are drawn",
				d -> english.getAttribute("textContent").contains("Acceptance check"));
		assertThat(english.getAttribute("textContent")).contains("Application registered", "Hand-over")
			.doesNotContain("受理审查", "申请受理登记");
		assertThat(zoom(english)).isGreaterThanOrEqualTo(0.75);
		this.browser.screenshot("case-diagram-en", By.cssSelector(DIAGRAM));
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-inbox", "我的工作");
	}

	private static double zoom(WebElement diagram) {
		return Double.parseDouble(diagram.getAttribute("data-zoom"));
	}

	/**
	 * A wheel turn over the diagram's middle (towards zooming in), with Ctrl or without.
	 */
	private void wheel(WebElement diagram, boolean ctrl) {
		((JavascriptExecutor) this.browser.driver).executeScript("const r = arguments[0].getBoundingClientRect();"
				+ "arguments[0].dispatchEvent(new WheelEvent('wheel', { deltaY: -240, deltaMode: 0, ctrlKey: arguments[1],"
				+ " clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }))",
				diagram, ctrl);
	}

}
