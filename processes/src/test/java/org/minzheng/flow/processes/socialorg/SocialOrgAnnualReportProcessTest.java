package org.minzheng.flow.processes.socialorg;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.socialorg.SocialOrgProcesses.ManagementMode;

/** Every path of 社会组织年度报告. */
@Deployment(resources = { RESOURCE, "forms/socialorg/socialorg-annual-pre-review.form",
		"forms/socialorg/socialorg-annual-review.form" })
class SocialOrgAnnualReportProcessTest extends SocialOrgProcessTestCase {

	static final String REPORT_NO = "SO-AR-2025-000001";

	final JavaDelegate sendReminder = mock(JavaDelegate.class);

	final JavaDelegate listNotReported = mock(JavaDelegate.class);

	final JavaDelegate recordAccepted = mock(JavaDelegate.class);

	final JavaDelegate orderCorrection = mock(JavaDelegate.class);

	final JavaDelegate listNotCorrected = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_SEND_REMINDER, this.sendReminder);
		Mocks.register(BEAN_LIST_NOT_REPORTED, this.listNotReported);
		Mocks.register(BEAN_RECORD_ACCEPTED, this.recordAccepted);
		Mocks.register(BEAN_ORDER_CORRECTION, this.orderCorrection);
		Mocks.register(BEAN_LIST_NOT_CORRECTED, this.listNotCorrected);
	}

	ProcessInstance start(ManagementMode mode) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_REPORT_ID, 1L);
		variables.put(VAR_REGISTRAR_CODE, REGISTRAR);
		variables.put(VAR_MANAGEMENT_MODE, mode.name());
		variables.put(VAR_SUPERVISORY_UNIT_CODE, mode == ManagementMode.DUAL ? SUPERVISORY_UNIT : null);
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, REPORT_NO, variables);
	}

	void submit() {
		runtimeService().createMessageCorrelation(MESSAGE_REPORT_SUBMITTED)
			.processInstanceBusinessKey(REPORT_NO)
			.correlate();
	}

	void correlate(String message) {
		runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(REPORT_NO).correlate();
	}

	ProcessInstance atReview() {
		ProcessInstance instance = start(ManagementMode.DIRECT);
		submit();
		return instance;
	}

	@Test
	void remindsWhileWaitingForTheReport() throws Exception {
		ProcessInstance instance = start(ManagementMode.DIRECT);

		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_REPORT);
		correlate(MESSAGE_REMINDER_DUE);
		executeJob(instance, SERVICE_TASK_SEND_REMINDER);
		verify(this.sendReminder).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_REPORT).hasPassed(END_EVENT_REMINDED);
	}

	@Test
	void listsTheOrganisationWhenTheDeadlinePassesAndStillTakesALateReport() throws Exception {
		ProcessInstance instance = start(ManagementMode.DIRECT);

		correlate(MESSAGE_DEADLINE_PASSED);
		executeJob(instance, SERVICE_TASK_LIST_NOT_REPORTED);

		verify(this.listNotReported).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_REPORT).hasPassed(END_EVENT_LISTED_NOT_REPORTED);
		submit();
		assertThat(instance).isWaitingAtExactly(TASK_REGISTRAR_REVIEW);
	}

	@Test
	void dualModeGoesThroughTheSupervisoryPreReview() {
		ProcessInstance instance = start(ManagementMode.DUAL);
		submit();

		assertThat(instance).isWaitingAtExactly(TASK_PRE_REVIEW);
		assertThat(task(TASK_PRE_REVIEW, instance)).hasCandidateGroup(SocialOrgProcesses.partyGroup(SUPERVISORY_UNIT));
		completeTask(instance, TASK_PRE_REVIEW, VAR_PRE_REVIEW_DECISION, PreReviewDecision.AGREE);
		assertThat(instance).isWaitingAtExactly(TASK_REGISTRAR_REVIEW);
	}

	@Test
	void directModeGoesStraightToTheRegistrar() {
		ProcessInstance instance = atReview();

		assertThat(instance).isWaitingAtExactly(TASK_REGISTRAR_REVIEW).hasNotPassed(TASK_PRE_REVIEW);
		assertThat(task(TASK_REGISTRAR_REVIEW, instance))
			.hasCandidateGroup(SocialOrgProcesses.reviewerGroup(REGISTRAR));
	}

	@Test
	void acceptedReportClosesTheCase() throws Exception {
		ProcessInstance instance = atReview();

		completeTask(instance, TASK_REGISTRAR_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.ACCEPT);

		verify(this.recordAccepted).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_ACCEPTED);
	}

	@Test
	void correctedReportComesBackToReview() throws Exception {
		ProcessInstance instance = atReview();

		completeTask(instance, TASK_REGISTRAR_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.CORRECT);
		verify(this.orderCorrection).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_CORRECTION);
		runtimeService().createMessageCorrelation(MESSAGE_REPORT_CORRECTED)
			.processInstanceBusinessKey(REPORT_NO)
			.correlate();

		assertThat(instance).isWaitingAtExactly(TASK_REGISTRAR_REVIEW);
	}

	@Test
	void uncorrectedReportListsTheOrganisation() throws Exception {
		ProcessInstance instance = atReview();
		completeTask(instance, TASK_REGISTRAR_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.CORRECT);

		executeJob(instance, BOUNDARY_EVENT_CORRECTION_EXPIRED);

		verify(this.listNotCorrected).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_NOT_CORRECTED);
		verifyNoInteractions(this.recordAccepted);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_PRE_REVIEW, TASK_REGISTRAR_REVIEW })
	void escalatesAnOverdueTask(String taskKey) throws Exception {
		ProcessInstance instance = start(TASK_PRE_REVIEW.equals(taskKey) ? ManagementMode.DUAL : ManagementMode.DIRECT);
		submit();

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAt(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
