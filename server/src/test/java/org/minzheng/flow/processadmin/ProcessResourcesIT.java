package org.minzheng.flow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A change carries the forms and decisions a process owner edited with the model: bad
 * forms and decision files are refused with their problems and nothing is deployed; an
 * accepted change shows which forms and decisions it changes; once a second owner
 * approves, a task of the new version renders and is validated against the edited form
 * while a task of the old version keeps the old one, and the engine evaluates the new
 * decision. Its own application context (and database): the version it deploys must not
 * change the 低保 chain under the other tests.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=process-resources")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProcessResourcesIT {

	static final String KEY = AidApplicationProcess.PROCESS_KEY;

	static final String FORM = "aid-acceptance-check";

	static final String DECISION = "Decision_AidPriority";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Test
	void editedFormsAndDecisionsTravelWithTheChangeAndEachTaskUsesItsVersionsForm() throws IOException {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		ApiSession clerk = ApiSession.login(port, "ft-yuanling-clerk");
		// a case already waiting at 受理审查 on the shipped version
		String oldCase = submit("ft-yuanling-clerk", "440304001", "冯远");
		String oldTask = AidFlows.awaitTask(clerk, oldCase, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		String oldDefinition = definitionOf(oldCase);

		String model = withPriorityTask(shippedModel());
		String form = editedForm();
		String dmn = resource("/processadmin/aid-priority.dmn");
		long deployments = repository.createDeploymentQuery().count();
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);

		// bad uploads: refused with the problem, nothing stored or deployed
		assertThat(refusal(owner, model, Map.of(FORM, "{\"components\": [}"), Map.of("aid-priority", dmn)))
			.contains("FORM_MALFORMED");
		assertThat(
				refusal(owner, model, Map.of(FORM, form.replace("\"id\": \"" + FORM + "\"", "\"id\": \"aid-other\"")),
						Map.of("aid-priority", dmn)))
			.containsExactly("FORM_ID_MISMATCH");
		assertThat(refusal(owner, model, Map.of(FORM, form.replace("核对申请材料", "x".repeat(FormCheck.MAX_FORM_BYTES))),
				Map.of("aid-priority", dmn)))
			.containsExactly("FORM_TOO_LARGE");
		assertThat(refusal(owner, model,
				Map.of(FORM, form.replace("\"key\": \"materialNote\"", "\"key\": \"material note\"")),
				Map.of("aid-priority", dmn)))
			.containsExactly("FORM_FIELD_KEY_INVALID");
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ dmn.substring(dmn.indexOf("<definitions")).replace("低保办理优先级", "&x;");
		assertThat(refusal(owner, model, Map.of(FORM, form), Map.of("aid-priority", xxe)))
			.contains("XML_DOCTYPE_NOT_ALLOWED", "DECISION_NOT_FOUND");
		assertThat(refusal(owner, model, Map.of(FORM, form), Map.of())).containsExactly("DECISION_NOT_FOUND");
		String script = dmn.replace("<inputExpression id=\"InputExpression_District\" typeRef=\"string\">",
				"<inputExpression id=\"InputExpression_District\" typeRef=\"string\" expressionLanguage=\"groovy\">");
		assertThat(refusal(owner, model, Map.of(FORM, form), Map.of("aid-priority", script)))
			.containsExactly("SCRIPT_NOT_ALLOWED");
		String unparsable = dmn.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"SOMETIMES\"");
		assertThat(refusal(owner, model, Map.of(FORM, form), Map.of("aid-priority", unparsable)))
			.containsExactly("DMN_ENGINE_PARSE");
		assertThat(refusal(owner, shippedModel(), Map.of("aid-extra-check", form.replace(FORM, "aid-extra-check")),
				Map.of()))
			.containsExactly("FORM_NOT_USED");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change_resource", Long.class)).isZero();

		// the owner proposes the model with the edited form and the new decision
		JsonNode proposal = owner
			.post("/api/process-admin/processes/" + KEY + "/changes", Map.of("changeNote", "受理审查增加材料说明；按区确定办理优先级",
					"xml", model, "forms", Map.of(FORM, form), "decisions", Map.of("aid-priority", dmn)))
			.expect(201)
			.json();
		long id = proposal.path("change").path("id").asLong();
		assertThat(proposal.path("diff").path("added").findValuesAsText("id")).contains("BusinessRuleTask_Priority");

		// the reviewer sees which forms and decisions change
		ApiSession second = ApiSession.login(port, "city-process-owner-2");
		JsonNode review = second.get("/api/process-admin/changes/" + id).expect(200).json();
		Map<String, String> statuses = new HashMap<>();
		review.path("resources")
			.forEach(r -> statuses.put(r.path("kind").asText() + ":" + r.path("name").asText(),
					r.path("status").asText()));
		assertThat(statuses).containsEntry("FORM:" + FORM, "CHANGED").containsEntry("DMN:aid-priority", "ADDED");
		assertThat(review.path("resources").get(0).path("baseContent").asText()).doesNotContain("materialNote");
		assertThat(jdbc.queryForList("SELECT summary FROM audit_event WHERE action = 'PROCESS_CHANGE_PROPOSED'",
				String.class))
			.anyMatch(detail -> detail.contains("表单 " + FORM) && detail.contains("决策 aid-priority.dmn"));

		String newDefinition = second.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "同意"))
			.expect(200)
			.json()
			.path("deployedDefinitionId")
			.asText();
		assertThat(repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION)
			.deploymentId(repository.getProcessDefinition(newDefinition).getDeploymentId())
			.count()).isEqualTo(1);

		// a new case's task uses the edited form: it renders it and validates against it
		String newCase = submit("ft-yuanling-clerk", "440304001", "冯新");
		assertThat(definitionOf(newCase)).isEqualTo(newDefinition);
		String newTask = AidFlows.awaitTask(clerk, newCase, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(clerk.get("/api/tasks/" + newTask).expect(200).json().path("formSchema").asText())
			.contains("materialNote");
		assertThat(clerk
			.post("/api/tasks/" + newTask + "/complete", Map.of("data", Map.of("acceptanceDecision", "ACCEPT")))
			.expect(400)
			.code()).isEqualTo("FIELD_REQUIRED");
		AidFlows.complete(clerk, newTask, Map.of("acceptanceDecision", "ACCEPT", "materialNote", "材料齐全，原件已核"));
		// the engine evaluated the decision the change carried
		AidFlows.await("the decision is evaluated",
				() -> history.createHistoricDecisionInstanceQuery()
					.decisionDefinitionKey(DECISION)
					.processInstanceId(instanceOf(newCase))
					.count() == 1);
		// the instance runs on: the variable is read there (no variable history is kept)
		assertThat(runtime.getVariable(instanceOf(newCase), "priority")).isEqualTo("HIGH");

		// the old version's task keeps the old form
		assertThat(definitionOf(oldCase)).isEqualTo(oldDefinition);
		assertThat(clerk.get("/api/tasks/" + oldTask).expect(200).json().path("formSchema").asText())
			.contains("acceptanceDecision")
			.doesNotContain("materialNote");
		assertThat(clerk
			.post("/api/tasks/" + oldTask + "/complete",
					Map.of("data", Map.of("acceptanceDecision", "ACCEPT", "materialNote", "x")))
			.expect(400)
			.code()).isEqualTo("UNKNOWN_FIELD");
		AidFlows.complete(clerk, oldTask, Map.of("acceptanceDecision", "ACCEPT"));

		// the console lists each version's forms and decisions, and which forms were
		// edited
		JsonNode latest = versionEntry(second, newDefinition);
		assertThat(latest.path("forms").toString()).contains(FORM);
		assertThat(latest.path("decisions").toString()).contains(DECISION);
		assertThat(latest.path("editedForms").toString()).contains(FORM);
		assertThat(versionEntry(second, oldDefinition).path("decisions")).isEmpty();
		assertThat(versionEntry(second, oldDefinition).path("editedForms")).isEmpty();
		// the editors open what the version deployed
		JsonNode deployedForm = second.get("/api/process-admin/versions/" + newDefinition + "/forms/" + FORM)
			.expect(200)
			.json();
		assertThat(deployedForm.path("deployed").asBoolean()).isTrue();
		assertThat(deployedForm.path("schema").asText()).contains("materialNote");
		assertThat(second.get("/api/process-admin/versions/" + oldDefinition + "/forms/" + FORM)
			.expect(200)
			.json()
			.path("schema")
			.asText()).doesNotContain("materialNote");
		assertThat(second.get("/api/process-admin/versions/" + newDefinition + "/decisions/" + DECISION)
			.expect(200)
			.json()
			.path("xml")
			.asText()).contains("Rule_Futian");
		assertThat(ApiSession.login(port, "ft-yuanling-clerk")
			.get("/api/process-admin/versions/" + newDefinition + "/forms/" + FORM)
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");

		// a later change that does not touch the form or the decision keeps both
		String renamed = model.replace("name=\"办理优先级\"", "name=\"确定办理优先级\"");
		long later = owner
			.post("/api/process-admin/processes/" + KEY + "/changes", Map.of("changeNote", "改名", "xml", renamed))
			.expect(201)
			.json()
			.path("change")
			.path("id")
			.asLong();
		String third = second.post("/api/process-admin/changes/" + later + "/approve", Map.of())
			.expect(200)
			.json()
			.path("deployedDefinitionId")
			.asText();
		assertThat(versionEntry(second, third).path("editedForms").toString()).contains(FORM);
		assertThat(repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION)
			.deploymentId(repository.getProcessDefinition(third).getDeploymentId())
			.count()).isEqualTo(1);
	}

	/** The 低保 model with a business rule task after 受理审查 that sets the priority. */
	static String withPriorityTask(String model) {
		return model.replace(
				"<bpmn:sequenceFlow id=\"Flow_AcceptanceToDecision\" sourceRef=\"Task_AcceptanceCheck\" targetRef=\"Gateway_AcceptanceDecision\" />",
				"<bpmn:sequenceFlow id=\"Flow_AcceptanceToDecision\" sourceRef=\"Task_AcceptanceCheck\" targetRef=\"BusinessRuleTask_Priority\" />"
						+ "<bpmn:businessRuleTask id=\"BusinessRuleTask_Priority\" name=\"办理优先级\" camunda:decisionRef=\""
						+ DECISION
						+ "\" camunda:decisionRefBinding=\"deployment\" camunda:resultVariable=\"priority\" camunda:mapDecisionResult=\"singleEntry\">"
						+ "<bpmn:incoming>Flow_AcceptanceToDecision</bpmn:incoming><bpmn:outgoing>Flow_PriorityToDecision</bpmn:outgoing>"
						+ "</bpmn:businessRuleTask>"
						+ "<bpmn:sequenceFlow id=\"Flow_PriorityToDecision\" sourceRef=\"BusinessRuleTask_Priority\" targetRef=\"Gateway_AcceptanceDecision\" />")
			.replace(
					"<bpmn:incoming>Flow_AcceptanceToDecision</bpmn:incoming>\n      <bpmn:outgoing>Flow_Accepted</bpmn:outgoing>",
					"<bpmn:incoming>Flow_PriorityToDecision</bpmn:incoming>\n      <bpmn:outgoing>Flow_Accepted</bpmn:outgoing>");
	}

	/** 受理审查's form with a required note on the materials checked. */
	static String editedForm() throws IOException {
		return resource("/forms/aid/" + FORM + ".form").replace("\"components\": [",
				"\"components\": [\n    {\n      \"type\": \"textfield\",\n      \"id\": \"Field_materialNote\",\n"
						+ "      \"key\": \"materialNote\",\n      \"label\": \"材料核验说明\",\n"
						+ "      \"validate\": {\n        \"required\": true,\n        \"maxLength\": 50\n      }\n    },");
	}

	private List<String> refusal(ApiSession owner, String xml, Map<String, String> forms,
			Map<String, String> decisions) {
		ApiSession.Response response = owner.post("/api/process-admin/processes/" + KEY + "/changes",
				Map.of("changeNote", "测试", "xml", xml, "forms", forms, "decisions", decisions));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.code()).isEqualTo("MODEL_INVALID");
		return response.json().path("problems").findValuesAsText("code");
	}

	private static JsonNode versionEntry(ApiSession session, String definitionId) {
		for (JsonNode process : session.get("/api/process-admin/processes").expect(200).json()) {
			for (JsonNode entry : process.path("versions")) {
				if (entry.path("version").path("definitionId").asText().equals(definitionId)) {
					return entry;
				}
			}
		}
		throw new AssertionError("no version " + definitionId);
	}

	private String submit(String clerk, String street, String name) {
		return ApiSession.login(port, clerk)
			.post("/api/aid/applications",
					new HashMap<>(AidFixtures.application(street, name,
							AidFixtures.idNumber(street.substring(0, 6),
									"1960" + String.format("%02d", 1 + Math.abs(name.hashCode()) % 12) + "11"))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	private String instanceOf(String no) {
		return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
	}

	private String definitionOf(String no) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
		return instance.getProcessDefinitionId();
	}

	private static String shippedModel() throws IOException {
		return resource("/" + AidApplicationProcess.RESOURCE);
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = ProcessResourcesIT.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
