package org.minzheng.flow.processes.socialorg;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;

/**
 * Every path of 信用名单列入: nothing is listed without the approver's written decision, and a
 * proposed listing waits for the organisation's answer or the end of the period to
 * answer.
 */
@Deployment(resources = { RESOURCE, "forms/socialorg/socialorg-credit-listing-proposal.form",
		"forms/socialorg/socialorg-credit-listing-decision.form" })
class SocialOrgCreditListingProcessTest extends SocialOrgProcessTestCase {

	static final String NO = "SO-CL-440300-2026-0001";

	final JavaDelegate notify = mock(JavaDelegate.class);

	final JavaDelegate list = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_NOTIFY, this.notify);
		Mocks.register(BEAN_LIST, this.list);
	}

	ProcessInstance proposed(String proposal) {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, NO,
				Map.of(VAR_LISTING_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR));
		assertThat(task(TASK_PROPOSAL, instance)).hasCandidateGroup(SocialOrgProcesses.reviewerGroup(REGISTRAR));
		verifyNoInteractions(this.list);
		completeTask(instance, TASK_PROPOSAL, withVariables(VAR_PROPOSAL, proposal));
		return instance;
	}

	@Test
	void listsOnlyAfterTheNoticeThePeriodToAnswerAndTheApproversDecision() throws Exception {
		Date notified = ClockUtil.getCurrentTime();
		ProcessInstance instance = proposed("LIST");

		verify(this.notify).execute(any());
		assertThat(instance).isWaitingAtExactly(GATEWAY_ANSWER_EVENTS);
		org.assertj.core.api.Assertions.assertThat(job(CATCH_EVENT_ANSWER_PERIOD_ENDED, instance).getDuedate())
			.isEqualTo(Date.from(notified.toInstant().plus(5, ChronoUnit.DAYS)));
		verifyNoInteractions(this.list);

		executeJob(instance, CATCH_EVENT_ANSWER_PERIOD_ENDED);
		assertThat(task(TASK_DECISION, instance)).hasCandidateGroup(SocialOrgProcesses.approverGroup(REGISTRAR));
		verifyNoInteractions(this.list);
		completeTask(instance, TASK_DECISION, withVariables(VAR_DECISION, "LIST"));

		verify(this.list).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_LISTED).hasNotPassed(CATCH_EVENT_STATEMENT_RECEIVED);
	}

	@Test
	void theOrganisationsStatementGoesToTheApproverWhoMayDropTheListing() throws Exception {
		ProcessInstance instance = proposed("LIST");

		runtimeService().createMessageCorrelation(MESSAGE_STATEMENT).processInstanceBusinessKey(NO).correlate();

		assertThat(instance).isWaitingAtExactly(TASK_DECISION).hasPassed(CATCH_EVENT_STATEMENT_RECEIVED);
		completeTask(instance, TASK_DECISION, withVariables(VAR_DECISION, "DROP"));
		assertThat(instance).isEnded().hasPassed(END_EVENT_DROPPED);
		verifyNoInteractions(this.list);
	}

	@Test
	void aProposalNotToListSkipsTheNoticeButTheApproverStillDecides() {
		ProcessInstance instance = proposed("DROP");

		assertThat(instance).isWaitingAtExactly(TASK_DECISION).hasNotPassed(SERVICE_TASK_NOTIFY);
		verifyNoInteractions(this.notify);
		completeTask(instance, TASK_DECISION, withVariables(VAR_DECISION, "DROP"));
		assertThat(instance).isEnded().hasPassed(END_EVENT_DROPPED);
		verifyNoInteractions(this.list);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_PROPOSAL, TASK_DECISION })
	void escalatesAnOverdueTask(String taskKey) throws Exception {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, NO,
				Map.of(VAR_LISTING_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR));
		if (TASK_DECISION.equals(taskKey)) {
			completeTask(instance, TASK_PROPOSAL, withVariables(VAR_PROPOSAL, "DROP"));
		}

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
