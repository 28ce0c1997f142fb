package org.minzheng.flow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.minzheng.flow.processes.charity.CharityRecognitionProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.minzheng.flow.workflow.ProcessRetiredException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A process owner proposes a new process for their line and retires one, under the same
 * checks and four eyes as a change: a new model is checked like a change and shows
 * everything as added; only a second owner of the line deploys it; a retired process
 * starts no more (a feature's start is refused with {@code PROCESS_RETIRED}, a timer
 * start event stops) while its running cases finish, their later asynchronous steps and
 * deadline timers included. Its own application context (and database): it retires the 低保
 * chain, which the other tests start.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=process-lifecycle")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProcessLifecycleIT {

	static final String NEW = "/api/process-admin/processes";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	Workflow workflow;

	@Test
	void aNewProcessIsCheckedShownAsAddedAndDeployedOnlyBySecondOwner() {
		String key = "AidFollowUpVisitProcess";
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		ApiSession second = ApiSession.login(port, "city-process-owner-2");

		JsonNode proposal = owner.post(NEW, newProcess("回访新流程", followUpModel(key))).expect(201).json();
		JsonNode change = proposal.path("change");
		long id = change.path("id").asLong();
		assertThat(change.path("kind").asText()).isEqualTo("NEW");
		assertThat(change.path("status").asText()).isEqualTo("PENDING");
		assertThat(change.path("processKey").asText()).isEqualTo(key);
		assertThat(change.has("baseDefinitionId")).isFalse();
		assertThat(proposal.path("diff").path("added").findValuesAsText("id")).contains("StartEvent_Received",
				"Task_First", "Task_Second", "BoundaryEvent_SecondOverdue", "EndEvent_Done");
		assertThat(proposal.path("diff").path("removed")).isEmpty();
		assertThat(proposal.path("diff").path("changed")).isEmpty();
		JsonNode review = second.get("/api/process-admin/changes/" + id).expect(200).json();
		assertThat(review.has("baseXml")).isFalse();
		assertThat(review.path("diff").path("added").findValuesAsText("id")).contains("Task_First");

		// four eyes; one proposal of a key at a time; nothing deployed meanwhile
		assertThat(owner.post("/api/process-admin/changes/" + id + "/approve", Map.of()).expect(403).code())
			.isEqualTo("FOUR_EYES_REQUIRED");
		assertThat(owner.post(NEW, newProcess("再提一次", followUpModel(key))).expect(409).code())
			.isEqualTo("CHANGE_PENDING");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

		JsonNode approved = second.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "同意新建"))
			.expect(200)
			.json();
		assertThat(approved.path("status").asText()).isEqualTo("DEPLOYED");
		String definitionId = approved.path("deployedDefinitionId").asText();
		assertThat(repository.getProcessDefinition(definitionId).getKey()).isEqualTo(key);
		assertThat(repository.getProcessDefinition(definitionId).getTenantId()).isNull();

		// startable, listed in the console, and from now on changed, not proposed anew
		String instance = workflow.start(key, "AID-FOLLOW-UP-1", Map.of());
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_First");
		assertThat(console(second, key).path("versions").findValuesAsText("definitionId"))
			.containsExactly(definitionId);
		assertThat(owner.post(NEW, newProcess("重复", followUpModel(key))).expect(409).code())
			.isEqualTo("PROCESS_EXISTS");
		assertThat(second.get("/api/process-admin/changes")
			.expect(200)
			.json()
			.findParents("id")
			.stream()
			.filter(c -> c.path("id").asLong() == id)
			.findFirst()
			.orElseThrow()
			.path("kind")
			.asText()).isEqualTo("NEW");
		assertThat(audit(key)).containsSubsequence("PROCESS_NEW_PROPOSED", "PROCESS_NEW_DEPLOYED");
	}

	@Test
	void onlyACityOwnerOfTheKeysLineProposesANewProcess() {
		ExtraUsers.ensure(jdbc, encoder, "cem-city-process-owner", "cemetery", "PROCESS_OWNER", "440300");
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);
		String aidModel = followUpModel("AidHouseholdRecheckProcess");

		// another line's owner learns nothing of the aid line, not even whether the key
		// exists
		assertThat(ApiSession.login(port, "cem-city-process-owner")
			.post(NEW, newProcess("越线", aidModel))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		assertThat(ApiSession.login(port, "cem-city-process-owner")
			.post(NEW, newProcess("越线", followUpModel(AidApplicationProcess.PROCESS_KEY)))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		// a district's owner is refused before the body is read
		assertThat(ApiSession.login(port, "yt-process-owner").postRaw(NEW, "not json", "application/json").status())
			.isEqualTo(403);
		assertThat(ApiSession.login(port, "yt-meisha-clerk").post(NEW, newProcess("受理员", aidModel)).expect(403).code())
			.isEqualTo("ACCESS_DENIED");
		assertThat(ApiSession.login(port, "city-auditor").post(NEW, newProcess("审计", aidModel)).expect(403).code())
			.isEqualTo("READ_ONLY");
		// a key of no line
		JsonNode lineless = ApiSession.login(port, "city-process-owner")
			.post(NEW, newProcess("无条线", followUpModel("HouseholdRecheckProcess")))
			.expect(422)
			.json();
		assertThat(lineless.path("problems").findValuesAsText("code")).contains("PROCESS_KEY_LINE_UNKNOWN");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes);
	}

	@Test
	void hostileNewModelsAreRefusedLikeChanges() {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		String model = followUpModel("AidHostileProcess");
		long deployments = repository.createDeploymentQuery().count();
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);

		String script = model.replace("<bpmn:endEvent id=\"EndEvent_Done\"",
				"<bpmn:scriptTask id=\"ScriptTask_Evil\" name=\"脚本\" scriptFormat=\"javascript\">"
						+ "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>"
						+ "<bpmn:endEvent id=\"EndEvent_Done\"");
		assertThat(problems(owner, script)).contains("SCRIPT_NOT_ALLOWED");
		String className = model.replace("<bpmn:endEvent id=\"EndEvent_Done\"",
				"<bpmn:serviceTask id=\"ServiceTask_Evil\" name=\"类\" camunda:class=\"java.lang.ProcessBuilder\" />"
						+ "<bpmn:endEvent id=\"EndEvent_Done\"");
		assertThat(problems(owner, className)).contains("CLASS_NOT_ALLOWED");
		String doctype = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ model.substring(model.indexOf("<bpmn:definitions")).replace("回访", "&x;");
		assertThat(problems(owner, doctype)).containsExactly("XML_DOCTYPE_NOT_ALLOWED");
		assertThat(problems(owner, model.replace("camunda:historyTimeToLive=\"1825\" ", "")))
			.containsExactly("HISTORY_TTL_MISSING");
		assertThat(problems(owner, model.replace("aid-street-review", "aid-no-such-form"))).contains("FORM_NOT_FOUND");

		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes);
	}

	@Test
	void aRetiredProcessStartsNoMoreWhileItsRunningCasesFinish() {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		ApiSession second = ApiSession.login(port, "city-process-owner-2");
		ApiSession clerk = ApiSession.login(port, "ft-yuanling-clerk");
		String key = AidApplicationProcess.PROCESS_KEY;
		String running = submit("冯立");
		String acceptance = AidFlows.awaitTask(clerk, running, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);

		assertThat(owner.post(NEW + "/" + key + "/retire", Map.of()).expect(400).code())
			.isEqualTo("CHANGE_NOTE_MISSING");
		assertThat(ApiSession.login(port, "yt-process-owner")
			.post(NEW + "/" + key + "/retire", Map.of("changeNote", "区里停用"))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		assertThat(ApiSession.login(port, "city-auditor")
			.post(NEW + "/" + key + "/retire", Map.of("changeNote", "审计"))
			.expect(403)
			.code()).isEqualTo("READ_ONLY");
		JsonNode proposal = owner.post(NEW + "/" + key + "/retire", Map.of("changeNote", "政策调整，本流程停止受理新申请"))
			.expect(201)
			.json();
		long id = proposal.path("id").asLong();
		assertThat(proposal.path("kind").asText()).isEqualTo("RETIRE");
		assertThat(proposal.path("status").asText()).isEqualTo("PENDING");
		// while it waits, the process still starts and takes no other proposal
		submit("冯安");
		assertThat(owner
			.post("/api/process-admin/processes/" + key + "/changes",
					Map.of("changeNote", "变更", "xml", currentModel(owner, key)))
			.expect(409)
			.code()).isEqualTo("CHANGE_PENDING");
		assertThat(owner.post("/api/process-admin/changes/" + id + "/approve", Map.of()).expect(403).code())
			.isEqualTo("FOUR_EYES_REQUIRED");
		assertThat(ApiSession.login(port, "city-auditor")
			.post("/api/process-admin/changes/" + id + "/approve", Map.of())
			.expect(403)
			.code()).isEqualTo("READ_ONLY");

		JsonNode approved = second.post("/api/process-admin/changes/" + id + "/approve", Map.of("reason", "同意停用"))
			.expect(200)
			.json();
		assertThat(approved.path("status").asText()).isEqualTo("RETIRED");

		// a new application is refused with a clear answer and leaves nothing behind
		long applications = jdbc.queryForObject("SELECT COUNT(*) FROM aid_application", Long.class);
		ApiSession.Response refused = clerk.post("/api/aid/applications",
				new HashMap<>(AidFixtures.application("440304001", "冯宁", AidFixtures.idNumber("440304", "19610303"))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("PROCESS_RETIRED");
		assertThat(refused.json().path("detail").asText()).contains("已停用");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_application", Long.class)).isEqualTo(applications);

		// the running case goes on: its clerk completes the step, the asynchronous
		// registry checks after it run, and the next step opens
		AidFlows.complete(clerk, acceptance, Map.of("acceptanceDecision", "ACCEPT"));
		AidFlows.awaitTask(clerk, running, AidApplicationProcess.TASK_HOME_INVESTIGATION);

		// the console says so; it cannot be retired twice or changed
		JsonNode entry = console(second, key);
		assertThat(entry.path("retired").path("changeId").asLong()).isEqualTo(id);
		assertThat(entry.path("retired").path("approvedBy").asText()).isEqualTo("city-process-owner-2");
		assertThat(owner.post(NEW + "/" + key + "/retire", Map.of("changeNote", "再停用")).expect(409).code())
			.isEqualTo("PROCESS_RETIRED");
		assertThat(owner
			.post("/api/process-admin/processes/" + key + "/changes",
					Map.of("changeNote", "变更", "xml", currentModel(owner, key)))
			.expect(409)
			.code()).isEqualTo("PROCESS_RETIRED");
		assertThat(audit(key)).containsSubsequence("PROCESS_RETIREMENT_PROPOSED", "PROCESS_RETIRED");
	}

	@Test
	void aRetiredProcessKeepsTheJobsOfItsRunningInstancesAndStopsItsTimerStart() {
		String key = "AidRetireFollowUpProcess";
		String yearly = "AidYearlyRecheckProcess";
		deploy(key, followUpModel(key));
		deploy(yearly, yearlyModel(yearly));
		String instance = workflow.start(key, "AID-RETIRE-1", Map.of());
		assertThat(timerStarts(yearly).active().count()).isEqualTo(1);

		retire(key);
		retire(yearly);

		// no start of either, by a feature or by the calendar
		assertThatThrownBy(() -> workflow.start(key, "AID-RETIRE-2", Map.of()))
			.isInstanceOf(ProcessRetiredException.class);
		assertThat(timerStarts(yearly).active().count()).isZero();
		assertThat(timerStarts(yearly).suspended().count()).isEqualTo(1);
		// the running instance reaches a step with a deadline timer: the timer is created
		// active, and the instance completes
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
		Job deadline = management.createJobQuery().processInstanceId(instance).timers().singleResult();
		assertThat(deadline.isSuspended()).isFalse();
		tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
	}

	@Test
	void aRejectedRetirementOrNewProcessChangesNothing() {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		ApiSession second = ApiSession.login(port, "city-process-owner-2");
		String key = CharityRecognitionProcess.PROCESS_KEY;
		long id = owner.post(NEW + "/" + key + "/retire", Map.of("changeNote", "拟停用"))
			.expect(201)
			.json()
			.path("id")
			.asLong();
		assertThat(second.post("/api/process-admin/changes/" + id + "/reject", Map.of()).expect(400).code())
			.isEqualTo("REASON_MISSING");
		assertThat(second.post("/api/process-admin/changes/" + id + "/reject", Map.of("reason", "仍在受理"))
			.expect(200)
			.json()
			.path("status")
			.asText()).isEqualTo("REJECTED");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).suspended().count()).isZero();
		assertThat(console(second, key).has("retired")).isFalse();

		String newKey = "AidRejectedIdeaProcess";
		long proposed = owner.post(NEW, newProcess("试行", followUpModel(newKey)))
			.expect(201)
			.json()
			.path("change")
			.path("id")
			.asLong();
		second.post("/api/process-admin/changes/" + proposed + "/reject", Map.of("reason", "不必新建")).expect(200);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(newKey).count()).isZero();
		assertThat(audit(key)).contains("PROCESS_RETIREMENT_REJECTED");
		assertThat(audit(newKey)).contains("PROCESS_NEW_REJECTED");
	}

	@Test
	void aProcessAnotherProcessStillCallsIsNotRetired() {
		// each 公墓年检 campaign starts one inspection per cemetery
		String key = CemeteryInspectionProcess.PROCESS_KEY;
		ApiSession.Response refused = ApiSession.login(port, "city-process-owner")
			.post(NEW + "/" + key + "/retire", Map.of("changeNote", "停用年检"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("PROCESS_CALLED");
		assertThat(refused.json().path("detail").asText()).contains("CemeteryCampaignProcess");
	}

	private void deploy(String key, String model) {
		long id = ApiSession.login(port, "city-process-owner")
			.post(NEW, newProcess("新建 " + key, model))
			.expect(201)
			.json()
			.path("change")
			.path("id")
			.asLong();
		ApiSession.login(port, "city-process-owner-2")
			.post("/api/process-admin/changes/" + id + "/approve", Map.of())
			.expect(200);
	}

	private void retire(String key) {
		long id = ApiSession.login(port, "city-process-owner")
			.post(NEW + "/" + key + "/retire", Map.of("changeNote", "停用 " + key))
			.expect(201)
			.json()
			.path("id")
			.asLong();
		ApiSession.login(port, "city-process-owner-2")
			.post("/api/process-admin/changes/" + id + "/approve", Map.of())
			.expect(200);
	}

	private org.camunda.bpm.engine.runtime.JobQuery timerStarts(String key) {
		return management.createJobQuery().processDefinitionKey(key).timers();
	}

	private static Map<String, Object> newProcess(String note, String xml) {
		return Map.of("changeNote", note, "xml", xml);
	}

	private static java.util.List<String> problems(ApiSession owner, String xml) {
		ApiSession.Response response = owner.post(NEW, newProcess("恶意", xml));
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.code()).isEqualTo("MODEL_INVALID");
		return response.json().path("problems").findValuesAsText("code");
	}

	private java.util.List<String> audit(String key) {
		return jdbc.queryForList(
				"SELECT action FROM audit_event WHERE action LIKE 'PROCESS\\_%' AND summary LIKE ? " + "ORDER BY id",
				String.class, "%" + key + "%");
	}

	private static JsonNode console(ApiSession owner, String key) {
		return owner.get(NEW)
			.expect(200)
			.json()
			.findParents("key")
			.stream()
			.filter(p -> p.path("key").asText().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError(key + " not in the console"));
	}

	private static String currentModel(ApiSession owner, String key) {
		String definitionId = console(owner, key).path("versions").get(0).path("version").path("definitionId").asText();
		return owner.get("/api/process-admin/versions/" + definitionId + "/model")
			.expect(200)
			.json()
			.path("xml")
			.asText();
	}

	private String submit(String name) {
		return ApiSession.login(port, "ft-yuanling-clerk")
			.post("/api/aid/applications",
					new HashMap<>(AidFixtures.application("440304001", name,
							AidFixtures.idNumber("440304",
									"1960" + String.format("%02d", 1 + Math.abs(name.hashCode()) % 12) + "11"))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

	/**
	 * A new 社会救助 process as an owner would draw it: two steps at 园岭街道, the second with a
	 * deadline timer.
	 */
	static String followUpModel(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
				xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_%1$s" \
				targetNamespace="http://minzheng.org/flow/aid">
				  <bpmn:process id="%1$s" name="回访" isExecutable="true" camunda:historyTimeToLive="1825" camunda:versionTag="2026.1">
				    <bpmn:startEvent id="StartEvent_Received" name="登记">
				      <bpmn:outgoing>Flow_ToFirst</bpmn:outgoing>
				    </bpmn:startEvent>
				    %2$s
				    %3$s
				    <bpmn:boundaryEvent id="BoundaryEvent_SecondOverdue" name="超期" cancelActivity="false" attachedToRef="Task_Second">
				      <bpmn:outgoing>Flow_Overdue</bpmn:outgoing>
				      <bpmn:timerEventDefinition id="TimerEventDefinition_SecondOverdue">
				        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${sla.due(execution)}</bpmn:timeDate>
				      </bpmn:timerEventDefinition>
				    </bpmn:boundaryEvent>
				    <bpmn:endEvent id="EndEvent_Overdue" name="超期">
				      <bpmn:incoming>Flow_Overdue</bpmn:incoming>
				    </bpmn:endEvent>
				    <bpmn:endEvent id="EndEvent_Done" name="办结">
				      <bpmn:incoming>Flow_ToEnd</bpmn:incoming>
				    </bpmn:endEvent>
				    <bpmn:sequenceFlow id="Flow_ToFirst" sourceRef="StartEvent_Received" targetRef="Task_First" />
				    <bpmn:sequenceFlow id="Flow_ToSecond" sourceRef="Task_First" targetRef="Task_Second" />
				    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Second" targetRef="EndEvent_Done" />
				    <bpmn:sequenceFlow id="Flow_Overdue" sourceRef="BoundaryEvent_SecondOverdue" targetRef="EndEvent_Overdue" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, userTask("Task_First", "初核", "aid-acceptance-check", "Flow_ToFirst", "Flow_ToSecond"),
					userTask("Task_Second", "复核", "aid-street-review", "Flow_ToSecond", "Flow_ToEnd"));
	}

	/** A new process the calendar starts every year (4 January, 09:00). */
	static String yearlyModel(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
				xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_%1$s" \
				targetNamespace="http://minzheng.org/flow/aid">
				  <bpmn:process id="%1$s" name="年度复核" isExecutable="true" camunda:historyTimeToLive="1825" camunda:versionTag="2026.1">
				    <bpmn:startEvent id="StartEvent_YearBegins" name="每年 1 月 4 日">
				      <bpmn:outgoing>Flow_ToFirst</bpmn:outgoing>
				      <bpmn:timerEventDefinition id="TimerEventDefinition_YearBegins">
				        <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">0 0 9 4 1 ?</bpmn:timeCycle>
				      </bpmn:timerEventDefinition>
				    </bpmn:startEvent>
				    %2$s
				    <bpmn:endEvent id="EndEvent_Done" name="办结">
				      <bpmn:incoming>Flow_ToEnd</bpmn:incoming>
				    </bpmn:endEvent>
				    <bpmn:sequenceFlow id="Flow_ToFirst" sourceRef="StartEvent_YearBegins" targetRef="Task_First" />
				    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_First" targetRef="EndEvent_Done" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, userTask("Task_First", "复核", "aid-street-review", "Flow_ToFirst", "Flow_ToEnd"));
	}

	private static String userTask(String id, String name, String form, String incoming, String outgoing) {
		return """
				<bpmn:userTask id="%s" name="%s" camunda:formRef="%s" camunda:formRefBinding="deployment" \
				camunda:candidateGroups="aid-clerk@440304001" camunda:dueDate="${sla.due(execution)}">
				      <bpmn:extensionElements>
				        <camunda:properties>
				          <camunda:property name="slaWorkingDays" value="5" />
				        </camunda:properties>
				      </bpmn:extensionElements>
				      <bpmn:incoming>%s</bpmn:incoming>
				      <bpmn:outgoing>%s</bpmn:outgoing>
				    </bpmn:userTask>""".formatted(id, name, form, incoming, outgoing);
	}

}
