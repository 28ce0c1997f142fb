package org.minzheng.flow.processes.aid;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.aid.AidReviewProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path of the periodic review: continue, adjust and phase out take effect at once;
 * a termination only once the stop notice was served; a return goes back to the
 * investigation; overdue steps escalate when the clock passes their limit.
 */
@Deployment(resources = { RESOURCE, AidLifeProcessTestCase.FORMS + FORM_INVESTIGATION + AidLifeProcessTestCase.FORM,
		AidLifeProcessTestCase.FORMS + FORM_PROPOSAL + AidLifeProcessTestCase.FORM,
		AidLifeProcessTestCase.FORMS + FORM_DECISION + AidLifeProcessTestCase.FORM,
		AidLifeProcessTestCase.FORMS + FORM_STOP_NOTICE + AidLifeProcessTestCase.FORM })
class AidReviewProcessTest extends AidLifeProcessTestCase {

	static final String REVIEW_NO = "FC-440308-2026-000001";

	final JavaDelegate resolveAuthority = mock(JavaDelegate.class);

	final JavaDelegate applyOutcome = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() throws Exception {
		Mocks.register(BEAN_RESOLVE_AUTHORITY, this.resolveAuthority);
		Mocks.register(BEAN_APPLY_OUTCOME, this.applyOutcome);
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(VAR_APPROVER_GROUP, AidApplicationProcess.approverGroup(STREET));
			execution.setVariable(VAR_APPROVING_ORG_UNIT_CODE, STREET);
			execution.setVariable(VAR_ENTRUSTMENT_ID, Variables.longValue(7L));
			return null;
		}).when(this.resolveAuthority).execute(any());
	}

	@ParameterizedTest
	@EnumSource(value = Outcome.class, names = { "CONTINUE", "ADJUST", "PHASE_OUT" })
	void takesEffectAtOnceWhenPaymentGoesOn(Outcome outcome) throws Exception {
		ProcessInstance review = reviewAwaitingDecision();

		completeTask(review, TASK_DECISION, VAR_OUTCOME, outcome);

		verify(this.applyOutcome).execute(any());
		assertThat(review).hasPassed(SERVICE_TASK_APPLY_OUTCOME).hasNotPassed(TASK_STOP_NOTICE).isEnded();
		verify(this.caseClosed).notify(argThat(e -> END_EVENT_CONCLUDED.equals(e.getCurrentActivityId())));
	}

	@Test
	void terminationTakesEffectOnlyOnceTheStopNoticeIsServed() throws Exception {
		ProcessInstance review = reviewAwaitingDecision();

		completeTask(review, TASK_DECISION, VAR_OUTCOME, Outcome.TERMINATE);

		assertThat(review).isWaitingAt(TASK_STOP_NOTICE);
		assertThat(review).task().hasCandidateGroup("aid-clerk@" + STREET);
		verify(this.applyOutcome, never()).execute(any());

		completeTask(review, TASK_STOP_NOTICE, VAR_STOP_NOTICE_DECISION, NoticeDecision.SERVED);

		verify(this.applyOutcome).execute(any());
		assertThat(review).hasPassedInOrder(TASK_STOP_NOTICE, SERVICE_TASK_APPLY_OUTCOME).isEnded();
	}

	@Test
	void decisionGoesToTheApprovingUnitResolvedForTheCase() {
		ProcessInstance review = reviewAwaitingDecision();

		assertThat(review).task().hasCandidateGroup(AidApplicationProcess.approverGroup(STREET));
		assertThat(review).variables().containsEntry(VAR_ENTRUSTMENT_ID, 7L);
	}

	@Test
	void returnedDecisionGoesBackToTheInvestigation() {
		ProcessInstance review = reviewAwaitingDecision();

		completeTask(review, TASK_DECISION, VAR_OUTCOME, Outcome.RETURN);

		assertThat(review).isWaitingAt(TASK_INVESTIGATION);
		assertThat(review).task().hasCandidateGroup("aid-clerk@" + STREET);
	}

	@Test
	void stopNoticeNotServedWithinThreeDaysEscalatesAndStaysOpen() throws Exception {
		ProcessInstance review = reviewAwaitingDecision();
		completeTask(review, TASK_DECISION, VAR_OUTCOME, Outcome.TERMINATE);

		org.assertj.core.api.Assertions.assertThat(moveClock(Duration.ofDays(2))).as("jobs due after 2 days").isZero();
		moveClock(Duration.ofDays(1).plusMinutes(1));

		org.assertj.core.api.Assertions.assertThat(this.escalatedTaskKeys).containsExactly(TASK_STOP_NOTICE);
		assertThat(review).isWaitingAt(TASK_STOP_NOTICE).hasPassed(BOUNDARY_EVENT_STOP_NOTICE_OVERDUE);
		verify(this.applyOutcome, never()).execute(any());
	}

	@Test
	void investigationPastItsLimitEscalatesWithoutInterruptingIt() throws Exception {
		ProcessInstance review = startReview();

		org.assertj.core.api.Assertions.assertThat(moveClock(Duration.ofDays(9))).isZero();
		moveClock(Duration.ofDays(1).plusMinutes(1));

		org.assertj.core.api.Assertions.assertThat(this.escalatedTaskKeys).containsExactly(TASK_INVESTIGATION);
		assertThat(review).isWaitingAt(TASK_INVESTIGATION).hasPassed(SERVICE_TASK_ESCALATE_INVESTIGATION);
	}

	ProcessInstance startReview() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_REVIEW_ID, 11L);
		variables.put(VAR_DISTRICT_CODE, DISTRICT);
		variables.put(VAR_STREET_CODE, STREET);
		ProcessInstance review = runtimeService().startProcessInstanceByKey(PROCESS_KEY, REVIEW_NO, variables);
		assertThat(review).isWaitingAt(TASK_INVESTIGATION);
		assertThat(review).task().hasCandidateGroup("aid-clerk@" + STREET);
		return review;
	}

	ProcessInstance reviewAwaitingDecision() {
		ProcessInstance review = startReview();
		completeTask(review, TASK_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		assertThat(review).task().hasCandidateGroup("aid-reviewer@" + STREET);
		completeTask(review, TASK_PROPOSAL, withVariables(VAR_PROPOSAL, Outcome.CONTINUE.name()));
		assertThat(review).isWaitingAt(TASK_DECISION);
		return review;
	}

}
