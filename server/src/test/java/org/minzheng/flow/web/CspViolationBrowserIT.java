package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser tests' guard against Content-Security-Policy violations can fail: a page
 * that runs an inline script or an inline event handler (what an injected
 * {@code <script>} would be) is refused by Chromium under the server's policy, and
 * {@link Browser} reports it — so the other browser tests, which end with no violation,
 * prove the workbench needs no more than the policy allows.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CspViolationBrowserIT {

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
	void theSignInPageRunsCleanAndAnInjectedScriptIsRefusedAndReported() {
		this.browser.open("/login");
		this.browser.find(Browser.input("login-username"));
		assertThat(this.browser.cspViolations()).as("the sign-in page itself").isEmpty();

		// an injected inline script and inline handler, as an XSS would add them
		Object ran = ((JavascriptExecutor) this.browser.driver).executeScript("window.injected = false;"
				+ "const s = document.createElement('script');" + "s.textContent = 'window.injected = true';"
				+ "document.body.appendChild(s);" + "const i = document.createElement('img');"
				+ "i.setAttribute('onerror', 'window.injected = true');" + "i.src = '/no-such-image.png';"
				+ "document.body.appendChild(i);" + "return window.injected;");
		assertThat(ran).as("the inline script did not run").isEqualTo(false);

		List<String> violations = new ArrayList<>();
		this.browser.until("the violations logged", d -> {
			violations.addAll(this.browser.cspViolations());
			return violations.size() >= 2;
		});
		assertThat(violations)
			.anySatisfy(v -> assertThat(v).contains("violates the following Content Security Policy directive"))
			.anySatisfy(v -> assertThat(v).contains("(listener): script-src"));
	}

	@Test
	void aViolationFailsTheNextNavigation() {
		this.browser.open("/login");
		this.browser.find(Browser.input("login-username"));
		((JavascriptExecutor) this.browser.driver).executeScript("const s = document.createElement('script');"
				+ "s.textContent = 'void 0';" + "document.body.appendChild(s);");

		this.browser.until("the listener heard it", d -> Long.valueOf(1)
			.equals(((JavascriptExecutor) d).executeScript("return window.cspViolationCount || 0")));

		assertThatThrownBy(() -> this.browser.open("/login")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("violated the Content-Security-Policy");
		assertThat(this.browser.cspViolations()).as("each violation thrown once").isEmpty();
	}

}
