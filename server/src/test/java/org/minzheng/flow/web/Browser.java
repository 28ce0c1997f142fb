package org.minzheng.flow.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager never
 * runs, nothing is downloaded), at an office screen's 1366×768, with the few gestures the
 * workbench's pages need.
 *
 * <p>
 * Every page runs under the server's Content-Security-Policy, and any violation fails the
 * test: Chromium logs each one to its console ("Refused to execute inline script because
 * it violates…"), and a {@code securitypolicyviolation} listener installed before any
 * page script (CDP {@code Page.addScriptToEvaluateOnNewDocument}) logs those the console
 * message might word differently; an unreadable Permissions-Policy header counts too. The
 * log is read, and violations thrown as an {@link AssertionError}, before each
 * navigation, on each sign-in and on close, so the failing test is the one that visited
 * the page (or the class, at close).
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	final WebDriver driver;

	private final String base;

	private final WebDriverWait wait;

	/** Console text of a violation, as Chromium words it or as the listener logs it. */
	static final String VIOLATION = "Content Security Policy";

	private static final String VIOLATION_LISTENER = "document.addEventListener('securitypolicyviolation', e => {"
			+ " window.cspViolationCount = (window.cspViolationCount || 0) + 1;" + " console.error('" + VIOLATION
			+ " violation (listener): ' + e.effectiveDirective + ' blocked '"
			+ " + e.blockedURI + ' in ' + e.documentURI + ' at ' + e.sourceFile + ':' + e.lineNumber"
			+ " + ' sample ' + e.sample) }, true);";

	/**
	 * Chromium's complaint about a Permissions-Policy header it cannot read (an unknown
	 * feature): the header would then not deny what it lists.
	 */
	static final String PERMISSIONS_POLICY_ERROR = "Error with Permissions-Policy header";

	/**
	 * axe-core's browser build, from the workbench's own devDependencies (npm ci in web/
	 * installs it; the server module runs from server/).
	 */
	static final Path AXE = Path.of("..", "web", "node_modules", "axe-core", "axe.min.js");

	/** The WCAG 2.0 and 2.1 rules of levels A and AA, as axe-core tags them. */
	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Runs axe on the whole document and hands back the serious and critical violations
	 * as JSON (only what a failure message needs: rule, impact, help, and for each node
	 * its CSS target, the start of its HTML and axe's summary of what is wrong).
	 */
	private static final String AXE_RUN = "const done = arguments[arguments.length - 1];"
			+ "axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })"
			+ ".then(r => done(JSON.stringify(r.violations"
			+ ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
			+ ".map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({"
			+ " target: JSON.stringify(n.target), html: n.html.slice(0, 160), summary: n.failureSummary || '' })) })))))"
			+ ".catch(e => done('axe failed: ' + e))";

	private static String axeSource;

	/** Violations read from the log and not yet thrown. */
	private final List<String> violations = new ArrayList<>();

	Browser(int port) {
		for (String program : new String[] { "/usr/bin/chromium", "/usr/bin/chromedriver" }) {
			if (!Files.isExecutable(Path.of(program))) {
				throw new IllegalStateException(program + " is missing: the browser tests use Debian's Chromium "
						+ "(apt-get install chromium chromium-driver, as .ci/run does)");
			}
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		// the console, where Chromium reports violations, kept for cspViolations()
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,768", "--lang=zh-CN");
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_LISTENER));
		this.driver = chrome;
		this.base = "http://127.0.0.1:" + port;
		this.wait = new WebDriverWait(this.driver, PATIENCE);
	}

	/**
	 * Signs in through the workbench's own login page (after signing anyone else out).
	 */
	Browser login(String username) {
		return login(username, "minzheng2026");
	}

	/** Signs in with the given password (an applicant's own, for instance). */
	Browser login(String username, String password) {
		assertNoCspViolations();
		this.driver.manage().deleteAllCookies();
		open("/login");
		type(input("login-username"), username);
		type(input("login-password"), password);
		click(By.cssSelector("[data-testid=login-submit]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=who]")));
		return this;
	}

	/**
	 * The text input or textarea of a field: Element Plus puts extra attributes such as
	 * data-testid on the input itself.
	 */
	static By input(String testId) {
		String id = "[data-testid=" + testId + "]";
		return By.cssSelector("input" + id + ", textarea" + id + ", " + id + " input, " + id + " textarea");
	}

	Browser open(String path) {
		assertNoCspViolations();
		this.driver.get(this.base + path);
		return this;
	}

	/**
	 * The first displayed element the locator finds (hidden copies, such as closed
	 * dialogs, are skipped).
	 */
	WebElement find(By by) {
		return waiting("a visible " + by).until(d -> {
			for (WebElement element : d.findElements(by)) {
				try {
					if (element.isDisplayed()) {
						return element;
					}
				}
				catch (org.openqa.selenium.StaleElementReferenceException ex) {
					// re-rendered meanwhile: look again
				}
			}
			return null;
		});
	}

	WebElement testId(String id) {
		return find(By.cssSelector("[data-testid=" + id + "]"));
	}

	void click(By by) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(by));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	void clickTestId(String id) {
		click(By.cssSelector("[data-testid=" + id + "]"));
	}

	private WebDriverWait waiting(String what) {
		WebDriverWait wait = new WebDriverWait(this.driver, PATIENCE);
		wait.withMessage(what);
		return wait;
	}

	/** Replaces the field's text, as a user would: focus, select all, type. */
	void type(By by, String text) {
		waiting("typing into " + by).until(d -> {
			WebElement element = find(by);
			((JavascriptExecutor) d).executeScript(
					"arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus(); arguments[0].select()",
					element);
			element.sendKeys(Keys.BACK_SPACE);
			element.sendKeys(text);
			if (!text.equals(element.getDomProperty("value"))) {
				// as a last resort set the value the way frameworks see typing: the
				// native setter, then input
				((JavascriptExecutor) d).executeScript("const e = arguments[0];"
						+ "const proto = e.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;"
						+ "Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, arguments[1]);"
						+ "e.dispatchEvent(new Event('input', { bubbles: true }));"
						+ "e.dispatchEvent(new Event('change', { bubbles: true }));", element, text);
			}
			return text.equals(element.getDomProperty("value"));
		});
	}

	/** Picks an option of an Element Plus select by its visible text. */
	void choose(String testId, String optionText) {
		// only the options of this select's own dropdown (its input's aria-controls names
		// the list): another select's dropdown, still fading out, holds the same options;
		// a click can land on a neighbouring option while the dropdown is still moving
		// into place: check what the select shows and choose again if it is not the
		// option
		for (int attempt = 0; attempt < 3; attempt++) {
			clickTestId(testId);
			String list = this.wait
				.until(ExpectedConditions
					.presenceOfElementLocated(By.cssSelector("[data-testid=" + testId + "] input[role=combobox]")))
				.getDomAttribute("aria-controls");
			try {
				click(By.xpath(
						"//*[@id='" + list + "']//li[contains(@class,'el-select-dropdown__item')][normalize-space(.)='"
								+ optionText + "' or contains(normalize-space(.), '" + optionText + "')]"));
			}
			catch (org.openqa.selenium.ElementClickInterceptedException
					| org.openqa.selenium.StaleElementReferenceException ex) {
				// the dropdown was still moving or re-rendered: open it again
				continue;
			}
			if (shows(By.cssSelector("[data-testid=" + testId + "]"), optionText)) {
				return;
			}
		}
	}

	private boolean shows(By select, String text) {
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(2))
				.until(ExpectedConditions.textToBePresentInElementLocated(select, text));
			return true;
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			return false;
		}
	}

	/**
	 * 提交办理 and then 确认办理 in the 办理 dialog, with the given opinion (typed over any the
	 * form handed on; null keeps what the dialog shows), waiting until the dialog has
	 * closed (the task is done).
	 */
	void completeTask(String opinion) {
		clickTestId("complete");
		find(By.cssSelector("[data-testid=complete-dialog]"));
		// the dialog knows the next step once the server answered
		waiting("the next steps in the dialog")
			.until(d -> d.findElements(By.cssSelector("[data-testid=complete-next-loading]")).isEmpty());
		if (opinion != null && !this.driver.findElements(By.cssSelector("[data-testid=complete-opinion]")).isEmpty()) {
			type(input("complete-opinion"), opinion);
		}
		clickTestId("complete-confirm");
		waitUntilGone(By.cssSelector("[data-testid=complete-dialog]"));
	}

	/** Waits until nothing the locator finds is displayed (removed or hidden). */
	void waitUntilGone(By by) {
		waiting("no visible " + by).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElements(by).stream().noneMatch(WebElement::isDisplayed));
	}

	/** Waits until the element's text contains the given text. */
	void waitForText(By by, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	void waitForTestIdText(String id, String text) {
		waitForText(By.cssSelector("[data-testid=" + id + "]"), text);
	}

	/** Waits until the page body shows the text. */
	void waitForPageText(String text) {
		waitForText(By.tagName("body"), text);
	}

	String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	List<WebElement> all(By by) {
		return this.driver.findElements(by);
	}

	void until(String what, java.util.function.Function<WebDriver, Boolean> condition) {
		waiting(what).until(condition);
	}

	/** Writes a screenshot with the element at the top of the viewport. */
	Path screenshot(String name, By anchor) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(anchor));
		return capture(name);
	}

	/** Writes a screenshot of the top of the page to target/screenshots. */
	Path screenshot(String name) {
		((JavascriptExecutor) this.driver).executeScript("window.scrollTo(0, 0)");
		return capture(name);
	}

	private Path capture(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Path shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The page's serious and critical accessibility violations by axe-core (WCAG 2.0/2.1
	 * A and AA), one readable line per rule and node; empty when there are none. axe is
	 * injected through WebDriver (not subject to the page's CSP) and evaluates no
	 * strings, so a CSP violation logged meanwhile is the page's own and fails as usual.
	 */
	List<String> axeViolations() {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(axeSource());
		}
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object result = js.executeAsyncScript(AXE_RUN, AXE_TAGS);
		String json = String.valueOf(result);
		if (!json.startsWith("[")) {
			throw new IllegalStateException(json);
		}
		List<String> found = new ArrayList<>();
		try {
			for (JsonNode rule : new ObjectMapper().readTree(json)) {
				for (JsonNode node : rule.path("nodes")) {
					found.add(rule.path("impact").asText() + " " + rule.path("id").asText() + " ("
							+ rule.path("help").asText() + ") at " + node.path("target").asText() + ": "
							+ node.path("html").asText() + " | "
							+ node.path("summary").asText().replaceAll("\\s+", " ").strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	private static synchronized String axeSource() {
		if (axeSource == null) {
			if (!Files.isReadable(AXE)) {
				throw new IllegalStateException(AXE.toAbsolutePath().normalize() + " is missing: the accessibility "
						+ "check runs axe-core from web/'s devDependencies (cd web && npm ci, or build with -pl server -am)");
			}
			try {
				axeSource = Files.readString(AXE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

	/**
	 * Emulates a screen of the given CSS size (a phone's with {@code mobile}: the page's
	 * viewport meta tag applies, touch events on); the window stays as it was.
	 */
	void viewport(int width, int height, boolean mobile) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
	}

	/** Back to the window's own size (1366×768). */
	void defaultViewport() {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
	}

	/**
	 * Content-Security-Policy violations the browser logged since the last call, each
	 * once (reading the browser log empties it).
	 */
	List<String> cspViolations() {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.WARNING.intValue() && (entry.getMessage().contains(VIOLATION)
					|| entry.getMessage().contains(PERMISSIONS_POLICY_ERROR))) {
				this.violations.add(entry.getMessage());
			}
		}
		List<String> found = List.copyOf(this.violations);
		this.violations.clear();
		return found;
	}

	/** Fails with every violation logged since the last check. */
	void assertNoCspViolations() {
		List<String> found = cspViolations();
		if (!found.isEmpty()) {
			throw new AssertionError("the page violated the Content-Security-Policy:\n  " + String.join("\n  ", found));
		}
	}

	@Override
	public void close() {
		try {
			assertNoCspViolations();
		}
		finally {
			this.driver.quit();
		}
	}

}
