package org.minzheng.flow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Process owners revise a chain through the API: broken or malicious uploads are refused
 * with their problems and nothing is deployed; a change needs a second owner; a district
 * variant applies to that district only; running cases move to a new version where they
 * can and are reported where they cannot.
 */
@ApplicationTest
class ProcessAdminIT {

	static final String KEY = AidApplicationProcess.PROCESS_KEY;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Test
	void brokenOrMaliciousModelsAreRefusedWithTheirProblemsAndNothingIsDeployed() throws IOException {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		String shipped = shippedModel();
		long deployments = repository.createDeploymentQuery().count();
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);

		assertThat(refusal(owner, "<bpmn:definitions><bpmn:process").path("problems").findValuesAsText("code"))
			.containsExactly("XML_MALFORMED");
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ shipped.substring(shipped.indexOf("<bpmn:definitions")).replace("社会救助审批", "&x;");
		assertThat(refusal(owner, xxe).path("problems").findValuesAsText("code"))
			.containsExactly("XML_DOCTYPE_NOT_ALLOWED");
		String script = shipped.replace("<bpmn:startEvent id=\"StartEvent_ApplicationReceived\"",
				"<bpmn:scriptTask id=\"ScriptTask_Evil\" name=\"脚本\" scriptFormat=\"javascript\">"
						+ "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>"
						+ "<bpmn:startEvent id=\"StartEvent_ApplicationReceived\"");
		assertThat(refusal(owner, script).path("problems").findValuesAsText("code")).contains("SCRIPT_NOT_ALLOWED");
		String className = shipped.replace("camunda:delegateExpression=\"${aidGrantBenefitDelegate}\"",
				"camunda:class=\"java.lang.ProcessBuilder\"");
		JsonNode classRefusal = refusal(owner, className);
		assertThat(classRefusal.path("problems").findValuesAsText("code")).contains("CLASS_NOT_ALLOWED");
		assertThat(classRefusal.path("problems").findValuesAsText("elementId")).contains("ServiceTask_GrantBenefit");
		String noTtl = shipped.replace("camunda:historyTimeToLive=\"180\"", "");
		assertThat(refusal(owner, noTtl).path("problems").findValuesAsText("code"))
			.containsExactly("HISTORY_TTL_MISSING");
		String unknownForm = shipped.replace("camunda:formRef=\"aid-street-review\"",
				"camunda:formRef=\"aid-extra-check\"");
		assertThat(refusal(owner, unknownForm).path("problems").findValuesAsText("code"))
			.containsExactly("FORM_NOT_FOUND");

