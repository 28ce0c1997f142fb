package org.minzheng.flow.processes.charity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.charity.CharityRecognitionProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.charity.CharityProcesses.Decision;

/** Every path of 慈善组织认定. */
@Deployment(resources = { RESOURCE, "forms/charity/charity-recognition-acceptance.form",
		"forms/charity/charity-recognition-review.form", "forms/charity/charity-recognition-decision.form",
		"forms/charity/charity-recognition-credit-decision.form" })
class CharityRecognitionProcessTest extends CharityProcessTestCase {

	static final String RECOGNITION_NO = "CH-REC-440300-2026-000001";

	final JavaDelegate notifySupplement = mock(JavaDelegate.class);

	final JavaDelegate checkEligibility = mock(JavaDelegate.class);

	final JavaDelegate recordRefusal = mock(JavaDelegate.class);

	final JavaDelegate issueCertificate = mock(JavaDelegate.class);

	final JavaDelegate publish = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() throws Exception {
		Mocks.register(BEAN_NOTIFY_SUPPLEMENT, this.notifySupplement);
		Mocks.register(BEAN_CHECK_ELIGIBILITY, this.checkEligibility);
		Mocks.register(BEAN_RECORD_REFUSAL, this.recordRefusal);
		Mocks.register(BEAN_ISSUE_CERTIFICATE, this.issueCertificate);
		Mocks.register(BEAN_PUBLISH_TO_PLATFORM, this.publish);
		creditClear(true);
	}

	void creditClear(boolean clear) throws Exception {
		doAnswer(invocation -> {
			((DelegateExecution) invocation.getArgument(0)).setVariable(VAR_CREDIT_CLEAR, clear);
			return null;
		}).when(this.checkEligibility).execute(any());
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, RECOGNITION_NO,
				Map.of(VAR_RECOGNITION_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR));
	}

	ProcessInstance atReview() {
		ProcessInstance instance = start();
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);
		return instance;
	}

	ProcessInstance atDecision() {
		ProcessInstance instance = atReview();
		completeTask(instance, TASK_REVIEW, Map.of(VAR_REVIEW_DECISION, "PASS", "charityPurpose", "YES",
				"noProfitDistribution", "YES", "residualAssetClause", "YES", "governanceVote", "YES"));
		return instance;
	}

	@Test
	void startsAtTheRegistrarsAcceptance() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE);
		assertThat(task(TASK_ACCEPTANCE, instance)).hasCandidateGroup(CharityProcesses.clerkGroup(REGISTRAR));
	}

	@Test
	void endsWhenNotAccepted() {
		ProcessInstance instance = start();

		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.REJECT);

		assertThat(instance).isEnded().hasPassed(END_EVENT_NOT_ACCEPTED).hasNotPassed(SERVICE_TASK_CHECK_ELIGIBILITY);
	}

	@Test
	void returnsToAcceptanceWhenTheSupplementArrives() throws Exception {
		ProcessInstance instance = start();
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);
		verify(this.notifySupplement).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_SUPPLEMENT);

		runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED)
			.processInstanceBusinessKey(RECOGNITION_NO)
			.correlate();

		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE);
	}

	@Test
	void endsWhenTheSupplementPeriodExpires() {
		ProcessInstance instance = start();
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);

		executeJob(instance, BOUNDARY_EVENT_SUPPLEMENT_EXPIRED);

		assertThat(instance).isEnded().hasPassed(END_EVENT_SUPPLEMENT_EXPIRED);
	}

	ProcessInstance atCreditDecision() throws Exception {
		creditClear(false);
		ProcessInstance instance = start();
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);
		return instance;
	}

	@Test
	void aBarringCreditStandingGoesToTheApproverNotStraightToRefusal() throws Exception {
		ProcessInstance instance = atCreditDecision();

		verify(this.checkEligibility).execute(any());
		assertThat(instance).isWaitingAtExactly(TASK_CREDIT_DECISION).hasNotPassed(SERVICE_TASK_RECORD_REFUSAL);
		assertThat(task(TASK_CREDIT_DECISION, instance)).hasCandidateGroup(CharityProcesses.approverGroup(REGISTRAR));
		verifyNoInteractions(this.recordRefusal);
	}

	@Test
	void theApproverRefusesOnTheCreditFindings() throws Exception {
		ProcessInstance instance = atCreditDecision();

		completeTask(instance, TASK_CREDIT_DECISION, VAR_CREDIT_DECISION, CreditDecision.REFUSE);

		verify(this.recordRefusal).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REFUSED).hasNotPassed(TASK_REVIEW);
		verify(this.caseClosed).notify(any());
	}

	@Test
	void theApproverFindsTheCreditFindingsNoBarAndTheReviewFollows() throws Exception {
		ProcessInstance instance = atCreditDecision();

		completeTask(instance, TASK_CREDIT_DECISION, VAR_CREDIT_DECISION, CreditDecision.PROCEED);

		assertThat(instance).isWaitingAtExactly(TASK_REVIEW);
		verifyNoInteractions(this.recordRefusal);
	}

	@Test
	void goesToReviewWhenTheCreditStandingIsClear() {
		ProcessInstance instance = atReview();

		assertThat(instance).isWaitingAtExactly(TASK_REVIEW);
		assertThat(task(TASK_REVIEW, instance)).hasCandidateGroup(CharityProcesses.reviewerGroup(REGISTRAR));
	}

	@Test
	void refusalIsRecorded() throws Exception {
		ProcessInstance instance = atDecision();

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.REFUSE);

		verify(this.recordRefusal).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REFUSED);
		verifyNoInteractions(this.issueCertificate, this.publish);
	}

	@Test
	void approvalIssuesTheCertificateThenPublishesAsynchronously() throws Exception {
		ProcessInstance instance = atDecision();
		assertThat(task(TASK_DECISION, instance)).hasCandidateGroup(CharityProcesses.approverGroup(REGISTRAR));

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.APPROVE);

		verify(this.issueCertificate).execute(any());
		assertThat(instance).isWaitingAt(SERVICE_TASK_PUBLISH_TO_PLATFORM);
		verifyNoInteractions(this.publish);
		executeJob(instance, SERVICE_TASK_PUBLISH_TO_PLATFORM);
		verify(this.publish).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_RECOGNISED);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_ACCEPTANCE, TASK_CREDIT_DECISION, TASK_REVIEW, TASK_DECISION })
	void escalatesAnOverdueTaskWithoutInterruptingIt(String taskKey) throws Exception {
		ProcessInstance instance = switch (taskKey) {
			case TASK_ACCEPTANCE -> start();
			case TASK_CREDIT_DECISION -> atCreditDecision();
			case TASK_REVIEW -> atReview();
			default -> atDecision();
		};

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
