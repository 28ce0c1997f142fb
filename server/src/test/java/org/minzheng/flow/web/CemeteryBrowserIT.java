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
 * cemetery at the findings; the re-inspection after a further rectification period on the
 * task page, and the inspection's page showing what the body it was referred to did. Uses
 * 南山区's campaign (its users are this test's own).
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

	/** 南山's campaign of this year: 松风纪念园 (-01) and 沙河福泽园 (-02). */
	String campaign;

	@BeforeAll
	void setUp() {
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-admin", "*", "ADMIN", DISTRICT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-inspector", "cemetery", "REVIEWER", DISTRICT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-approver", "cemetery", "APPROVER", DISTRICT);
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-op", "cemetery", "PARTY", "CEM-OP-0007");
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-op2", "cemetery", "PARTY", "CEM-OP-0008");
		ExtraUsers.ensure(this.jdbc, this.encoder, "ns-cemetery-en", "cemetery", "PARTY", "CEM-EN-440305");
		int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
		this.campaign = ApiSession.login(this.port, "ns-cemetery-admin")
			.post("/api/cemetery/campaigns", Map.of("districtCode", DISTRICT, "year", year))
			.expect(201)
			.json()
			.path("campaignNo")
			.asText();
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
		String no = this.campaign + "-01";
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
		this.browser.login("ns-cemetery-admin").open("/cemetery/campaigns/" + this.campaign);
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
	void furtherRectificationIsReInspectedOnTheTaskPageAndTheReferralShowsWhatTheBodyDid() throws Exception {
		// given 沙河福泽园 failed its archives on site and again on re-inspection, and was
		// given a further period, which its operator reported on
		String no = this.campaign + "-02";
		ApiSession operator = ApiSession.login(this.port, "ns-cemetery-op2");
		ApiSession inspector = ApiSession.login(this.port, "ns-cemetery-inspector");
		ApiSession approver = ApiSession.login(this.port, "ns-cemetery-approver");
		AidFlows.complete(operator, AidFlows.awaitTask(operator, no, "Task_SelfInspection"),
				Map.of("selfInspectionDecision", "SUBMITTED", "plotsSold", "40", "plotsOverSizeLimit", "0", "preSales",
						"0", "ecoBurialPercent", "30", "complaints", "1", "highestPriceChargedYuan", "30000",
						"pricesWithinCatalogue", "YES"));
		AidFlows.complete(inspector, AidFlows.awaitTask(inspector, no, "Task_DocumentReview"),
				Map.of("documentReviewDecision", "PASS"));
		checkByApi(inspector, no, "Task_OnSiteInspection", "onSiteDecision");
		AidFlows.complete(approver, AidFlows.awaitTask(approver, no, "Task_Findings"),
				Map.of("findingsDecision", "RECTIFY", "opinion", "补齐安葬档案"));
		AidFlows.complete(operator, AidFlows.awaitTask(operator, no, "Task_Rectification"),
				Map.of("rectificationDecision", "SUBMITTED", "opinion", "档案整理中"));
		checkByApi(inspector, no, "Task_ReInspection", "reInspectionDecision");
		AidFlows.complete(approver, AidFlows.awaitTask(approver, no, "Task_Result"),
				Map.of("resultDecision", "RECTIFY_PENDING", "opinion", "继续整改安葬档案"));
		AidFlows.complete(operator, AidFlows.awaitTask(operator, no, "Task_FollowUpRectification"),
				Map.of("rectificationDecision", "SUBMITTED", "opinion", "档案已补齐"));
		String followUp = AidFlows.awaitTask(inspector, no, "Task_FollowUpReInspection");
		Path photo = Files.createTempFile("archive-photo", ".png");
		Files.write(photo, PHOTO);

		// when the inspector re-inspects on the task page: only the item still failing is
		// asked, and it still fails
		this.browser.login("ns-cemetery-inspector").open("/tasks/" + followUp);
		this.browser.waitForTestIdText("checklist-editor", "整改期满复查检查表");
		this.browser.clickTestId("check-ARCHIVES-FAIL");
		assertThat(this.browser.driver.findElements(By.cssSelector("[data-testid=check-LICENCE_VALID-PASS]")))
			.isEmpty();
		this.browser.type(Browser.input("remark-ARCHIVES"), "期满复查：2025 年下半年安葬记录仍缺");
		this.browser.driver.findElement(By.cssSelector("input[data-testid=photo-ARCHIVES]"))
			.sendKeys(photo.toAbsolutePath().toString());
		this.browser.testId("photo-link-ARCHIVES");
		this.browser.type(Browser.input("latitude"), "22.5400");
		this.browser.type(Browser.input("longitude"), "113.9700");
		this.browser.type(Browser.input("place"), "沙河福泽园 档案室");
		this.browser.clickTestId("save-checklist");
		this.browser.testId("checklist-saved");
		this.browser.screenshot("cemetery-follow-up-checklist", By.cssSelector("[data-testid=checklist-editor]"));
		this.browser.click(By.xpath("//*[@data-testid='task-form']//label[normalize-space(.)='已逐项复查']"));
		this.browser.completeTask(null);
		this.browser.until("back in the inbox", d -> d.getCurrentUrl().contains("/inbox"));

		// and the approver decides 不合格 with the reasons; the district's joint-enforcement
		// group reports what it did
		AidFlows.complete(approver, AidFlows.awaitTask(approver, no, "Task_FinalResult"),
				Map.of("finalResultDecision", "UNQUALIFIED", "opinion", "期满复查安葬档案仍不完整"));
		ApiSession enforcement = ApiSession.login(this.port, "ns-cemetery-en");
		AidFlows.complete(enforcement, AidFlows.awaitTask(enforcement, no, "Task_JointEnforcement"),
				Map.of("enforcementDecision", "CORRECTION_ORDERED", "opinion", "已责令十日内补齐安葬档案"));

		// then the inspection's page shows the round, the result and the body's report
		this.browser.login("ns-cemetery-en").open("/cemetery/inspections/" + no);
		this.browser.waitForTestIdText("inspection-state", "不合格");
		this.browser.waitForTestIdText("checklist-results", "整改期满复查");
		this.browser.waitForTestIdText("enforcement-referrals", "南山区殡葬联合执法组");
		this.browser.waitForTestIdText("enforcement-referrals", "已责令十日内补齐安葬档案");
		this.browser.screenshot("cemetery-referrals");
	}

	/**
	 * The inspector fills in the open round by the API: ARCHIVES fails, the rest passes.
	 */
	private void checkByApi(ApiSession inspector, String no, String taskKey, String decision) {
		String task = AidFlows.awaitTask(inspector, no, taskKey);
		long photo = inspector
			.upload("/api/cemetery/inspections/" + no + "/attachments", "file", "现场.png", "image/png", PHOTO)
			.expect(201)
			.json()
			.path("id")
			.asLong();
		JsonNode view = inspector.get("/api/cemetery/inspections/" + no).expect(200).json();
		List<Map<String, Object>> items = new java.util.ArrayList<>();
		for (JsonNode item : view.path("checklist")) {
			String code = item.path("itemCode").asText();
			if (view.path("openRound").asInt() == 1 || "ARCHIVES".equals(code)) {
				boolean fails = "ARCHIVES".equals(code);
				items.add(fails
						? Map.of("itemCode", code, "result", "FAIL", "remark", "安葬档案缺失", "photoAttachmentId", photo)
						: Map.of("itemCode", code, "result", "PASS", "photoAttachmentId", photo));
			}
		}
		inspector
			.put("/api/cemetery/inspections/" + no + "/checklist",
					Map.of("latitude", 22.54, "longitude", 113.97, "place", "沙河福泽园", "items", items))
			.expect(200);
		AidFlows.complete(inspector, task, Map.of(decision, "DONE"));
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
