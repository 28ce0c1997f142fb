package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.Base64;
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
import org.minzheng.flow.support.ExtraUsers;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The on-site checklist in headless Chromium: a district inspector answers every item of
 * the checklist on the task page, explains a failure, uploads a photo of it, records the
 * location, saves, and completes the step through its form; the dashboard shows the
 * cemetery at the findings. Uses 南山区's campaign (its users are this test's own).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CemeteryBrowserIT {

	static final String DISTRICT = "440305";

	/** A 1×1 PNG. */
	static final byte[] PHOTO = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	Browser browser;

	@BeforeAll
	void setUp() {
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-admin", "*", "ADMIN", DISTRICT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-inspector", "cemetery", "REVIEWER", DISTRICT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-approver", "cemetery", "APPROVER", DISTRICT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-op", "cemetery", "PARTY", "CEM-OP-0007");
		this.browser = new Browser(this.port);
	}

	@AfterAll
	void tearDown() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void inspectorFillsTheOnSiteChecklistWithAPhotoAndCompletesTheStep() throws Exception {
		// given the operator reported and the documents were reviewed
		int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
		String campaign = ApiSession.login(this.port, "ns-cemetery-admin")
			.post("/api/cemetery/campaigns", Map.of("districtCode", DISTRICT, "year", year))
			.expect(201)
			.json()
			.path("campaignNo")
			.asText();
		String no = campaign + "-01";
		ApiSession operator = ApiSession.login(this.port, "ns-cemetery-op");
		AidFlows.complete(operator, AidFlows.awaitTask(operator, no, "Task_SelfInspection"),
				Map.of("selfInspectionDecision", "SUBMITTED", "plotsSold", "80", "plotsOverSizeLimit", "0", "preSales",
						"0", "ecoBurialPercent", "40", "complaints", "0", "highestPriceChargedYuan", "30000.50",
						"pricesWithinCatalogue", "YES"));
		ApiSession inspector = ApiSession.login(this.port, "ns-cemetery-inspector");
		AidFlows.complete(inspector, AidFlows.awaitTask(inspector, no, "Task_DocumentReview"),
				Map.of("documentReviewDecision", "PASS"));
		String onSite = AidFlows.awaitTask(inspector, no, "Task_OnSiteInspection");
		List<String> items = inspector.get("/api/cemetery/inspections/" + no)
			.expect(200)
			.json()
			.path("checklist")
			.findValuesAsText("itemCode");
		Path photo = Files.createTempFile("site-photo", ".png");
		Files.write(photo, PHOTO);

		// when the inspector works through the checklist on the task page
		this.browser.login("ns-cemetery-inspector").open("/tasks/" + onSite);
		this.browser.testId("checklist-editor");
		for (String item : items) {
			this.browser.clickTestId("check-" + item + ("ARCHIVES".equals(item) ? "-FAIL" : "-PASS"));
		}
		this.browser.type(Browser.input("remark-ARCHIVES"), "安葬档案缺少 2025 年下半年记录");
		this.browser.driver.findElement(By.cssSelector("input[data-testid=photo-ARCHIVES]"))
			.sendKeys(photo.toAbsolutePath().toString());
		this.browser.testId("photo-link-ARCHIVES");
		this.browser.type(Browser.input("latitude"), "22.5330");
		this.browser.type(Browser.input("longitude"), "113.9300");
		this.browser.type(Browser.input("place"), "松风纪念园 档案室及一号墓区");
		this.browser.clickTestId("save-checklist");
		this.browser.testId("checklist-saved");
		this.browser.screenshot("cemetery-checklist", By.cssSelector("[data-testid=checklist-editor]"));
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='已逐项填写并上传照片']"));
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// then the answers, the photo and the place are recorded and the findings are
		// next
		AidFlows.awaitTask(ApiSession.login(this.port, "ns-cemetery-approver"), no, "Task_Findings");
		JsonNode view = inspector.get("/api/cemetery/inspections/" + no).expect(200).json();
		assertThat(view.path("results")).hasSize(items.size());
		JsonNode archives = null;
		for (JsonNode result : view.path("results")) {
			if (result.path("itemCode").asText().equals("ARCHIVES")) {
				archives = result;
			}
		}
		assertThat(archives).isNotNull();
		assertThat(archives.path("result").asText()).isEqualTo("FAIL");
		assertThat(archives.path("remark").asText()).contains("安葬档案");
		long photoId = archives.path("photoAttachmentId").asLong();
		assertThat(view.path("attachments").findValuesAsText("contentType")).contains("image/png");
		assertThat(inspector.get("/api/cemetery/inspections/" + no + "/attachments/" + photoId).status())
			.isEqualTo(200);
		assertThat(view.path("visits").get(0).path("place").asText()).isEqualTo("松风纪念园 档案室及一号墓区");

		// and the campaign's dashboard shows the cemetery at the findings
		this.browser.login("ns-cemetery-admin").open("/cemetery/campaigns/" + campaign);
		this.browser.waitForTestIdText("campaign-progress", "松风纪念园");
		this.browser.waitForTestIdText("campaign-progress", "检查结论");
		this.browser.screenshot("cemetery-dashboard");

		// and the operator's page of the inspection shows where it stands: in progress at
		// the findings, with the unit holding that step, and the answered checklist
		this.browser.login("ns-cemetery-op").open("/cemetery/inspections/" + no);
		this.browser.waitForTestIdText("inspection-state", "进行中");
		this.browser.waitForTestIdText("inspection-state", "检查结论");
		this.browser.waitForTestIdText("inspection-steps", "检查结论");
		this.browser.waitForTestIdText("checklist-results", "安葬档案缺少");
		this.browser.screenshot("cemetery-inspection-page");
	}

	@Test
	void processOwnerPublishesANewChecklistVersionWithoutCode() {
		ApiSession owner = ApiSession.login(this.port, "city-process-owner");
		int before = owner.get("/api/cemetery/checklists/current").expect(200).json().path("versionNo").asInt();
		int items = owner.get("/api/cemetery/checklists/current").expect(200).json().path("items").size();

		this.browser.login("city-process-owner").clickTestId("nav-cemetery");
		this.browser.clickTestId("checklists-link");
		this.browser.testId("publish-checklist");
		this.browser.clickTestId("add-item");
		this.browser.type(Browser.input("item-code-" + items), "FLOOD_PLAN");
		this.browser.type(Browser.input("item-category-" + items), "安全");
		this.browser.type(Browser.input("item-text-" + items), "汛期防洪排涝预案");
		this.browser.type(Browser.input("checklist-reason"), "增加汛期检查项");
		this.browser.clickTestId("publish-checklist");
		AidFlows.await("the new version is published",
				() -> owner.get("/api/cemetery/checklists/current")
					.expect(200)
					.json()
					.path("versionNo")
					.asInt() == before + 1);
		this.browser.waitForTestIdText("checklist-versions", "city-process-owner");

		JsonNode current = owner.get("/api/cemetery/checklists/current").expect(200).json();
		assertThat(current.path("versionNo").asInt()).isEqualTo(before + 1);
		assertThat(current.path("items").findValuesAsText("itemCode")).hasSize(items + 1).contains("FLOOD_PLAN");
		this.browser.screenshot("cemetery-checklists");
	}

}
