package org.minzheng.flow.processes.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.ProcessConventions.escalatedEndEventOf;
import static org.minzheng.flow.processes.ProcessConventions.escalationTaskOf;
import static org.minzheng.flow.processes.ProcessConventions.overdueBoundaryEventOf;
import static org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of the yearly review: pass at the district; a proposal of the district goes
 * to the city welfare lottery issuing centre — its reviewer, the notice to the outlet and
 * its answer, its approver — who takes no action, suspends (then restored, or proposed
 * for withdrawal again) or closes.
 */
@Deployment(resources = { RESOURCE, LotteryProcessTestCase.FORMS + "lottery-annual-review.form",
		LotteryProcessTestCase.FORMS + "lottery-outlet-city-review.form",
		LotteryProcessTestCase.FORMS + "lottery-outlet-statement.form",
		LotteryProcessTestCase.FORMS + "lottery-outlet-decision.form",
		LotteryProcessTestCase.FORMS + "lottery-rectification.form" })
class LotteryOutletReviewProcessTest extends LotteryProcessTestCase {

	final JavaDelegate suspend = mock(JavaDelegate.class);

	final JavaDelegate restore = mock(JavaDelegate.class);

	final JavaDelegate close = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_SUSPEND_OUTLET, this.suspend);
		Mocks.register(BEAN_RESTORE_OUTLET, this.restore);
		Mocks.register(BEAN_CLOSE_OUTLET, this.close);
	}

	ProcessInstance review() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "LTR-2026-000001",
				Map.of(VAR_REVIEW_ID, 1L, VAR_OUTLET_ID, 2L, VAR_DISTRICT_CODE, DISTRICT, VAR_CITY_CODE, CITY));
	}

	/** The city centre's reviewer, the outlet's answer and the approver's decision. */
	void cityDecides(ProcessInstance instance, ReviewResult proposal, OutletDecision decision) {
		assertThat(task(TASK_CITY_REVIEW, instance)).hasCandidateGroup("lottery-reviewer@" + CITY);
		completeTask(instance, TASK_CITY_REVIEW, VAR_PROPOSED_ACTION, proposal);
		assertThat(task(TASK_OUTLET_STATEMENT, instance)).hasCandidateGroup("lottery-clerk@" + CITY);
		completeTask(instance, TASK_OUTLET_STATEMENT, VAR_STATEMENT_KIND, StatementKind.RECEIVED);
		assertThat(task(TASK_CITY_DECISION, instance)).hasCandidateGroup("lottery-approver@" + CITY);
		completeTask(instance, TASK_CITY_DECISION, VAR_OUTLET_DECISION, decision);
	}

	@Test
	void passedReviewChangesNothing() {
		ProcessInstance instance = review();

		assertThat(task(TASK_ANNUAL_REVIEW, instance)).hasCandidateGroup("lottery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.PASS.name()));

		assertThat(instance).isEnded().hasPassed(END_EVENT_REVIEW_PASSED).hasNotPassed(TASK_CITY_REVIEW);
		verifyNoInteractions(this.suspend, this.restore, this.close);
	}

	@Test
	void theDistrictReviewerAloneNeitherSuspendsNorCloses() {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.CLOSE.name()));

		assertThat(instance).isWaitingAt(TASK_CITY_REVIEW);
		verifyNoInteractions(this.suspend, this.restore, this.close);
		assertThat(this.closed.endEventIds).isEmpty();
	}

	@Test
	void theOutletIsToldAndAnswersBeforeTheApproverDecidesWithinTheAnswerPeriod() {
		ProcessInstance instance = review();
		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.CLOSE.name()));

		completeTask(instance, TASK_CITY_REVIEW, VAR_PROPOSED_ACTION, ReviewResult.CLOSE);

		// the answer period is the statement step's own working-day limit
		assertThat(instance).isWaitingAt(TASK_OUTLET_STATEMENT);
		// (5 working days in the model; the stand-in of the sla bean counts calendar
		// days)
		assertThat(task(TASK_OUTLET_STATEMENT, instance).getDueDate())
			.isEqualTo(Date.from(NOW.toInstant().plus(5, ChronoUnit.DAYS)));
		assertThat(task(TASK_CITY_DECISION, instance)).isNull();
		verifyNoInteractions(this.close);
	}

	@Test
	void seriousViolationIsClosedByTheCityApprover() throws Exception {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.CLOSE.name()));
		cityDecides(instance, ReviewResult.CLOSE, OutletDecision.CLOSE);

		verify(this.close).execute(any());
		verifyNoInteractions(this.suspend);
		assertThat(instance).isEnded()
			.hasPassedInOrder(TASK_ANNUAL_REVIEW, TASK_CITY_REVIEW, TASK_OUTLET_STATEMENT, TASK_CITY_DECISION,
					END_EVENT_OUTLET_CLOSED)
			.hasNotPassed(TASK_RECTIFICATION);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_OUTLET_CLOSED);
	}

	@Test
	void theCityApproverMayTakeNoAction() {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.SUSPEND.name()));
		cityDecides(instance, ReviewResult.SUSPEND, OutletDecision.NONE);

		assertThat(instance).isEnded().hasPassed(END_EVENT_NO_ACTION);
		verifyNoInteractions(this.suspend, this.restore, this.close);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_NO_ACTION);
	}

	@Test
	void suspendedOutletIsRestoredAfterRectification() throws Exception {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.SUSPEND.name()));
		cityDecides(instance, ReviewResult.SUSPEND, OutletDecision.SUSPEND);
		verify(this.suspend).execute(any());
		assertThat(task(TASK_RECTIFICATION, instance)).hasCandidateGroup("lottery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_RECTIFICATION,
				withVariables(VAR_RECTIFICATION_RESULT, RectificationResult.RESTORE.name()));

		verify(this.restore).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_OUTLET_RESTORED);
		verifyNoInteractions(this.close);
	}

	@Test
	void aFailedRectificationGoesBackToTheCityWhichCloses() throws Exception {
		ProcessInstance instance = review();
		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.SUSPEND.name()));
		cityDecides(instance, ReviewResult.SUSPEND, OutletDecision.SUSPEND);

		// the district's check fails: a proposal, not a closure
		completeTask(instance, TASK_RECTIFICATION,
				withVariables(VAR_RECTIFICATION_RESULT, RectificationResult.CLOSE.name()));
		assertThat(instance).isWaitingAt(TASK_CITY_REVIEW);
		verifyNoInteractions(this.close);

		cityDecides(instance, ReviewResult.CLOSE, OutletDecision.CLOSE);

		verify(this.close).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_OUTLET_CLOSED);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_OUTLET_CLOSED);
	}

	@Test
	void overdueCityDecisionIsEscalatedWithoutLeavingTheTask() throws Exception {
		ProcessInstance instance = review();
		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.CLOSE.name()));
		completeTask(instance, TASK_CITY_REVIEW, VAR_PROPOSED_ACTION, ReviewResult.CLOSE);
		completeTask(instance, TASK_OUTLET_STATEMENT, VAR_STATEMENT_KIND, StatementKind.WAIVED);

		executeJob(instance, overdueBoundaryEventOf(TASK_CITY_DECISION));
		executeJob(instance, escalationTaskOf(TASK_CITY_DECISION));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).hasPassed(escalatedEndEventOf(TASK_CITY_DECISION)).isWaitingAt(TASK_CITY_DECISION);
		verifyNoInteractions(this.close);
	}

}
