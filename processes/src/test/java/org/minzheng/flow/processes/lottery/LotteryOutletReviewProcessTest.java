package org.minzheng.flow.processes.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of the yearly review: pass, suspend then restore, suspend then close, close.
 */
@Deployment(resources = { RESOURCE, LotteryProcessTestCase.FORMS + "lottery-annual-review.form",
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
				Map.of(VAR_REVIEW_ID, 1L, VAR_OUTLET_ID, 2L, VAR_DISTRICT_CODE, DISTRICT));
	}

	@Test
	void passedReviewChangesNothing() {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.PASS.name()));

		assertThat(instance).isEnded().hasPassed(END_EVENT_REVIEW_PASSED);
		verifyNoInteractions(this.suspend, this.restore, this.close);
	}

	@Test
	void suspendedOutletIsRestoredAfterRectification() throws Exception {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.SUSPEND.name()));
		verify(this.suspend).execute(any());
		completeTask(instance, TASK_RECTIFICATION,
				withVariables(VAR_RECTIFICATION_RESULT, RectificationResult.RESTORE.name()));

		verify(this.restore).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_OUTLET_RESTORED);
		verifyNoInteractions(this.close);
	}

	@Test
	void suspendedOutletIsClosedWhenRectificationFails() throws Exception {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.SUSPEND.name()));
		completeTask(instance, TASK_RECTIFICATION,
				withVariables(VAR_RECTIFICATION_RESULT, RectificationResult.CLOSE.name()));

		verify(this.close).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_OUTLET_CLOSED);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_OUTLET_CLOSED);
	}

	@Test
	void seriousViolationClosesTheOutletAtOnce() throws Exception {
		ProcessInstance instance = review();

		completeTask(instance, TASK_ANNUAL_REVIEW, withVariables(VAR_REVIEW_RESULT, ReviewResult.CLOSE.name()));

		verify(this.close).execute(any());
		verifyNoInteractions(this.suspend);
		assertThat(instance).isEnded().hasPassed(END_EVENT_OUTLET_CLOSED).hasNotPassed(TASK_RECTIFICATION);
	}

}