		String huge = "<bpmn:definitions>" + "<!--" + "x".repeat(20 * 1024 * 1024) + "--></bpmn:definitions>";
		ApiSession.Response tooLarge = owner.post("/api/process-admin/processes/" + KEY + "/changes",
				Map.of("changeNote", "太大", "xml", huge));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.code()).isEqualTo("MODEL_TOO_LARGE");

		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes);
		assertThat(ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/process-admin/processes/" + KEY + "/changes", Map.of("changeNote", "x", "xml", shipped))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
	}

	@Test
	void aDistrictVariantNeedsASecondOwnerAndAppliesToThatDistrictOnly() throws IOException {
		ApiSession owner = ApiSession.login(port, "yt-process-owner");
		// the modeler opens the city's current version and the owner renames one step
		String variant = currentCityModel(owner).replace("name=\"受理审查\"", "name=\"受理审查（盐田试点）\"");
		JsonNode proposal = owner
			.post("/api/process-admin/processes/" + KEY + "/changes",
					Map.of("variant", "440308", "changeNote", "盐田区试点：受理审查增加材料核验说明", "xml", variant))
			.expect(201)
			.json();
		long id = proposal.path("change").path("id").asLong();
		assertThat(proposal.path("change").path("status").asText()).isEqualTo("PENDING");
		assertThat(proposal.path("diff").path("changed").findValuesAsText("id"))
			.containsExactly(AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		assertThat(proposal.path("diff").path("added")).isEmpty();

		// the city's version is not a district owner's to change
		assertThat(owner
			.post("/api/process-admin/processes/" + KEY + "/changes", Map.of("changeNote", "全市", "xml", variant))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		assertThat(
				owner.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "自己批")).expect(403).code())
			.isEqualTo("FOUR_EYES_REQUIRED");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).tenantIdIn("440308").count())
			.isZero();

		JsonNode approved = ApiSession.login(port, "city-process-owner")
			.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "同意试点"))
			.expect(200)
			.json();
		assertThat(approved.path("status").asText()).isEqualTo("DEPLOYED");
		assertThat(approved.path("decidedBy").asText()).isEqualTo("city-process-owner");

		String yantian = submit("yt-meisha-clerk", "440308001", "冯衡");
		String futian = submit("ft-yuanling-clerk", "440304001", "冯岳");
		assertThat(definitionOf(yantian).getTenantId()).isEqualTo("440308");
		assertThat(definitionOf(futian).getTenantId()).isNull();
		assertThat(taskName(ApiSession.login(port, "yt-meisha-clerk"), yantian)).isEqualTo("受理审查（盐田试点）");
		assertThat(taskName(ApiSession.login(port, "ft-yuanling-clerk"), futian)).isEqualTo("受理审查");
		assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE action LIKE 'PROCESS\\_%' ORDER BY id",
				String.class))
			.containsSubsequence("PROCESS_CHANGE_PROPOSED", "PROCESS_DEPLOYED");

		JsonNode console = ApiSession.login(port, "city-process-owner-2")
			.get("/api/process-admin/processes")
			.expect(200)
			.json();
		JsonNode aid = console.findParents("key")
			.stream()
			.filter(p -> p.path("key").asText().equals(KEY))
			.findFirst()
			.orElseThrow();
		assertThat(aid.path("versions").findValuesAsText("variant")).contains("440308");
		assertThat(aid.path("versions").findValuesAsText("forms")).isNotNull();
		// the name in both languages (the English one from the model's name@en)
		assertThat(aid.path("name").asText()).isEqualTo("社会救助审批（低保/特困）");
		assertThat(aid.path("nameEn").asText()).isEqualTo("Minimum living / extreme poverty application");
	}

	@Test
	void runningCasesMoveToTheNewVersionWhereTheirStepStillExists() throws IOException {
		// given a case waiting at 受理审查 and a case waiting at 移交接收 on the city's version
		// (福田区, which runs no variant of its own)
		String atAcceptance = submit("ft-yuanling-clerk", "440304001", "冯骥");
		String atHandOver = ApiSession.login(port, "ft-nanyuan-clerk")
			.post("/api/aid/applications",
					new HashMap<>(
							AidFixtures.application("440304001", "冯驰", AidFixtures.idNumber("440304", "19630101"))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.awaitTask(ApiSession.login(port, "ft-yuanling-clerk"), atHandOver,
				AidApplicationProcess.TASK_HAND_OVER);
		String from = definitionOf(atAcceptance).getId();

		// when a new city version renames the 移交接收 step's id, and a second owner approves
		// it
		String v2 = shippedModel().replaceAll("Task_HandOver\\b", "Task_HandOverReceipt")
			.replace("camunda:versionTag=\"2026.1\"", "camunda:versionTag=\"2026.2\"");
		long id = ApiSession.login(port, "city-process-owner")
			.post("/api/process-admin/processes/" + KEY + "/changes", Map.of("changeNote", "移交接收步骤改名", "xml", v2))
			.expect(201)
			.json()
			.path("change")
			.path("id")
			.asLong();
		ApiSession second = ApiSession.login(port, "city-process-owner-2");
		String to = second.post("/api/process-admin/changes/" + id + "/approve", Map.of())
			.expect(200)
			.json()
			.path("deployedDefinitionId")
			.asText();

		// then the preview says which can move and why the other cannot
		JsonNode preview = second.get("/api/process-admin/migrations/preview?from=" + from + "&to=" + to)
			.expect(200)
			.json();
		JsonNode acceptance = instance(preview, atAcceptance);
		JsonNode handOver = instance(preview, atHandOver);
		assertThat(acceptance.path("migratable").asBoolean()).isTrue();
		assertThat(handOver.path("migratable").asBoolean()).isFalse();
		assertThat(handOver.path("reason").asText()).contains("Task_HandOver");
		assertThat(preview.path("unmapped").toString()).contains("Task_HandOver");
		assertThat(preview.path("mapping").path(AidApplicationProcess.TASK_ACCEPTANCE_CHECK).asText())
			.isEqualTo(AidApplicationProcess.TASK_ACCEPTANCE_CHECK);

		// and the migration moves the one and reports the other
		assertThat(second.post("/api/process-admin/migrations", Map.of("from", from, "to", to)).expect(400).code())
			.isEqualTo("REASON_MISSING");
		JsonNode report = second
			.post("/api/process-admin/migrations", Map.of("from", from, "to", to, "reason", "新版本生效"))
			.expect(200)
			.json();
		assertThat(report.path("migrated").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(report.path("refused").findValuesAsText("businessKey")).contains(atHandOver)
			.doesNotContain(atAcceptance);
		assertThat(definitionOf(atAcceptance).getId()).isEqualTo(to);
		assertThat(definitionOf(atHandOver).getId()).isEqualTo(from);
		// the migrated case goes on: its clerk still has it and completes the step
		ApiSession clerk = ApiSession.login(port, "ft-yuanling-clerk");
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, atAcceptance, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PROCESS_INSTANCES_MIGRATED'",
				Long.class))
			.isEqualTo(1);
		// a new case starts the new version
		assertThat(definitionOf(submit("ft-yuanling-clerk", "440304001", "冯驹")).getId()).isEqualTo(to);
	}

	private static String currentCityModel(ApiSession owner) {
		JsonNode aid = owner.get("/api/process-admin/processes")
			.expect(200)
			.json()
			.findParents("key")
			.stream()
			.filter(p -> p.path("key").asText().equals(KEY))
			.findFirst()
			.orElseThrow();
		String definitionId = java.util.stream.StreamSupport.stream(aid.path("versions").spliterator(), false)
			.map(entry -> entry.path("version"))
			.filter(version -> !version.hasNonNull("variant"))
			.max(java.util.Comparator.comparingInt(version -> version.path("version").asInt()))
			.orElseThrow()
			.path("definitionId")
			.asText();
		return owner.get("/api/process-admin/versions/" + definitionId + "/model")
			.expect(200)
			.json()
			.path("xml")
			.asText();
	}

	/** A proposal of the aid chain that must be refused as invalid, and its answer. */
	static JsonNode refusal(ApiSession owner, String xml) {
		ApiSession.Response response = owner.post("/api/process-admin/processes/" + KEY + "/changes",
				Map.of("changeNote", "测试", "xml", xml));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.code()).isEqualTo("MODEL_INVALID");
		return response.json();
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

	private org.camunda.bpm.engine.repository.ProcessDefinition definitionOf(String no) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult();
		return repository.getProcessDefinition(instance.getProcessDefinitionId());
	}

	private static String taskName(ApiSession clerk, String no) {
		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		return clerk.get("/api/inbox?size=200")
			.expect(200)
			.json()
			.path("items")
			.findParents("caseRef")
			.stream()
			.filter(item -> item.path("caseRef").asText().equals(no))
			.findFirst()
			.orElseThrow()
			.path("taskName")
			.asText();
	}

	private static JsonNode instance(JsonNode preview, String no) {
		return preview.path("instances")
			.findParents("businessKey")
			.stream()
			.filter(i -> i.path("businessKey").asText().equals(no))
			.findFirst()
			.orElseThrow(() -> new AssertionError(no + " not in " + preview));
	}

	/** The shipped 低保 model's text. */
	static String shippedModel() throws IOException {
		try (InputStream in = ProcessAdminIT.class.getClassLoader()
			.getResourceAsStream(AidApplicationProcess.RESOURCE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
