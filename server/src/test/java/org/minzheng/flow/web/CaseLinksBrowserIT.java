package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.CaseFilings;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * From the inbox to the case, in headless Chromium, for every chain: a case is filed in
 * each of the five; the staff member holding its open task finds it in 待办 (filtered by
 * the applicant or organisation), follows the case link and lands on the case page, which
 * shows that case — its number, summary, facts, timeline and diagram — in Chinese and in
 * English. The cemetery operator, an external party, follows the same link to the
 * inspection's own page.
 */
@ApplicationTest
// a database of their own: they open a cemetery campaign, which the cemetery ITs open
// themselves
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=cases")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLinksBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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

	/** Who may hold the first open task of each chain's case. */
	private static final Map<String, List<String>> HOLDERS = Map.of("aid", List.of("yt-meisha-clerk"), "socialorg",
			List.of("so-city-clerk", "so-city-reviewer", "so-city-approver"), "charity",
			List.of("ch-city-clerk", "ch-city-reviewer", "ch-city-approver"), "lottery",
			List.of("yt-lottery-clerk", "yt-lottery-reviewer"), "cemetery",
			List.of("yt-cemetery-inspector", "yt-admin", "yt-supervisor"));

	@Test
	void theInboxLinkOfEachChainsOpenTaskOpensItsCasePage() {
		Map<String, String> cases = CaseFilings.oneInEachChain(this.port, this.jdbc);
		String inspection = cases.get("cemetery");
		String operator = operatorSelfReports(inspection);

		Map<String, String> holders = new LinkedHashMap<>();
		for (Map.Entry<String, String> c : cases.entrySet()) {
			holders.put(c.getKey(), holderOf(c.getKey(), c.getValue()));
		}
		for (Map.Entry<String, String> c : cases.entrySet()) {
			String line = c.getKey();
			String no = c.getValue();
			String party = this.jdbc.queryForObject("SELECT party_name FROM case_index WHERE case_no = ?", String.class,
					no);
			this.browser.login(holders.get(line))
				.open("/inbox?applicant=" + party.substring(0, Math.min(8, party.length())));
			this.browser.waitForTestIdText("inbox-table", no);
			this.browser.click(By.cssSelector("[data-testid=inbox-table] a[href='/cases/" + no + "']"));
			this.browser.waitForTestIdText("business-key", no);
			this.browser.waitForTestIdText("case-summary", party.substring(0, 2));
			assertThat(this.browser.testId("case-status").getText()).isNotBlank();
			this.browser.find(By.cssSelector("[data-testid=case-facts]"));
			this.browser.find(By.cssSelector("[data-testid=timeline-entry]"));
			this.browser.find(By.cssSelector("[data-testid=diagram][data-rendered=true]"));
			this.browser.find(By.cssSelector("[data-testid=open-work] a[href^='/tasks/']"));
			assertThat(this.browser.pageText()).doesNotContain("案件不存在或您无权查看");
			this.browser.screenshot("case-from-inbox-" + line);
		}

		// in English: the labels come from the server in the reader's language
		this.browser.login(holders.get("socialorg"));
		this.browser.choose("locale", "English");
		this.browser.waitForTestIdText("nav-inbox", "My work");
		this.browser.open("/cases/" + cases.get("socialorg"));
		this.browser.waitForTestIdText("case-title", "Social organisation registration");
		this.browser.waitForTestIdText("case-summary", "Handling unit");
		assertThat(this.browser.testId("case-summary").getText()).contains("Filed by");
		this.browser.waitForTestIdText("case-facts", "Unified social credit code");
		this.browser.waitForTestIdText("timeline", "Clerk");
		this.browser.screenshot("case-from-inbox-socialorg-en");
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-inbox", "我的工作");

		// the operator, an external party, lands on the inspection's own page
		this.browser.login(operator).open("/cases/" + inspection);
		this.browser.until("the inspection page",
				d -> d.getCurrentUrl().endsWith("/cemetery/inspections/" + inspection));
	}

	/**
	 * The operator of the inspected cemetery submits its self-inspection, so that the
	 * inspection waits for the district's staff; returns the operator.
	 */
	private String operatorSelfReports(String inspection) {
		for (String operator : List.of("cem-op-yt1", "cem-op-yt2", "cem-op-yt3")) {
			ApiSession session = ApiSession.login(this.port, operator);
			for (JsonNode item : session.get("/api/inbox?size=200").expect(200).json().path("items")) {
				if (item.path("caseRef").asText().equals(inspection)
						&& item.path("taskKey").asText().equals("Task_SelfInspection")) {
					Map<String, Object> data = new HashMap<>(Map.of("selfInspectionDecision", "SUBMITTED", "plotsSold",
							"120", "plotsOverSizeLimit", "0", "preSales", "0", "ecoBurialPercent", "35", "complaints",
							"2", "highestPriceChargedYuan", "36000", "pricesWithinCatalogue", "YES"));
					AidFlows.complete(session, item.path("taskId").asText(), data);
					return operator;
				}
			}
		}
		// already past the self-inspection (a campaign opened earlier in this database)
		return this.jdbc.queryForObject("SELECT u.username FROM app_user u JOIN role_assignment r ON r.user_id = u.id "
				+ "JOIN cemetery c ON c.operator_unit_code = r.org_unit_code JOIN cemetery_inspection i ON i.cemetery_id = c.id "
				+ "WHERE i.inspection_no = ? ORDER BY u.username LIMIT 1", String.class, inspection);
	}

	/** The user in whose 待办 an open task of the case shows. */
	private String holderOf(String line, String no) {
		String[] found = new String[1];
		AidFlows.await("an open task of " + no + " in an inbox", () -> {
			for (String user : HOLDERS.get(line)) {
				for (JsonNode item : ApiSession.login(this.port, user)
					.get("/api/inbox?size=200")
					.expect(200)
					.json()
					.path("items")) {
					if (item.path("caseRef").asText().equals(no)) {
						found[0] = user;
						return true;
					}
				}
			}
			return false;
		});
		return found[0];
	}

}
