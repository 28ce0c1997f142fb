package org.minzheng.flow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A process owner revises the 低保 chain in the browser's modeler: adds a user task, sees
 * the inline check name its missing form, fixes it (a form the server does not know is
 * refused with its problem marked on the task), creates the task's own form in the
 * form-js editor opened from the modeler, submits; a second owner reviews the graphical
 * diff and the new form, and approves; the new step's task renders and validates the new
 * form; new cases start the new version; the migration page moves the old version's
 * running cases where their step still exists and reports the one whose step was renamed.
 * Its own application context (and so its own database): the version it deploys must not
 * change the 低保 chain under the other tests.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=process-modeler")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessModelerBrowserIT {

	static final String KEY = AidApplicationProcess.PROCESS_KEY;

	static final String NEW_TASK = "Task_MaterialPrecheck";

	static final String NEW_FORM = "aid-material-precheck";

	static final String RULE_TASK = "BusinessRuleTask_Priority";

	static final String DECISION = "Decision_Priority";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	org.camunda.bpm.engine.HistoryService history;

	Browser browser;

	@org.junit.jupiter.api.extension.RegisterExtension
	final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
		@Override
		public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
			if (ProcessModelerBrowserIT.this.browser != null) {
				ProcessModelerBrowserIT.this.browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	/** A case waiting at 受理审查 on the shipped version: its step stays, so it moves. */
	String atAcceptance;

	/** A case waiting at 移交接收, whose step id the new version renames: it stays. */
	String atHandOver;

	String oldDefinition;

	long changeId;

	long versions;

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

	/**
	 * The browser's checks mirror the server's: none of the shipped models, which pass
	 * ModelRules, shows an error in the modeler.
	 */
	@Test
	@Order(0)
	void everyShippedProcessOpensInTheModelerWithoutErrors() {
		JsonNode processes = ApiSession.login(this.port, "city-process-owner")
			.get("/api/process-admin/processes")
			.expect(200)
			.json();
		assertThat(processes.findValuesAsText("key")).contains(KEY);
		this.browser.login("city-process-owner");
		List<Long> interactive = new ArrayList<>();
		for (JsonNode process : processes) {
			String definitionId = process.path("versions").get(0).path("version").path("definitionId").asText();
			this.browser.open("/process-admin/model/"
					+ java.net.URLEncoder.encode(definitionId, java.nio.charset.StandardCharsets.UTF_8));
			// time to interactive: from the navigation to the diagram drawn and a click
			// on
			// it selecting its start event (milliseconds on the page's clock)
			WebElement canvas = this.browser.find(By.cssSelector("[data-testid=modeler-canvas][data-ready=true]"));
			this.browser.click(By.cssSelector("[data-testid=modeler-canvas] .djs-shape[data-element-id^=StartEvent_]"));
			this.browser.until(process.path("key").asText() + " takes a click",
					d -> canvas.getAttribute("data-first-selection-at") != null);
			long drawn = Long.parseLong(canvas.getAttribute("data-ready-at"));
			long clicked = Long.parseLong(canvas.getAttribute("data-first-selection-at"));
			interactive.add(drawn);
			System.out.printf(
					"modeler time to interactive %s: code loaded %s ms, code and model %s ms, drawn %d ms, first click handled %d ms%n",
					process.path("key").asText(), canvas.getAttribute("data-at-code"),
					canvas.getAttribute("data-at-model"), drawn, clicked);
			// the palette floats over the canvas's left edge: nothing of the diagram
			// under it
			assertThat(
					((Number) js("const c = arguments[0], p = c.querySelector('.djs-palette').getBoundingClientRect();"
							+ "const lefts = [...c.querySelectorAll('.djs-shape:not(.djs-root) .djs-visual')]"
							+ ".map((v) => v.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => r.left);"
							+ "return Math.min(...lefts) - p.right;", canvas))
						.doubleValue())
				.as(process.path("key").asText() + ": the leftmost shape or label starts right of the palette")
				.isGreaterThanOrEqualTo(0);
			this.browser.until(process.path("key").asText() + " is checked",
					d -> !this.browser.testId("lint-summary").getAttribute("data-errors").isEmpty());
			assertThat(this.browser.testId("lint-summary").getAttribute("data-errors"))
				.as(process.path("key").asText() + ": " + this.browser.testId("lint-issues").getText())
				.isEqualTo("0");
		}
		// the goal: interactive within 2 s on the CI machine. Measured in the full build
		// (./mvnw verify, 2 cores): median 922 ms drawn, slowest 1,578 ms; before the
		// modeler drew ahead of its checks the median was 6.5 s on a loaded machine
		List<Long> sorted = interactive.stream().sorted().toList();
		long median = sorted.get(sorted.size() / 2);
		System.out.printf("modeler time to interactive over %d processes: median %d ms, max %d ms%n", sorted.size(),
				median, sorted.get(sorted.size() - 1));
		assertThat(median).as("median time to the diagram drawn (ms)").isLessThan(2_000);

		// in English the palette and the properties panel speak bpmn-js's own English;
		// the
		// diagram keeps the model's names
		this.browser.choose("locale", "English");
		this.browser.waitForTestIdText("nav-inbox", "My work");
		this.browser.open("/process-admin/model/" + java.net.URLEncoder.encode(
				processes.get(0).path("versions").get(0).path("version").path("definitionId").asText(),
				java.nio.charset.StandardCharsets.UTF_8));
		this.browser.find(By.cssSelector("[data-testid=modeler-canvas][data-ready=true]"));
		assertThat(this.browser.find(By.cssSelector(".djs-palette [data-action='create.start-event']"))
			.getAttribute("aria-label")).isEqualTo("Create start event");
		this.browser.waitForTestIdText("properties-panel", "General");
		assertThat(this.browser.testId("properties-panel").getText()).doesNotContain("常规");
		this.browser.screenshot("modeler-en");
		this.browser.choose("locale", "简体中文");
		this.browser.waitForTestIdText("nav-inbox", "我的工作");
	}

	@Test
	@Order(1)
	void ownerAddsAUserTaskAndTheCheckNamesItsMissingForm() {
		this.atAcceptance = submit("ft-yuanling-clerk", "440304001", "冯骥");
		this.atHandOver = ApiSession.login(this.port, "ft-nanyuan-clerk")
			.post("/api/aid/applications",
					new HashMap<>(
							AidFixtures.application("440304001", "冯驰", AidFixtures.idNumber("440304", "19630101"))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		ApiSession clerk = ApiSession.login(this.port, "ft-yuanling-clerk");
		AidFlows.awaitTask(clerk, this.atAcceptance, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		AidFlows.awaitTask(clerk, this.atHandOver, AidApplicationProcess.TASK_HAND_OVER);
		this.oldDefinition = definitionOf(this.atAcceptance).getId();
		this.versions = this.repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count();

		// a clerk has no such menu; the process owner has
		this.browser.login("ft-yuanling-clerk");
		assertThat(this.browser.all(By.cssSelector("[data-testid=nav-process-admin]"))).isEmpty();
		this.browser.login("city-process-owner").clickTestId("nav-process-admin");
		// grouped by line, found by the search, its versions a click away
		this.browser.waitForTestIdText("line-aid", "社会救助");
		this.browser.type(Browser.input("process-search"), "低保");
		this.browser.waitForTestIdText("process-count", "/");
		assertThat(this.browser.all(By.cssSelector("[data-testid^=process-SocialOrg]"))).isEmpty();
		this.browser.find(By.cssSelector("[data-testid=process-" + KEY + "]"));
		this.browser.clickTestId("versions-toggle-" + KEY);
		this.browser.waitForTestIdText("versions-" + KEY, "aid-acceptance-check");
		this.browser.waitForTestIdText("versions-" + KEY, "福田区");
		this.browser.screenshot("process-console");
		this.browser.clickTestId("open-latest-" + KEY);
		this.browser.until("the modeler opens the deployed version",
				d -> "true".equals(this.browser.testId("modeler-canvas").getAttribute("data-ready")));
		noLintErrors();
		// the licence's watermark stays, the palette and the properties panel speak
		// Chinese
		assertThat(this.browser.find(By.cssSelector("[data-testid=modeler-canvas] .bjs-powered-by")).isDisplayed())
			.isTrue();
		assertThat(this.browser.find(By.cssSelector(".djs-palette [data-action='create.start-event']"))
			.getAttribute("aria-label")).isEqualTo("创建开始事件");

		// the owner drops a user task onto the diagram (bpmn-js's modeling API, as its
		// own
		// tests drive it)
		js("const m = window.__modeler, registry = m.get('elementRegistry'), modeling = m.get('modeling');"
				+ "const process = registry.get('Task_AcceptanceCheck').parent;"
				+ "const task = modeling.createShape({ type: 'bpmn:UserTask' }, { x: 760, y: 790 }, process);"
				+ "modeling.updateProperties(task, { id: '" + NEW_TASK + "', name: '材料预审' });");

		// the check names the missing form at the task, on the diagram and in the list,
		// and submitting waits
		this.browser.until("the lint lists the missing form",
				d -> issueText("lint-issue", NEW_TASK).contains("用户任务须引用一个表单"));
		// ours and bpmnlint's recommended rules, both in Chinese
		assertThat(issueText("lint-issue", NEW_TASK)).contains("用户任务须设置候选组").contains("元素未连接");
		// on the diagram: the linter's error mark on the task, its list naming the form
		this.browser.click(By.xpath("//li[@data-testid='lint-issue'][@data-element='" + NEW_TASK
				+ "']//a[@data-testid='lint-issue-focus']"));
		WebElement mark = this.browser
			.find(By.cssSelector(".djs-overlays[data-container-id=" + NEW_TASK + "] .bjsl-icon-error"));
		// coloured, not transparent: the linter's colours resolve on this page
		assertThat(js("return getComputedStyle(arguments[0]).getPropertyValue('--bjsl-color-error').trim()", mark))
			.asString()
			.isNotBlank();
		new org.openqa.selenium.interactions.Actions(this.browser.driver).moveToElement(mark).perform();
		this.browser.until("the mark's list opens with the missing form",
				d -> d.findElement(By.cssSelector(".djs-overlays[data-container-id=" + NEW_TASK + "] .bjsl-dropdown"))
					.getText()
					.contains("用户任务须引用一个表单"));
		assertThat(this.browser.testId("submit-change").isEnabled()).isFalse();
		this.browser.waitForTestIdText("submit-blocked", "错误");
		this.browser.screenshot("modeler-lint", By.cssSelector("[data-testid=modeler-canvas]"));

		// code in a condition: the server's own deny-by-default check, run in the
		// browser, names the flow and the rule while the owner edits
		js("const m = window.__modeler, flow = m.get('elementRegistry').get('Flow_Dibao');"
				+ "m.get('modeling').updateModdleProperties(flow, flow.businessObject.conditionExpression,"
				+ " { body: \"${''.getClass().forName('java.lang.Runtime') != null}\" });");
		this.browser.until("the lint refuses the reflective condition",
				d -> issueText("lint-issue", "Flow_Dibao").contains("只能调用已登记处理程序的已登记方法"));
		assertThat(issueText("lint-issue", "Flow_Dibao")).contains("EXPRESSION_METHOD_NOT_ALLOWED")
			.contains("bpmn:conditionExpression");
		js("window.__modeler.get('commandStack').undo();");
		this.browser.until("the refusal goes with the undo", d -> issueText("lint-issue", "Flow_Dibao").isEmpty());
	}

	@Test
	@Order(2)
	void theServerRefusesAFormItDoesNotKnowAndMarksTheTask() {
		// the owner connects the task after 受理审查, gives it candidate groups, the
		// calendar's due date and a time limit, names a form, and renames 移交接收's id
		js("const m = window.__modeler, registry = m.get('elementRegistry'), modeling = m.get('modeling'),"
				+ " moddle = m.get('moddle');" + "const task = registry.get('" + NEW_TASK + "');"
				+ "modeling.removeConnection(registry.get('Flow_AcceptanceToDecision'));"
				+ "modeling.connect(registry.get('Task_AcceptanceCheck'), task);"
				+ "modeling.connect(task, registry.get('Gateway_AcceptanceDecision'));"
				+ "const sla = moddle.create('camunda:Properties', { values: [moddle.create('camunda:Property',"
				+ " { name: 'slaWorkingDays', value: '2' })] });"
				+ "modeling.updateProperties(task, { 'camunda:formRef': 'aid-extra-check',"
				+ " 'camunda:formRefBinding': 'deployment', 'camunda:candidateGroups': 'aid-clerk@${competentStreetCode}',"
				+ " 'camunda:dueDate': '${sla.due(execution)}',"
				+ " extensionElements: moddle.create('bpmn:ExtensionElements', { values: [sla] }) });"
				+ "modeling.updateProperties(registry.get('Task_HandOver'), { id: 'Task_HandOverReceipt' });");
		noLintErrors();
		// a form no deployed version uses is only a warning here: the server has the last
		// word
		assertThat(issueText("lint-issue", NEW_TASK)).contains("aid-extra-check").doesNotContain("须引用一个表单");
		this.browser.type(Browser.input("change-note"), "受理审查后增加材料预审");
		this.browser.clickTestId("submit-change");
		this.browser.until("the server's problem is listed",
				d -> issueText("server-problem", NEW_TASK).contains("表单不存在：aid-extra-check"));
		assertThat(this.browser.find(By.cssSelector("[data-testid=server-problem][data-code=FORM_NOT_FOUND]"))
			.getAttribute("data-element")).isEqualTo(NEW_TASK);
		assertThat(this.browser
			.find(By.cssSelector(".djs-overlays[data-container-id=" + NEW_TASK + "] .server-problem-overlay"))
			.getText()).contains("aid-extra-check");
		assertThat(this.browser.all(By.cssSelector("[data-element-id=" + NEW_TASK + "].server-problem"))).hasSize(1);
		this.browser.screenshot("modeler-server-problem", By.cssSelector("[data-testid=modeler-canvas]"));
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
			.isEqualTo(this.versions);
	}

	@Test
	@Order(3)
	void theOwnerSetsAnExistingFormInThePropertiesPanelAndSubmits() {
		js("const m = window.__modeler; m.get('selection').select(m.get('elementRegistry').get('" + NEW_TASK + "'));");
		this.browser.click(By
			.cssSelector("[data-group-id=group-CamundaPlatform__Form] .bio-properties-panel-group-header:not(.open)"));
		this.browser.type(By.id("bio-properties-panel-formRef"), "aid-hand-over");
		this.browser.until("the panel's edit reaches the model",
				d -> "aid-hand-over".equals(js("return window.__modeler.get('elementRegistry').get('" + NEW_TASK
						+ "').businessObject.get('camunda:formRef')")));
		noLintErrors();
		this.browser.waitForTestIdText("model-forms", "aid-hand-over");
	}

	/**
	 * The task gets a form of its own: the owner creates it in the form-js editor from
	 * the modeler (Chinese palette, bpmn.io watermark), adds a field, and submits it with
	 * the model.
	 */
	@Test
	@Order(4)
	void theOwnerCreatesTheTasksFormAndADecisionAndSubmits() {
		js("const m = window.__modeler; m.get('selection').select(m.get('elementRegistry').get('" + NEW_TASK + "'));");
		this.browser.type(Browser.input("new-form-id"), NEW_FORM);
		this.browser.clickTestId("new-form");
		this.browser.until("the form editor opens",
				d -> "true".equals(this.browser.testId("form-editor").getAttribute("data-ready")));
		assertThat(js("return window.__modeler.get('elementRegistry').get('" + NEW_TASK
				+ "').businessObject.get('camunda:formRef')"))
			.isEqualTo(NEW_FORM);
		// the licence's watermark stays; the palette speaks Chinese
		assertThat(this.browser.find(By.cssSelector("[data-testid=form-editor] .fjs-powered-by")).isDisplayed())
			.isTrue();
		this.browser.until("the palette speaks Chinese",
				d -> this.browser.find(By.cssSelector("[data-testid=form-editor] .fjs-palette"))
					.getText()
					.contains("单行文本"));
		// the owner drops a text field onto the form (form-js's modeling API, as its own
		// tests drive it)
		js("const e = window.__formEditor, root = e.get('formFieldRegistry').getAll().find(f => f.type === 'default');"
				+ "e.get('modeling').addFormField({ type: 'textarea', key: 'precheckNote', label: '预审意见',"
				+ " validate: { maxLength: 200 } }, root, 0);");
		this.browser.until("the field is on the form",
				d -> !this.browser
					.all(By.cssSelector("[data-testid=form-editor] .fjs-editor-container .fjs-form-field-textarea"))
					.isEmpty());
		this.browser.screenshot("form-editor", By.cssSelector("[data-testid=form-editor]"));
		this.browser.clickTestId("form-editor-save");
		this.browser.until("the form is kept with the change",
				d -> this.browser.find(By.cssSelector("[data-testid=model-form][data-form=" + NEW_FORM + "]"))
					.getText()
					.contains("已编辑"));
		noLintErrors();

		// after the new step, a business rule task whose decision the owner creates in
		// dmn-js
		js("const m = window.__modeler, registry = m.get('elementRegistry'), modeling = m.get('modeling');"
				+ "const task = registry.get('" + NEW_TASK + "'), gateway = registry.get('Gateway_AcceptanceDecision');"
				+ "modeling.removeConnection(task.outgoing.find(f => f.target === gateway));"
				+ "const rule = modeling.createShape({ type: 'bpmn:BusinessRuleTask' }, { x: 920, y: 790 }, task.parent);"
				+ "modeling.updateProperties(rule, { id: '" + RULE_TASK + "', name: '办理优先级' });"
				+ "modeling.connect(task, rule); modeling.connect(rule, gateway); m.get('selection').select(rule);");
		this.browser.clickTestId("new-decision");
		this.browser.until("the decision editor opens",
				d -> "true".equals(this.browser.testId("decision-editor").getAttribute("data-ready")));
		assertThat(js("return window.__modeler.get('elementRegistry').get('" + RULE_TASK
				+ "').businessObject.get('camunda:decisionRef')"))
			.isEqualTo(DECISION);
		assertThat(this.browser.find(By.cssSelector("[data-testid=decision-editor] .bjs-powered-by")).isDisplayed())
			.isTrue();
		// one rule: every case gets the priority NORMAL (dmn-js's modeling API)
		js("const v = window.__dmnModeler.getActiveViewer(), modeling = v.get('modeling');"
				+ "const row = modeling.addRow({ type: 'dmn:DecisionRule' });"
				+ "modeling.editCell(row.cells[1].businessObject, '\"NORMAL\"');");
		this.browser.waitForTestIdText("decision-editor", "NORMAL");
		this.browser.screenshot("decision-editor", By.cssSelector("[data-testid=decision-editor]"));
		this.browser.clickTestId("decision-editor-save");
		this.browser.until("the decision is kept with the change",
				d -> this.browser.find(By.cssSelector("[data-testid=model-decision][data-decision=" + DECISION + "]"))
					.getText()
					.contains("已编辑"));
		noLintErrors();
		this.browser.clickTestId("submit-change");
		this.browser.waitForTestIdText("change-created", "已提交变更");
		String href = this.browser.testId("open-change").getAttribute("href");
		this.changeId = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
		assertThat(this.browser.all(By.cssSelector(".server-problem-overlay"))).isEmpty();
		// nothing is deployed until a second owner approves
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count())
			.isEqualTo(this.versions);
	}

	@Test
	@Order(5)
	void aSecondOwnerSeesTheDiffAndApproves() {
		this.browser.login("city-process-owner-2").clickTestId("nav-process-admin");
		this.browser.clickTestId("review-" + this.changeId);
		this.browser.until("the new diagram is drawn",
				d -> "true".equals(this.browser.testId("diff-new").getAttribute("data-rendered")));
		this.browser.waitForTestIdText("diff-added", NEW_TASK);
		this.browser.waitForTestIdText("diff-removed", AidApplicationProcess.TASK_HAND_OVER);
		assertThat(this.browser
			.all(By.cssSelector("[data-testid=diff-new] [data-element-id=" + NEW_TASK + "].diff-added"))).hasSize(1);
		assertThat(this.browser.all(By.cssSelector(
				"[data-testid=diff-base] [data-element-id=" + AidApplicationProcess.TASK_HAND_OVER + "].diff-removed")))
			.hasSize(1);
		// each change with its old and new value: the flow into the renamed step now
		// leads
		// to its new id; the new rule task with the decision it evaluates
		WebElement flow = this.browser
			.find(By.cssSelector("[data-testid=diff-entry][data-element=Flow_IntakeElsewhere]"));
		assertThat(flow.getAttribute("data-kind")).isEqualTo("CHANGED");
		assertThat(flow.findElements(By.cssSelector("[data-testid=diff-field]"))).singleElement()
			.extracting(WebElement::getText)
			.asString()
			.contains("targetRef", AidApplicationProcess.TASK_HAND_OVER, "Task_HandOverReceipt");
		assertThat(flow.findElement(By.cssSelector("[data-testid=diff-before]")).getText())
			.isEqualTo(AidApplicationProcess.TASK_HAND_OVER);
		assertThat(flow.findElement(By.cssSelector("[data-testid=diff-after]")).getText())
			.isEqualTo("Task_HandOverReceipt");
		WebElement rule = this.browser.find(By.cssSelector("[data-testid=diff-entry][data-element=" + RULE_TASK + "]"));
		assertThat(rule.getAttribute("data-kind")).isEqualTo("ADDED");
		assertThat(rule.getAttribute("textContent")).contains("camunda:decisionRef", DECISION);
		this.browser.screenshot("change-review-details", By.cssSelector("[data-testid=diff-details]"));
		// the new form travels with the change and is shown as the clerk will see it
		WebElement form = this.browser
			.find(By.cssSelector("[data-testid=change-resource][data-name=" + NEW_FORM + "]"));
		assertThat(form.getAttribute("data-kind")).isEqualTo("FORM");
		assertThat(form.getAttribute("data-status")).isEqualTo("ADDED");
		this.browser.until("the new form is rendered",
				d -> form.findElement(By.cssSelector("[data-testid=task-form]")).getText().contains("预审意见"));
		WebElement decision = this.browser.find(By.cssSelector("[data-testid=change-resource][data-name=priority]"));
		assertThat(decision.getAttribute("data-kind")).isEqualTo("DMN");
		assertThat(decision.getAttribute("data-status")).isEqualTo("ADDED");
		this.browser.type(Browser.input("decision-reason"), "同意增加材料预审");
		this.browser.screenshot("change-review");
		this.browser.clickTestId("approve");
		WebElement confirm = this.browser.find(By.cssSelector(".el-message-box"));
		assertThat(confirm.getText()).contains("社会救助审批", KEY, "#" + this.changeId, "第 1 版", "不可撤回");
		this.browser.screenshot("change-approve-confirm");
		this.browser.click(By.cssSelector(".el-message-box .confirm-approve"));
		this.browser.waitForTestIdText("change-status", "已部署");
		this.browser.waitForTestIdText("deployed", "已部署「社会救助审批（低保/特困）」第 2 版");
	}

	@Test
	@Order(6)
	void newCasesUseTheNewVersionAndRunningCasesMoveWhereTheyCan() {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(KEY)
			.withoutTenantId()
			.latestVersion()
			.singleResult();
		assertThat(latest.getId()).isNotEqualTo(this.oldDefinition);
		String fresh = submit("ft-yuanling-clerk", "440304001", "冯驹");
		assertThat(definitionOf(fresh).getId()).isEqualTo(latest.getId());
		ApiSession clerk = ApiSession.login(this.port, "ft-yuanling-clerk");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, fresh, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		String precheck = AidFlows.awaitTask(clerk, fresh, NEW_TASK);
		// the new step's task renders the form created in the editor and is validated
		// against it
		assertThat(clerk.get("/api/tasks/" + precheck).expect(200).json().path("formSchema").asText())
			.contains("precheckNote");
		assertThat(clerk
			.post("/api/tasks/" + precheck + "/complete", Map.of("data", Map.of("precheckNote", "x".repeat(201))))
			.expect(400)
			.code()).isEqualTo("FIELD_TOO_LONG");
		AidFlows.complete(clerk, precheck, Map.of("precheckNote", "材料齐全"));
		// the engine evaluates the decision created in dmn-js
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(fresh)
			.singleResult()
			.getId();
		// the instance runs on: its variable is read there (the engine keeps no variable
		// history)
		AidFlows.await("the decision is evaluated", () -> this.runtime.getVariable(instance, "priority") != null);
		assertThat(this.runtime.getVariable(instance, "priority")).isEqualTo("NORMAL");
		assertThat(this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(DECISION)
			.processInstanceId(instance)
			.count()).isEqualTo(1);

		this.browser.clickTestId("to-migration");
		this.browser.waitForTestIdText("migration-table", this.atHandOver);
		this.browser.waitForTestIdText("can-" + this.atAcceptance, "可以迁移");
		this.browser.waitForTestIdText("can-" + this.atHandOver, "不能迁移");
		this.browser.waitForTestIdText("unmapped", AidApplicationProcess.TASK_HAND_OVER);
		assertThat(rowText(this.atHandOver)).contains(AidApplicationProcess.TASK_HAND_OVER);
		this.browser.screenshot("migration-preview", By.cssSelector("[data-testid=migration-summary]"));
		this.browser.type(Browser.input("migration-reason"), "新版本生效，在办案件随迁");
		this.browser.clickTestId("migrate");
		assertThat(this.browser.find(By.cssSelector(".el-message-box")).getText()).contains("社会救助审批", "第 1 版", "第 2 版",
				"1 件");
		this.browser.click(By.cssSelector(".el-message-box .confirm-migrate"));
		this.browser.waitForTestIdText("migration-result", "已迁移 1 件，1 件未迁移");
		this.browser.waitForTestIdText("migration-result", this.atHandOver);
		assertThat(definitionOf(this.atAcceptance).getId()).isEqualTo(latest.getId());
		assertThat(definitionOf(this.atHandOver).getId()).isEqualTo(this.oldDefinition);
	}

	private void noLintErrors() {
		this.browser.until("no lint errors",
				d -> "0".equals(this.browser.testId("lint-summary").getAttribute("data-errors")));
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.browser.driver).executeScript(script, args);
	}

	/** The text of the listed issues of a kind for an element. */
	private String issueText(String testId, String elementId) {
		StringBuilder text = new StringBuilder();
		for (WebElement issue : this.browser
			.all(By.cssSelector("[data-testid=" + testId + "][data-element='" + elementId + "']"))) {
			text.append(issue.getText()).append('\n');
		}
		return text.toString();
	}

	private String rowText(String businessKey) {
		return this.browser.find(By.xpath("//tr[.//a[normalize-space(.)='" + businessKey + "']]")).getText();
	}

	private String submit(String clerk, String street, String name) {
		return ApiSession.login(this.port, clerk)
			.post("/api/aid/applications",
					new HashMap<>(AidFixtures.application(street, name,
							AidFixtures.idNumber(street.substring(0, 6),
									"1960" + String.format("%02d", 1 + Math.abs(name.hashCode()) % 12) + "11"))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	private ProcessDefinition definitionOf(String no) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(no)
			.singleResult();
		return this.repository.getProcessDefinition(instance.getProcessDefinitionId());
	}

}
