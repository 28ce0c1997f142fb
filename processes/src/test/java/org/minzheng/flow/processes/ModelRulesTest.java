package org.minzheng.flow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.processes.model.ModelRules;

/**
 * The deploy checks a process owner's upload goes through: every shipped model passes,
 * and each unsafe or non-conforming change is reported at its element with a stable code.
 */
class ModelRulesTest {

	static Set<String> forms;

	static Set<String> beans;

	/** The decisions shipped with the processes (dmn/&lt;feature&gt;/*.dmn). */
	static Set<String> decisions;

	@BeforeAll
	static void shippedFormsAndBeans() {
		forms = ModelConventionsTest.forms().stream().map(ClasspathFiles::baseName).collect(Collectors.toSet());
		beans = new HashSet<>();
		ModelConventionsTest.models().forEach(model -> beans.addAll(ModelRules.beansOf(read(model))));
		decisions = new HashSet<>();
		for (String file : ClasspathFiles.list("dmn", ".dmn")) {
			try (java.io.InputStream in = ModelRulesTest.class.getClassLoader().getResourceAsStream(file)) {
				decisions.addAll(org.minzheng.flow.processes.model.DecisionCheck.check(in.readAllBytes()).decisions());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

	@Test
	void everyShippedModelPasses() {
		assertThat(decisions).contains("Decision_ElderlyAllowance", "Decision_ElderlyAllowanceAmount");
		for (String model : ModelConventionsTest.models()) {
			assertThat(ModelRules.check(read(model), forms, beans, decisions)).as(model).isEmpty();
		}
	}

	@Test
	void refusesAScriptTask() {
		assertThat(codesAfter(bpmn -> {
			ScriptTask script = bpmn.newInstance(ScriptTask.class);
			script.setId("ScriptTask_Compute");
			script.setScriptFormat("groovy");
			process(bpmn).addChildElement(script);
		})).contains("SCRIPT_NOT_ALLOWED");
	}

	@Test
	void refusesAClassNameDelegateAndAnUnknownBean() {
		assertThat(codesAfter(bpmn -> {
			ServiceTask grant = bpmn.getModelElementById("ServiceTask_GrantBenefit");
			grant.setCamundaClass("com.example.Evil");
			ServiceTask publish = bpmn.getModelElementById("ServiceTask_PublishNotice");
			publish.setCamundaDelegateExpression("${runtimeService}");
		})).contains("CLASS_NOT_ALLOWED", "BEAN_NOT_ALLOWED");
	}

	@Test
	void refusesAModelWithoutHistoryTimeToLive() {
		assertThat(codesAfter(bpmn -> process(bpmn).setCamundaHistoryTimeToLiveString(null)))
			.containsExactly("HISTORY_TTL_MISSING");
	}

	@Test
	void reportsAUserTaskWithoutFormOrWithAFormThatDoesNotExist() {
		List<ModelRules.Problem> problems = problemsAfter(bpmn -> {
			UserTask review = bpmn.getModelElementById("Task_StreetReview");
			review.setCamundaFormRef(null);
			UserTask approval = bpmn.getModelElementById("Task_Approval");
			approval.setCamundaFormRef("aid-no-such-form");
		});
		assertThat(problems).extracting(ModelRules.Problem::elementId, ModelRules.Problem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Task_StreetReview", "FORM_MISSING"),
					org.assertj.core.groups.Tuple.tuple("Task_Approval", "FORM_NOT_FOUND"));
	}

	@Test
	void aBusinessRuleTaskEvaluatesAKnownDecisionOfItsOwnDeployment() {
		java.util.function.Function<Consumer<org.camunda.bpm.model.bpmn.instance.BusinessRuleTask>, List<String>> codes = edit -> {
			BpmnModelInstance bpmn = read(ModelConventionsTest.models()
				.stream()
				.filter(m -> m.endsWith("aid-application.bpmn"))
				.findFirst()
				.orElseThrow());
			org.camunda.bpm.model.bpmn.instance.BusinessRuleTask task = bpmn
				.newInstance(org.camunda.bpm.model.bpmn.instance.BusinessRuleTask.class);
			task.setId("BusinessRuleTask_Priority");
			task.setName("办理优先级");
			task.setCamundaDecisionRef("Decision_AidPriority");
			task.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "decisionRefBinding", "deployment");
			task.setCamundaResultVariable("priority");
			task.setCamundaMapDecisionResult("singleEntry");
			process(bpmn).addChildElement(task);
			edit.accept(task);
			return ModelRules.check(bpmn, forms, beans, Set.of("Decision_AidPriority"))
				.stream()
				.map(ModelRules.Problem::code)
				.toList();
		};
		assertThat(codes.apply(task -> {
		})).isEmpty();
		assertThat(codes.apply(task -> task.setCamundaDecisionRef("Decision_NoSuchTable")))
			.containsExactly("DECISION_NOT_FOUND");
		assertThat(codes.apply(task -> task.setCamundaDecisionRef("aidPriority")))
			.containsExactly("DECISION_REF_INVALID");
		assertThat(codes.apply(
				task -> task.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "decisionRefBinding", "latest")))
			.containsExactly("DECISION_BINDING_INVALID");
		assertThat(codes.apply(task -> {
			task.setCamundaDecisionRef(null);
			task.setCamundaClass("com.example.Evil");
		})).contains("CLASS_NOT_ALLOWED", "DECISION_MISSING");
		assertThat(ModelRules.decisionsOf(read(ModelConventionsTest.models().get(0)))).isEmpty();
	}

	@Test
	void requiresCandidateGroupsAndCalendarDueDates() {
		assertThat(codesAfter(bpmn -> {
			UserTask review = bpmn.getModelElementById("Task_StreetReview");
			review.setCamundaCandidateGroups(null);
			review.setCamundaDueDate("P5D");
			bpmn.getModelElementsByType(TimeDate.class).iterator().next().setTextContent("2027-01-01T00:00:00");
		})).contains("CANDIDATE_GROUPS_MISSING", "DUE_DATE_NOT_CALENDAR", "TIMER_NOT_CALENDAR");
	}

	@Test
	void acceptsTheOpinionSettingsOnlyAndRequiresAnOpinionOfTheStreetReviewer() {
		UserTask shipped = read(AidApplicationProcess.RESOURCE).getModelElementById("Task_StreetReview");
		assertThat(org.minzheng.flow.processes.model.BpmnProperties.property(shipped, "opinion")).contains("required");
		assertThat(codesAfter(bpmn -> {
			UserTask review = bpmn.getModelElementById("Task_StreetReview");
			review.getExtensionElements()
				.getElementsQuery()
				.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
				.singleResult()
				.getCamundaProperties()
				.stream()
				.filter(p -> "opinion".equals(p.getCamundaName()))
				.forEach(p -> p.setCamundaValue("maybe"));
		})).containsExactly("OPINION_SETTING_INVALID");
	}

	@Test
	void requiresRemoteCallsToBeAsynchronousWithRetries() {
		assertThat(codesAfter(bpmn -> {
			ServiceTask hukou = bpmn.getModelElementById("ServiceTask_VerifyHukou");
			hukou.setCamundaAsyncBefore(false);
			ServiceTask check = bpmn.getModelElementById("ServiceTask_RequestEconomicCheck");
			check.getExtensionElements()
				.getElementsQuery()
				.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
				.singleResult()
				.setTextContent("forever");
		})).contains("REMOTE_CALL_NOT_ASYNC", "RETRY_CYCLE_MISSING");
	}

	@Test
	void refusesSeparateDutiesThatNameNoUserTaskOrOnlyOne() {
		List<ModelRules.Problem> problems = problemsAfter(bpmn -> {
			org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty declared = bpmn
				.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class)
				.stream()
				.filter(p -> "separateDuties".equals(p.getCamundaName()))
				.findFirst()
				.orElseThrow();
			declared.setCamundaValue("Task_AcceptanceCheck,Task_StreetReveiw,ServiceTask_GrantBenefit");
			org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty single = bpmn
				.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class);
			single.setCamundaName("separateDuties.2");
			single.setCamundaValue("Task_Approval");
			declared.getParentElement().addChildElement(single);
		});
		assertThat(problems).extracting(ModelRules.Problem::elementId, ModelRules.Problem::code)
			.containsOnly(
					org.assertj.core.groups.Tuple.tuple(AidApplicationProcess.PROCESS_KEY, "SEPARATE_DUTIES_INVALID"));
		assertThat(problems).extracting(ModelRules.Problem::message)
			.hasSize(3)
			.anySatisfy(message -> assertThat(message).endsWith("Task_StreetReveiw"))
			.anySatisfy(message -> assertThat(message).endsWith("ServiceTask_GrantBenefit"))
			.anySatisfy(message -> assertThat(message).contains("至少两个用户任务"));
	}

	@Test
	void reportsIdsWithoutTheirTypePrefix() {
		List<ModelRules.Problem> problems = problemsAfter(bpmn -> {
			UserTask task = bpmn.newInstance(UserTask.class);
			task.setId("Activity_0abc123");
			process(bpmn).addChildElement(task);
		});
		assertThat(problems).filteredOn(p -> "Activity_0abc123".equals(p.elementId()))
			.extracting(ModelRules.Problem::code)
			.contains("ELEMENT_ID_INVALID", "FORM_MISSING", "CANDIDATE_GROUPS_MISSING");
	}

	private static List<String> codesAfter(Consumer<BpmnModelInstance> change) {
		return problemsAfter(change).stream().map(ModelRules.Problem::code).toList();
	}

	private static List<ModelRules.Problem> problemsAfter(Consumer<BpmnModelInstance> change) {
		BpmnModelInstance bpmn = read(AidApplicationProcess.RESOURCE);
		change.accept(bpmn);
		return ModelRules.check(bpmn, forms, beans);
	}

	private static Process process(BpmnModelInstance bpmn) {
		return bpmn.getModelElementsByType(Process.class).iterator().next();
	}

	static BpmnModelInstance read(String resource) {
		try (InputStream in = ClasspathFiles.open(resource)) {
			return Bpmn.readModelFromStream(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
