package org.minzheng.flow.processes.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.lottery.LotteryApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of an application: queued, ineligible, rejected on review; a registry outage
 * retried.
 */
@Deployment(resources = { RESOURCE, LotteryProcessTestCase.FORMS + "lottery-district-review.form" })
class LotteryApplicationProcessTest extends LotteryProcessTestCase {

	static final String APPLICATION_NO = "LT-440308-2026-000001";

	final JavaDelegate checkRecords = mock(JavaDelegate.class);

	final JavaDelegate checkQualification = mock(JavaDelegate.class);

	final JavaDelegate enterQueue = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_CHECK_RECORDS, this.checkRecords);
		Mocks.register(BEAN_CHECK_QUALIFICATION, this.checkQualification);
		Mocks.register(BEAN_ENTER_QUEUE, this.enterQueue);
	}

	void qualificationIs(boolean qualified) throws Exception {
		doAnswer(invocation -> {
			((DelegateExecution) invocation.getArgument(0)).setVariable(VAR_QUALIFIED, qualified);
			return null;
		}).when(this.checkQualification).execute(any());
	}

	ProcessInstance apply() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, APPLICATION_NO,
				Map.of(VAR_APPLICATION_ID, 5L, VAR_DISTRICT_CODE, DISTRICT, VAR_AREA_CODE, "440308-A"));
	}

	@Test
	void checksRecordsAsynchronouslyThenQualificationThenReviewThenQueues() throws Exception {
		// given
		qualificationIs(true);
		ProcessInstance instance = apply();
		assertThat(instance).isWaitingAt(SERVICE_TASK_CHECK_RECORDS);

		// when
		executeJob(instance, SERVICE_TASK_CHECK_RECORDS);
		assertThat(task(TASK_DISTRICT_REVIEW, instance)).hasCandidateGroup("lottery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_DISTRICT_REVIEW, withVariables(VAR_REVIEW_DECISION, ReviewDecision.APPROVE.name()));

		// then
		verify(this.enterQueue).execute(any());
		assertThat(instance).isEnded()
			.hasPassedInOrder(SERVICE_TASK_CHECK_RECORDS, SERVICE_TASK_CHECK_QUALIFICATION, TASK_DISTRICT_REVIEW,
					SERVICE_TASK_ENTER_QUEUE, END_EVENT_QUEUED);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_QUEUED);
	}

	@Test
	void unqualifiedApplicantNeverReachesReviewNorQueue() throws Exception {
		// given
		qualificationIs(false);
		ProcessInstance instance = apply();

		// when
		executeJob(instance, SERVICE_TASK_CHECK_RECORDS);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_INELIGIBLE).hasNotPassed(TASK_DISTRICT_REVIEW);
		verifyNoInteractions(this.enterQueue);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_INELIGIBLE);
	}

	@Test
	void rejectedOnReviewEndsWithoutQueueing() throws Exception {
		// given
		qualificationIs(true);
		ProcessInstance instance = apply();
		executeJob(instance, SERVICE_TASK_CHECK_RECORDS);

		// when
		completeTask(instance, TASK_DISTRICT_REVIEW, withVariables(VAR_REVIEW_DECISION, ReviewDecision.REJECT.name()));

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_REJECTED);
		verifyNoInteractions(this.enterQueue);
	}

	@Test
	void registryOutageLeavesTheCheckWaitingForARetry() throws Exception {
		// given
		doThrow(new IllegalStateException("registry down")).when(this.checkRecords).execute(any());
		ProcessInstance instance = apply();

		// when
		try {
			executeJob(instance, SERVICE_TASK_CHECK_RECORDS);
		}
		catch (IllegalStateException expected) {
			// the job executor records the failure and retries
		}

		// then
		assertThat(instance).isWaitingAt(SERVICE_TASK_CHECK_RECORDS);
		verifyNoInteractions(this.checkQualification);
	}

}
