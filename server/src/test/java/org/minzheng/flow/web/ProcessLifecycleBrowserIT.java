package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.processes.charity.CharityFundraisingProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A city process owner in the console: 新建流程 opens the modeler on a template that both the
 * browser's checks and the server's accept, and is proposed as a new process; 停用 asks for
 * a reason in a confirmation dialog and proposes the retirement, which the change list
 * shows as such. Both proposals are rejected again afterwards (the shared context's
 * processes stay as they were).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessLifecycleBrowserIT {

	static final String NEW_KEY = "AidBrowserFollowUpProcess";

	static final String RETIRED_KEY = CharityFundraisingProcess.PROCESS_KEY;

	@LocalServerPort
	int port;

	Browser browser;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (ProcessLifecycleBrowserIT.this.browser != null) {
				ProcessLifecycleBrowserIT.this.browser
					.screenshot("failed-lifecycle-" + context.getRequiredTestMethod().getName());
			}
		}
	};

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
	void ownerProposesANewProcessFromTheTemplateAndRetiresOneWithAReason() {
		ApiSession second = ApiSession.login(this.port, "city-process-owner-2");
		try {
			this.browser.login("city-process-owner").clickTestId("nav-process-admin");
			this.browser.clickTestId("new-process");
			this.browser.until("the modeler opens the template",
					d -> "true".equals(this.browser.testId("modeler-canvas").getAttribute("data-ready")));
			this.browser.type(Browser.input("new-process-key"), NEW_KEY);
			this.browser.clickTestId("apply-template");
			this.browser.until("the template is checked",
					d -> !this.browser.testId("lint-summary").getAttribute("data-errors").isEmpty());
			assertThat(this.browser.testId("lint-summary").getAttribute("data-errors"))
				.as(this.browser.testId("lint-issues").getText())
				.isEqualTo("0");
			this.browser.type(Browser.input("change-note"), "回访新流程");
			this.browser.clickTestId("submit-change");
			this.browser.waitForTestIdText("change-created", "已提交");
			JsonNode proposed = change(second, NEW_KEY);
			assertThat(proposed.path("kind").asText()).isEqualTo("NEW");
			assertThat(proposed.path("status").asText()).isEqualTo("PENDING");

			this.browser.open("/process-admin");
			this.browser.clickTestId("retire-" + RETIRED_KEY);
			// the dialog names the process in words and the version in force
			assertThat(this.browser.testId("retire-what").getText()).contains(RETIRED_KEY, "第 1 版");
			assertThat(this.browser.testId("retire-confirm").isEnabled()).isFalse();
			this.browser.type(Browser.input("retire-reason"), "政策调整，停止受理");
			this.browser.clickTestId("retire-confirm");
			this.browser.waitForTestIdText("retire-proposed", RETIRED_KEY);
			JsonNode retirement = change(second, RETIRED_KEY);
			assertThat(retirement.path("kind").asText()).isEqualTo("RETIRE");
			assertThat(retirement.path("changeNote").asText()).isEqualTo("政策调整，停止受理");
			this.browser.waitForTestIdText("kind-" + retirement.path("id").asText(), "停用");
			this.browser.screenshot("process-retire-proposed");
		}
		finally {
			for (String key : new String[] { NEW_KEY, RETIRED_KEY }) {
				JsonNode pending = change(second, key);
				if (pending != null && "PENDING".equals(pending.path("status").asText())) {
					second
						.post("/api/process-admin/changes/" + pending.path("id").asText() + "/reject",
								Map.of("reason", "浏览器测试结束"))
						.expect(200);
				}
			}
		}
	}

	/** The newest proposal for the key, or null. */
	private static JsonNode change(ApiSession owner, String key) {
		for (JsonNode change : owner.get("/api/process-admin/changes").expect(200).json()) {
			if (change.path("processKey").asText().equals(key)) {
				return change;
			}
		}
		return null;
	}

}
