package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.HomeVisitDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.InvestigationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.RegistrationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.RejectionNoticeDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ReviewDecision;

/**
 * Approval by the district, or by the street under entrustment, and what follows each
 * decision.
 */
class AidApplicationApprovalTest extends AidProcessTestCase {

	@Test
	void grantsBenefitWhenApproved() throws Exception {
		// given
		ProcessInstance instance = applicationAwaitingApproval();

		// when
		approve(instance, ApprovalDecision.APPROVE);

		// then
		verify(this.grantBenefit).execute(any());
		assertThat(instance).hasPassed(END_EVENT_APPROVED).isEnded();
		assertThat(this.caseClosed.endEventIds()).containsExactly(END_EVENT_APPROVED);
	}

	@Test
	void recordsRejectionAndServesWrittenNoticeWhenApprovalRejects() throws Exception {
		// given
		ProcessInstance instance = applicationAwaitingApproval();

		// when
		approve(instance, ApprovalDecision.REJECT);

		// then
		verify(this.recordRejection).execute(any());
		verifyNoInteractions(this.grantBenefit);
		assertThat(instance).isWaitingAtExactly(TASK_REJECTION_NOTICE);
		assertThat(task(TASK_REJECTION_NOTICE, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET))
			.hasDueDate(RecordingSla.daysFromNow(3));
		completeTask(instance, TASK_REJECTION_NOTICE, VAR_REJECTION_NOTICE_DECISION, RejectionNoticeDecision.SERVED);
		assertThat(instance).hasPassed(END_EVENT_REJECTED).isEnded();
		assertThat(this.caseClosed.endEventIds()).containsExactly(END_EVENT_REJECTED);
	}

	@Test
	void returnsToInvestigationWhenApprovalReturns() {
		// given
		ProcessInstance instance = applicationAwaitingApproval();

		// when
		approve(instance, ApprovalDecision.RETURN);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION);
		verifyNoInteractions(this.grantBenefit, this.recordRejection);
	}

	@Test
	void offersApprovalToStreetApproversWhenDistrictEntrustedTheStreet() throws Exception {
		// given
		approvalAuthorityIs(COMPETENT_STREET, ENTRUSTMENT_ID);

		// when
		ProcessInstance instance = applicationAwaitingApproval();

		// then
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup(approverGroup(COMPETENT_STREET));
		assertThat(instance).variables()
			.containsEntry(VAR_APPROVING_ORG_UNIT_CODE, COMPETENT_STREET)
			.containsEntry(VAR_ENTRUSTMENT_ID, ENTRUSTMENT_ID);
	}

	@Test
	void offersApprovalToDistrictApproversWithoutEntrustment() {
		// when
		ProcessInstance instance = applicationAwaitingApproval();

		// then
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup(approverGroup(DISTRICT));
		assertThat(instance).variables()
			.containsEntry(VAR_APPROVING_ORG_UNIT_CODE, DISTRICT)
			.containsEntry(VAR_ENTRUSTMENT_ID, null);
	}

	@Test
	void resolvesApprovalAuthorityAgainSoThatARevokedEntrustmentApplies() throws Exception {
		// given: the street was entrusted when the approving level visited the household
		approvalAuthorityIs(COMPETENT_STREET, ENTRUSTMENT_ID);
		Map<String, Object> variables = startVariables();
		variables.put(VAR_CONFLICT_OF_INTEREST, true);
		ProcessInstance instance = startApplication(variables);
		acceptAndCheck(instance);
		completeTask(instance, TASK_HOME_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		completeTask(instance, TASK_CONFLICT_REGISTRATION, VAR_REGISTRATION_DECISION, RegistrationDecision.REGISTERED);
		assertThat(task(TASK_APPROVER_HOME_VISIT, instance)).hasCandidateGroup(approverGroup(COMPETENT_STREET));
		completeTask(instance, TASK_APPROVER_HOME_VISIT, VAR_HOME_VISIT_DECISION, HomeVisitDecision.DONE);
		completeTask(instance, TASK_STREET_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);

		// when: the district revokes the entrustment before the notice period ends
		approvalAuthorityIs(DISTRICT, null);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);

		// then
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup(approverGroup(DISTRICT));
		assertThat(instance).variables().containsEntry(VAR_ENTRUSTMENT_ID, null);
	}

}
