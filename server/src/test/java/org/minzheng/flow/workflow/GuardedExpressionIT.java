package org.minzheng.flow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.flow.processes.model.ExpressionAllowList;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine's expressions reach only what {@code model/expressions.allow} lists, even
 * for a model deployed straight through the engine's API, past the console and its model
 * check: reflection, the engine's services, a bean that is not listed, a getter, a script
 * — each is refused when evaluated, in a job as an incident and at a synchronous start as
 * an exception that leaves nothing behind, and what it asked for never runs. Listed
 * methods and beans, variables, map look-ups and the engine's functions still evaluate.
 * The job executor is off: the test runs each job itself, once.
 */
@ApplicationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class GuardedExpressionIT {

	static final String PWNED = "mzf.pwned";

	static final String REFLECTION = "${''.getClass().forName('java.lang.System')"
			+ ".getMethod('setProperty', ''.getClass(), ''.getClass()).invoke(null, '" + PWNED + "', 'yes')}";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void noPropertySet() {
		System.clearProperty(PWNED);
	}

	static Stream<Arguments> refusedInAJob() {
		return Stream.of(
				Arguments.of("reflection from a string literal", "camunda:expression=\"" + REFLECTION + "\"",
						"method getClass with 0 argument(s) on a value of java.lang.String"),
				Arguments.of("reflection from a listed bean",
						"camunda:expression=\"" + REFLECTION.replace("${''.getClass()", "${sla.getClass()") + "\"",
						"method getClass with 0 argument(s) on bean 'sla'"),
				Arguments.of("the engine's services through the execution",
						"camunda:expression=\"${execution.getProcessEngineServices().getRuntimeService()"
								+ ".setVariable(execution.getId(), 'pwned', 'yes')}\"",
						"method getProcessEngineServices with 0 argument(s) on a value of "),
				Arguments.of("the engine's services through getters",
						"camunda:expression=\"${execution.processEngineServices.runtimeService"
								+ ".setVariable(execution.id, 'pwned', 'yes')}\"",
						"property 'processEngineServices' of a value of "),
				Arguments.of("an engine service as a bean",
						"camunda:expression=\"${runtimeService.setVariable(execution.id, 'pwned', 'yes')}\"",
						"bean 'runtimeService'"),
				Arguments.of("a bean that is not a listed delegate", "camunda:delegateExpression=\"${dataSource}\"",
						"bean 'dataSource'"),
				Arguments.of("a variable's method",
						"camunda:expression=\"${execution.getVariable('decision').getClass()}\"",
						"method getVariable with 1 argument(s) on a value of "));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void refusedInAJob(String what, String taskAttributes, String refusal) {
		String pi = startAsync(asyncServiceTask(taskAttributes));

		assertThat(assertRefusedIntoAnIncident(pi, refusal).getIncidentMessage())
			.contains("not on the expression allow-list /model/expressions.allow");
	}

	@Test
	void aScriptIsRefusedWhateverItsLanguage() {
		String pi = startAsync("""
				<bpmn:scriptTask id="Task_Step" camunda:asyncBefore="true" scriptFormat="juel">
				  <bpmn:script>%s</bpmn:script>
				</bpmn:scriptTask>""".formatted(REFLECTION));

		assertRefusedIntoAnIncident(pi, "process models may not run scripts (script language 'juel')");
	}

	@Test
	void aModelNamingAJavaClassIsNotDeployedWhoeverDeploysIt() {
		long deployments = repository.createDeploymentQuery().count();
		for (String element : new String[] {
				"<bpmn:serviceTask id=\"Task_Step\" camunda:class=\"org.minzheng.flow.aid.process.GrantBenefitDelegate\" />",
				"<bpmn:sendTask id=\"Task_Step\"><bpmn:extensionElements><camunda:executionListener event=\"start\" "
						+ "class=\"java.lang.ProcessBuilder\" /></bpmn:extensionElements></bpmn:sendTask>",
				"<bpmn:callActivity id=\"Task_Step\" calledElement=\"X\" camunda:variableMappingClass=\"java.lang.Runtime\" />",
				"<bpmn:userTask id=\"Task_Step\" camunda:formHandlerClass=\"java.lang.Runtime\" />" }) {
			assertThatThrownBy(() -> deploy("""
					<bpmn:startEvent id="StartEvent_Started" />
					<bpmn:sequenceFlow id="Flow_Start" sourceRef="StartEvent_Started" targetRef="Task_Step" />
					%s
					<bpmn:sequenceFlow id="Flow_Passed" sourceRef="Task_Step" targetRef="EndEvent_Passed" />
					<bpmn:endEvent id="EndEvent_Passed" />""".formatted(element))).as(element)
				.hasMessageContaining("Refused:")
				.hasMessageContaining("Task_Step@");
		}
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void aRefusedConditionAtTheStartThrowsAndLeavesNoInstance() {
		String key = deploy(
				"""
						<bpmn:startEvent id="StartEvent_Started" />
						<bpmn:sequenceFlow id="Flow_Start" sourceRef="StartEvent_Started" targetRef="Gateway_Check" />
						<bpmn:exclusiveGateway id="Gateway_Check" default="Flow_Otherwise" />
						<bpmn:sequenceFlow id="Flow_Counted" sourceRef="Gateway_Check" targetRef="EndEvent_Passed">
						  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${runtimeService.createProcessInstanceQuery().count() &gt;= 0}</bpmn:conditionExpression>
						</bpmn:sequenceFlow>
						<bpmn:sequenceFlow id="Flow_Otherwise" sourceRef="Gateway_Check" targetRef="EndEvent_Otherwise" />
						<bpmn:endEvent id="EndEvent_Passed" />
						<bpmn:endEvent id="EndEvent_Otherwise" />""");

		assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key, "GUARD-SYNC"))
			.hasMessageContaining("Refused: bean 'runtimeService'")
			.hasMessageContaining("not on the expression allow-list");

		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void listedMethodsAndBeansVariablesMapsAndTheEnginesFunctionsStillEvaluate() {
		assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getExpressionManager()
			.getClass()
			.getSimpleName()).isEqualTo("GuardedExpressionManager");
		String key = deploy(
				"""
						<bpmn:startEvent id="StartEvent_Started" />
						<bpmn:sequenceFlow id="Flow_Start" sourceRef="StartEvent_Started" targetRef="Gateway_Check" />
						<bpmn:exclusiveGateway id="Gateway_Check" default="Flow_Otherwise" />
						<bpmn:sequenceFlow id="Flow_Approved" sourceRef="Gateway_Check" targetRef="Task_Review">
						  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${decision == 'APPROVE' &amp;&amp; !creditClear &amp;&amp; facts.line == 'aid' &amp;&amp; facts['units'][1] == '440304' &amp;&amp; aidGrantBenefitDelegate != null &amp;&amp; now() != null}</bpmn:conditionExpression>
						</bpmn:sequenceFlow>
						<bpmn:sequenceFlow id="Flow_Otherwise" sourceRef="Gateway_Check" targetRef="EndEvent_Otherwise" />
						<bpmn:userTask id="Task_Review" name="复核" camunda:candidateGroups="${approverGroup}" camunda:dueDate="${sla.due(execution)}">
						  <bpmn:extensionElements>
						    <camunda:properties>
						      <camunda:property name="slaWorkingDays" value="3" />
						    </camunda:properties>
						  </bpmn:extensionElements>
						</bpmn:userTask>
						<bpmn:endEvent id="EndEvent_Otherwise" />""");

		ProcessInstance instance = runtime.startProcessInstanceByKey(key, "GUARD-ALLOWED",
				Variables.createVariables()
					.putValue("decision", "APPROVE")
					.putValue("creditClear", false)
					.putValue("approverGroup", "aid-approver@440300")
					.putValueTyped("facts",
							Variables.untypedValue(Map.of("line", "aid", "units", List.of("440300", "440304")), true)));

		Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_Review");
		assertThat(review.getDueDate()).isAfter(review.getCreateTime());
		assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("aid-approver@440300");
	}

	@Test
	void everyListedMethodAndDelegateIsABeanThatHasIt() {
		ExpressionAllowList list = ExpressionAllowList.shipped();
		for (ExpressionAllowList.Method method : list.methods()) {
			assertThat(context.containsBean(method.bean())).as(method.signature()).isTrue();
			Object bean = context.getBean(method.bean());
			assertThat(Arrays.stream(bean.getClass().getMethods()).filter(m -> accepts(m, method)))
				.as("a public method %s on %s", method.signature(), bean.getClass().getName())
				.isNotEmpty();
		}
		for (String delegate : list.delegates()) {
			assertThat(context.containsBean(delegate)).as(delegate).isTrue();
			assertThat(context.getBean(delegate)).as(delegate)
				.isInstanceOfAny(JavaDelegate.class, ExecutionListener.class, TaskListener.class);
		}
	}

	private static boolean accepts(Method candidate, ExpressionAllowList.Method method) {
		if (!candidate.getName().equals(method.name()) || candidate.getParameterCount() != method.parameters().size()) {
			return false;
		}
		Class<?>[] types = candidate.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			boolean fits = switch (method.parameters().get(i)) {
				case EXECUTION -> types[i].isAssignableFrom(DelegateExecution.class);
				case LITERAL -> types[i].isAssignableFrom(String.class) || types[i].isPrimitive()
						|| Number.class.isAssignableFrom(types[i]);
				case VARIABLE -> true;
			};
			if (!fits) {
				return false;
			}
		}
		return true;
	}

	private Incident assertRefusedIntoAnIncident(String pi, String refusal) {
		Job job = management.createJobQuery().processInstanceId(pi).singleResult();
		management.setJobRetries(job.getId(), 1);

		assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Refused: " + refusal);

		Incident incident = runtime.createIncidentQuery().processInstanceId(pi).singleResult();
		assertThat(incident).as("an incident for the failed job").isNotNull();
		assertThat(incident.getConfiguration()).isEqualTo(job.getId());
		assertThat(incident.getActivityId()).isEqualTo("Task_Step");
		assertThat(incident.getIncidentMessage()).contains("Refused: " + refusal);
		assertThat(System.getProperty(PWNED)).as("nothing executed").isNull();
		assertThat(runtime.getVariable(pi, "pwned")).as("nothing executed").isNull();
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(pi)
			.activityId("EndEvent_Passed")
			.count()).as("the flow did not pass the task").isZero();
		return incident;
	}

	private String startAsync(String task) {
		String key = deploy("""
				<bpmn:startEvent id="StartEvent_Started" />
				<bpmn:sequenceFlow id="Flow_Start" sourceRef="StartEvent_Started" targetRef="Task_Step" />
				%s
				<bpmn:sequenceFlow id="Flow_Passed" sourceRef="Task_Step" targetRef="EndEvent_Passed" />
				<bpmn:endEvent id="EndEvent_Passed" />""".formatted(task));
		return runtime
			.startProcessInstanceByKey(key, "GUARD-" + key.substring(5, 13),
					Variables.createVariables().putValue("decision", "APPROVE"))
			.getId();
	}

	private static String asyncServiceTask(String attributes) {
		return "<bpmn:serviceTask id=\"Task_Step\" camunda:asyncBefore=\"true\" " + attributes + " />";
	}

	/** Deploys a process of the given elements straight through the engine's API. */
	private String deploy(String elements) {
		String key = "Guard" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "Process";
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    id="Definitions_%1$s" targetNamespace="http://minzheng.org/flow/test">
				  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
				%2$s
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(key, elements);
		repository.createDeployment().name("guard-test").addString(key + ".bpmn", xml).deploy();
		return key;
	}

}
