package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 20: a user opens "我的会话" from the user menu, sees this session marked and another
 * one (signed in elsewhere), and signs the other out, which is refused from then on; a
 * session ended from elsewhere brings the browser back to the sign-in page with a
 * message. The administrator's security page shows the policy in force; a clerk has no
 * such menu and the page shows no access. In Chinese; screenshots in target/screenshots.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionsBrowserIT {

	private static final String USER = "ss-browser-clerk";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	Browser browser;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (SessionsBrowserIT.this.browser != null) {
				SessionsBrowserIT.this.browser
					.screenshot("failed-sessions-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	void prepare() {
		ExtraUsers.ensure(jdbc, encoder, USER, "aid", "CLERK", "440308001");
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
	void aUserSignsOutTheirSessionOnAnotherDevice() {
		ApiSession elsewhere = ApiSession.login(port, USER);
		elsewhere.get("/api/me").expect(200);

		browser.login(USER);
		browser.choose("locale", "简体中文");
		openFromUserMenu("我的会话");
		browser.waitForTestIdText("sessions-table", "当前会话");
		browser.waitForTestIdText("sessions-table", "HTTP client");
		assertThat(browser.pageText()).contains("我的会话", "设备", "来源地址", "登录时间", "最近活动", "127.0.0.*", "退出其他全部会话");
		assertThat(browser.all(By.cssSelector("[data-testid=sessions-table] tbody tr"))).hasSize(2);
		browser.screenshot("sessions-zh-CN");

		browser.clickTestId("sign-out-session");
		browser.click(By.cssSelector(".el-message-box__btns .el-button--primary"));
		browser.waitForPageText("已退出 1 个会话");
		browser.until("one session left",
				d -> d.findElements(By.cssSelector("[data-testid=sessions-table] tbody tr")).size() == 1);
		assertThat(browser.pageText()).doesNotContain("HTTP client");
		browser.screenshot("sessions-zh-CN-signed-out-elsewhere");

		ApiSession.Response refused = elsewhere.get("/api/inbox");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.code()).isEqualTo("SESSION_EXPIRED");
	}

	@Test
	@Order(2)
	void aSessionEndedFromElsewhereReturnsToTheSignInPageWithAMessage() {
		ApiSession.login(port, USER).post("/api/me/sessions/sign-out-others", null).expect(200);
		browser.clickTestId("nav-inbox");
		browser.waitForTestIdText("login-expired", "会话已过期");
		browser.screenshot("sessions-zh-CN-expired");
	}

	@Test
	@Order(3)
	void theAdministratorReadsTheSecurityPolicy() {
		browser.login("city-admin");
		browser.choose("locale", "简体中文");
		openFromUserMenu("安全策略");
		browser.waitForTestIdText("policy-idle", "30 分钟");
		browser.waitForTestIdText("policy-absolute", "12 小时");
		browser.waitForTestIdText("policy-retention", "3 年");
		assertThat(browser.pageText()).contains("密码规则", "登录限制", "第二因素认证", "特权用户", "审计记录", "传输安全", "本次访问未经 HTTPS");
		browser.screenshot("security-policy-zh-CN");
	}

	@Test
	@Order(4)
	void aClerkHasNoSecurityPage() {
		browser.login(USER);
		browser.clickTestId("user-menu");
		browser.waitForPageText("我的会话");
		assertThat(browser.all(By.cssSelector("[data-testid=menu-security]"))).isEmpty();
		assertThat(browser.pageText()).doesNotContain("安全策略");
		browser.open("/admin/security");
		browser.waitForPageText("无权访问");
		assertThat(browser.pageText()).doesNotContain("空闲超时");
	}

	private void openFromUserMenu(String item) {
		browser.clickTestId("user-menu");
		browser
			.click(By.xpath("//li[contains(@class,'el-dropdown-menu__item') and normalize-space(.)='" + item + "']"));
	}

}
