package org.minzheng.flow.processes.elderly;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.FeatureProcessTestCase;

/**
 * Every path of 高龄津贴: 秒批 by the shipped decision file, the street clerk's check of an
 * unclear case (granted or not), not eligible, the clerk's task overdue, and the
 * reconciliation timer. The registry check is a stand-in that sets the decision's inputs;
 * the decisions themselves are the shipped ones.
 */
@Deployment(resources = { ElderlyAllowanceProcess.RESOURCE, ElderlyAllowanceProcess.DECISION_RESOURCE,
		ElderlyAllowanceProcess.RECONCILE_RESOURCE,
		"forms/elderly/" + ElderlyAllowanceProcess.FORM_CLERK_REVIEW + FeatureProcessTestCase.FORM })
class ElderlyAllowanceProcessTest extends FeatureProcessTestCase {

	static final String STREET = "440308003";

	static final String CASE_NO = "GL-440308003-2026-000001";

	final JavaDelegate grant = mock(JavaDelegate.class);

	final JavaDelegate close = mock(JavaDelegate.class);

	final JavaDelegate reconcile = mock(JavaDelegate.class);

	final List<String> closed = new ArrayList<>();

	/** What the registry check finds: the decision's inputs and the unclear reason. */
	final Map<String, Object> registry = new HashMap<>();

	/** What the record step saw: the decisions' answers. */
	final Map<String, Object> recorded = new HashMap<>();

