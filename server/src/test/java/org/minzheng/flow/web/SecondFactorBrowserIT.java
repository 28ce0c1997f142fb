package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.flow.security.SecondFactorTestExemption;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.minzheng.flow.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The second factor in the workbench, in zh-CN, with the production rule: a street
 * supervisor signs in with the password, sees the code step with the 「演示环境」 note and the
 * demo secret, is refused a wrong code, and enters with the code an authenticator app
 * would show (computed here from the demo secret); an auditor without a secret enrols
 * from the QR code's key and is shown ten recovery codes once. Screenshots in
 * target/screenshots.
 */
@ApplicationTest
@TestPropertySource(properties = SecondFactorTestExemption.ENFORCED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondFactorBrowserIT {

	/** The demo secret, as the README and the login page give it. */
	static final String DEMO_SECRET = "MINZHENGFLOWDEMOSECRETTOTP234567";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	Browser browser;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (SecondFactorBrowserIT.this.browser != null) {
				SecondFactorBrowserIT.this.browser
					.screenshot("failed-second-factor-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void startBrowser() {
		ExtraUsers.ensure(this.jdbc, this.encoder, "web-sf-auditor", "aid", "AUDITOR", "440308");
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@Order(1)
	void aSupervisorSignsInWithTheCodeOfTheDemoSecret() {
		passwordOf("yt-meisha-supervisor");
		this.browser.testId("second-factor-step");
		assertThat(this.browser.testId("demo-note").getText()).contains("演示环境");
		assertThat(this.browser.testId("demo-secret").getText()).isEqualTo(DEMO_SECRET);
		this.browser.screenshot("second-factor-code-zh");

		String right = code(DEMO_SECRET);
		this.browser.type(Browser.input("login-code"),
				String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000));
		this.browser.clickTestId("login-code-submit");
		this.browser.waitForTestIdText("login-error", "口令不正确或已过期");

		this.browser.type(Browser.input("login-code"), code(DEMO_SECRET));
		this.browser.clickTestId("login-code-submit");
		this.browser.waitForTestIdText("who", "方秀兰");
		assertThat(this.browser.driver.getCurrentUrl()).doesNotContain("/login");
	}

	@Test
	@Order(2)
	void anAuditorWithoutASecretEnrolsFromTheKeyAndIsShownRecoveryCodesOnce() {
		passwordOf("web-sf-auditor");
		this.browser.testId("enrol-step");
		this.browser.testId("enrol-qr");
		String secret = this.browser.testId("enrol-secret").getText().strip();
		assertThat(secret).matches("[A-Z2-7]{32}");
		this.browser.screenshot("second-factor-enrol-zh");

		this.browser.type(Browser.input("enrol-code"), code(secret));
		this.browser.clickTestId("enrol-confirm");
		this.browser.testId("recovery-step");
		List<WebElement> codes = this.browser.all(By.cssSelector("[data-testid=recovery-codes] li"));
		assertThat(codes).hasSize(10);
		assertThat(this.browser.pageText()).contains("只显示这一次");
		this.browser.screenshot("second-factor-recovery-zh");
		this.browser.clickTestId("recovery-continue");
		this.browser.waitForTestIdText("who", "web-sf-auditor");
	}

	/** Signs out anyone and enters the user's password on the login page. */
	private void passwordOf(String username) {
		this.browser.driver.manage().deleteAllCookies();
		this.browser.open("/login");
		this.browser.type(Browser.input("login-username"), username);
		this.browser.type(Browser.input("login-password"), "minzheng2026");
		this.browser.clickTestId("login-submit");
	}

	/** The code an authenticator app shows now (RFC 6238, SHA-1, 6 digits, 30 s). */
	private String code(String secret) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
					Math.floorDiv(this.clock.instant().getEpochSecond(), 30));
		}
		catch (dev.samstevens.totp.exceptions.CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
