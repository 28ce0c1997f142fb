package org.minzheng.flow.processes.charity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.charity.CharityTrustFilingProcess.*;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;

/** Every path of 慈善信托备案. */
@Deployment(resources = { RESOURCE, "forms/charity/charity-trust-filing-review.form",
		"forms/charity/charity-trust-filing-decision.form", "forms/charity/charity-trust-supplement.form" })
class CharityTrustFilingProcessTest extends CharityProcessTestCase {

	static final String FILING_NO = "CH-TF-440300-2026-000001";

	final JavaDelegate notifySupplement = mock(JavaDelegate.class);

	final JavaDelegate issueReceipt = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_NOTIFY_SUPPLEMENT, this.notifySupplement);
		Mocks.register(BEAN_ISSUE_RECEIPT, this.issueReceipt);
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, FILING_NO,
				Map.of(VAR_FILING_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR, VAR_TRUSTEE_UNIT_CODE, TRUSTEE_UNIT));
	}

	/** The reviewer proposes {@code proposal}, the approver signs {@code signed}. */
	void reviewAndSign(ProcessInstance instance, FilingReviewDecision proposal, FilingReviewDecision signed) {
		completeTask(instance, TASK_FILING_REVIEW, VAR_FILING_REVIEW_DECISION, proposal);
		completeTask(instance, TASK_FILING_DECISION, VAR_FILING_DECISION, signed);
	}

	ProcessInstance atDecision() {
		ProcessInstance instance = start();
		completeTask(instance, TASK_FILING_REVIEW, VAR_FILING_REVIEW_DECISION, FilingReviewDecision.ACCEPT);
		return instance;
	}

	ProcessInstance atSupplement() {
		ProcessInstance instance = start();
		reviewAndSign(instance, FilingReviewDecision.SUPPLEMENT, FilingReviewDecision.SUPPLEMENT);
		return instance;
	}

	@Test
	void theReviewerChecksAndTheApproverSigns() {
		ProcessInstance instance = start();
		assertThat(task(TASK_FILING_REVIEW, instance)).hasCandidateGroup(CharityProcesses.reviewerGroup(REGISTRAR));

		completeTask(instance, TASK_FILING_REVIEW, VAR_FILING_REVIEW_DECISION, FilingReviewDecision.ACCEPT);

		assertThat(instance).isWaitingAtExactly(TASK_FILING_DECISION);
		assertThat(task(TASK_FILING_DECISION, instance)).hasCandidateGroup(CharityProcesses.approverGroup(REGISTRAR));
		verifyNoInteractions(this.issueReceipt);
	}

	@Test
	void issuesTheReceiptWhenTheApproverSignsIt() throws Exception {
		ProcessInstance instance = start();

		reviewAndSign(instance, FilingReviewDecision.ACCEPT, FilingReviewDecision.ACCEPT);

		verify(this.issueReceipt).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_FILED).hasNotPassed(TASK_SUPPLEMENT);
		verify(this.caseClosed).notify(any());
	}

	@Test
	void asksTheTrusteeOnceForWhatIsMissingThenReviewsAgain() throws Exception {
		ProcessInstance instance = atSupplement();

		verify(this.notifySupplement).execute(any());
		assertThat(instance).isWaitingAtExactly(TASK_SUPPLEMENT);
		assertThat(task(TASK_SUPPLEMENT, instance)).hasCandidateGroup(CharityProcesses.partyGroup(TRUSTEE_UNIT));
		completeTask(instance, TASK_SUPPLEMENT, Map.of(VAR_SUPPLEMENT_DECISION, "SUBMITTED"));

		assertThat(instance).isWaitingAtExactly(TASK_FILING_REVIEW);
		reviewAndSign(instance, FilingReviewDecision.ACCEPT, FilingReviewDecision.ACCEPT);
		assertThat(instance).isEnded().hasPassed(END_EVENT_FILED);
	}

	@Test
	void endsWithoutAReceiptWhenTheApproverRefuses() {
		ProcessInstance instance = start();

		reviewAndSign(instance, FilingReviewDecision.REJECT, FilingReviewDecision.REJECT);

		assertThat(instance).isEnded().hasPassed(END_EVENT_NOT_FILED);
		verifyNoInteractions(this.issueReceipt);
	}

	@Test
	void theApproversSignatureNotTheProposalDecides() throws Exception {
		ProcessInstance instance = start();

		reviewAndSign(instance, FilingReviewDecision.ACCEPT, FilingReviewDecision.SUPPLEMENT);

		verify(this.notifySupplement).execute(any());
		assertThat(instance).isWaitingAtExactly(TASK_SUPPLEMENT);
		verifyNoInteractions(this.issueReceipt);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_FILING_REVIEW, TASK_FILING_DECISION, TASK_SUPPLEMENT })
	void escalatesAnOverdueTaskWithoutInterruptingIt(String taskKey) throws Exception {
		ProcessInstance instance = switch (taskKey) {
			case TASK_FILING_REVIEW -> start();
			case TASK_FILING_DECISION -> atDecision();
			default -> atSupplement();
		};

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