	ElderlyAllowanceProcessTest() {
		super(BEAN_CASE_CLOSED_LISTENER, BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return execution -> closed.add(execution.getCurrentActivityId());
	}

	@BeforeEach
	void registerBeans() {
		registry.put(VAR_HUKOU_SHENZHEN, true);
		registry.put(VAR_AGE, 80);
		registry.put(VAR_ALREADY_RECEIVING, false);
		registry.put(VAR_DECEASED, false);
		registry.put(VAR_MOVED_OUT, false);
		registry.put(VAR_UNCLEAR_REASON, null);
		Mocks.register(BEAN_CHECK_REGISTRIES, (JavaDelegate) execution -> execution.setVariables(registry));
		Mocks.register(BEAN_RECORD_DECISION, (JavaDelegate) execution -> {
			recorded.put(VAR_ELIGIBILITY, execution.getVariable(VAR_ELIGIBILITY));
			recorded.put(VAR_MONTHLY_AMOUNT_YUAN, execution.getVariable(VAR_MONTHLY_AMOUNT_YUAN));
			execution.setVariable(VAR_ROUTE, route((String) execution.getVariable(VAR_ELIGIBILITY),
					(String) execution.getVariable(VAR_UNCLEAR_REASON))
				.name());
		});
		Mocks.register(BEAN_GRANT, grant);
		Mocks.register(BEAN_CLOSE, close);
		Mocks.register(BEAN_RECONCILE, reconcile);
	}

	ProcessInstance start() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NO,
				Map.of(VAR_ALLOWANCE_ID, 1L, VAR_STREET_CODE, STREET));
		// started by the registry's message: the work runs on the job executor
		assertThat(instance).isWaitingAt(SERVICE_TASK_CHECK_REGISTRIES);
		executeJob(instance, SERVICE_TASK_CHECK_REGISTRIES);
		return instance;
	}

	@Test
	void aClearCaseIsGrantedByTheRuleAlone() throws Exception {
		registry.put(VAR_AGE, 93);
		ProcessInstance instance = start();
		assertThat(instance).isEnded()
			.hasPassedInOrder(BUSINESS_RULE_TASK_ELIGIBILITY, BUSINESS_RULE_TASK_AMOUNT, SERVICE_TASK_RECORD_DECISION,
					SERVICE_TASK_GRANT_BY_RULE, END_EVENT_GRANTED_BY_RULE)
			.hasNotPassed(TASK_CLERK_REVIEW);
		Assertions.assertThat(recorded).containsEntry(VAR_ELIGIBILITY, "AGE_90_99");
		Assertions.assertThat(((Number) recorded.get(VAR_MONTHLY_AMOUNT_YUAN)).intValue()).isEqualTo(500);
		verify(grant, times(1)).execute(any());
		verify(close, never()).execute(any());
		Assertions.assertThat(closed).containsExactly(END_EVENT_GRANTED_BY_RULE);
	}

	@Test
	void anUnclearCaseGoesToTheStreetClerkWhoGrantsIt() throws Exception {
		registry.put(VAR_UNCLEAR_REASON, UnclearReason.MISSING_BANK_ACCOUNT.name());
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(TASK_CLERK_REVIEW);
		assertThat(task(TASK_CLERK_REVIEW, instance)).hasCandidateGroup("elderly-clerk@" + STREET);
		verify(grant, never()).execute(any());
		completeTask(instance, TASK_CLERK_REVIEW, VAR_CLERK_DECISION, ClerkDecision.GRANT);
		assertThat(instance).isEnded().hasPassed(SERVICE_TASK_GRANT_BY_STAFF, END_EVENT_GRANTED_BY_STAFF);
		verify(grant, times(1)).execute(any());
		Assertions.assertThat(closed).containsExactly(END_EVENT_GRANTED_BY_STAFF);
	}

	@Test
	void theClerkMayNotGrantAnUnclearCase() throws Exception {
		registry.put(VAR_UNCLEAR_REASON, UnclearReason.NAME_MISMATCH.name());
		ProcessInstance instance = start();
		completeTask(instance, TASK_CLERK_REVIEW,
				withVariables(VAR_CLERK_DECISION, ClerkDecision.NOT_GRANTED.name(), FIELD_OPINION, "本人表示不需要"));
		assertThat(instance).isEnded().hasPassed(SERVICE_TASK_CLOSE_NOT_GRANTED, END_EVENT_NOT_GRANTED);
		verify(grant, never()).execute(any());
		Assertions.assertThat(closed).containsExactly(END_EVENT_NOT_GRANTED);
	}

	@Test
	void conflictingRecordsGoToStaffEvenWhenTheRuleWouldRefuse() {
		registry.put(VAR_HUKOU_SHENZHEN, false);
		registry.put(VAR_UNCLEAR_REASON, UnclearReason.CONFLICTING_RECORDS.name());
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(TASK_CLERK_REVIEW);
		Assertions.assertThat(recorded).containsEntry(VAR_ELIGIBILITY, "NO_SHENZHEN_HUKOU");
	}

	@Test
	void aResidentTheRuleFindsNotEligibleIsClosed() throws Exception {
		registry.put(VAR_DECEASED, true);
		ProcessInstance instance = start();
		assertThat(instance).isEnded()
			.hasPassed(SERVICE_TASK_CLOSE_NOT_ELIGIBLE, END_EVENT_NOT_ELIGIBLE)
			.hasNotPassed(TASK_CLERK_REVIEW, SERVICE_TASK_GRANT_BY_RULE);
		Assertions.assertThat(((Number) recorded.get(VAR_MONTHLY_AMOUNT_YUAN)).intValue()).isZero();
		verify(close, times(1)).execute(any());
		Assertions.assertThat(closed).containsExactly(END_EVENT_NOT_ELIGIBLE);
	}

	@Test
	void anOverdueCheckIsEscalatedAndStaysOpen() throws Exception {
		registry.put(VAR_UNCLEAR_REASON, UnclearReason.CONFLICTING_RECORDS.name());
		ProcessInstance instance = start();
		Job timer = managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId("BoundaryEvent_ClerkReviewOverdue")
			.singleResult();
		Assertions.assertThat(timer).isNotNull();
		execute(timer);
		executeJob(instance, "ServiceTask_EscalateClerkReview");
		verify(escalateOverdue, times(1)).execute(any());
		assertThat(instance).isWaitingAt(TASK_CLERK_REVIEW);
		Assertions.assertThat(closed).isEmpty();
	}

	@Test
	void theReconciliationTimerStartsOnTheWorkingDaySchedule() throws Exception {
		Job timer = managementService().createJobQuery().timers().activityId(START_EVENT_DAILY).singleResult();
		Assertions.assertThat(timer).as("timer start of " + RECONCILE_PROCESS_KEY).isNotNull();
		execute(timer);
		verify(reconcile, times(1)).execute(any(DelegateExecution.class));
		Assertions.assertThat(closed).containsExactly(END_EVENT_RECONCILED);
	}

}
