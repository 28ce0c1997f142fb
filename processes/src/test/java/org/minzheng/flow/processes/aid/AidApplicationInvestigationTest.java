package org.minzheng.flow.processes.aid;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.BenefitType;
import org.minzheng.flow.processes.aid.AidApplicationProcess.HomeVisitDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.InvestigationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.RegistrationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ReviewDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.SelfCareLevel;

/**
 * Home investigation, 特困 self-care assessment, the conflict-of-interest branch and the
 * street review.
 */
class AidApplicationInvestigationTest extends AidProcessTestCase {

	@Test
	void assessesSelfCareBeforeReviewForTekun() {
		// given
		ProcessInstance instance = investigatedApplication(BenefitType.TEKUN, false);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_SELF_CARE_ASSESSMENT);
		assertThat(task(TASK_SELF_CARE_ASSESSMENT, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET));

		// when
		completeTask(instance, TASK_SELF_CARE_ASSESSMENT, VAR_SELF_CARE_LEVEL, SelfCareLevel.PARTIAL_SELF_CARE);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_STREET_REVIEW)
			.variables()
			.containsEntry(VAR_SELF_CARE_LEVEL, SelfCareLevel.PARTIAL_SELF_CARE.name());
	}

	@Test
	void skipsSelfCareAssessmentForDibao() {
		// when
		ProcessInstance instance = investigatedApplication(BenefitType.DIBAO, false);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_STREET_REVIEW)
			.hasNotPassed(TASK_SELF_CARE_ASSESSMENT);
		assertThat(task(TASK_STREET_REVIEW, instance)).hasCandidateGroup(reviewerGroup(COMPETENT_STREET));
	}

	@Test
	void registersSeparatelyAndLetsApproverVisitWhenApplicantIsCloseRelative() throws Exception {
		// given
		ProcessInstance instance = investigatedApplication(BenefitType.DIBAO, true);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_CONFLICT_REGISTRATION);
		assertThat(task(TASK_CONFLICT_REGISTRATION, instance)).hasCandidateGroup(reviewerGroup(COMPETENT_STREET));

		// when
		completeTask(instance, TASK_CONFLICT_REGISTRATION, VAR_REGISTRATION_DECISION, RegistrationDecision.REGISTERED);

		// then: the approving level, resolved now, visits the household itself before the
		// street review
		verify(this.resolveApprovalAuthority).execute(any());
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_APPROVER_HOME_VISIT);
		assertThat(task(TASK_APPROVER_HOME_VISIT, instance)).hasCandidateGroup(approverGroup(DISTRICT));
		completeTask(instance, TASK_APPROVER_HOME_VISIT, VAR_HOME_VISIT_DECISION, HomeVisitDecision.DONE);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_STREET_REVIEW);
	}

	@Test
	void goesStraightToStreetReviewWhenApplicantIsNoCloseRelative() {
		// when
		ProcessInstance instance = investigatedApplication(BenefitType.DIBAO, false);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_STREET_REVIEW)
			.hasNotPassed(TASK_CONFLICT_REGISTRATION, TASK_APPROVER_HOME_VISIT);
		verifyNoInteractions(this.resolveApprovalAuthority);
	}

	@Test
	void returnsToInvestigationWhenStreetReviewReturns() {
		// given
		ProcessInstance instance = investigatedApplication(BenefitType.DIBAO, false);

		// when
		completeTask(instance, TASK_STREET_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.RETURN);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION);
		verifyNoInteractions(this.publishNotice);
	}

	private ProcessInstance investigatedApplication(BenefitType benefitType, boolean conflictOfInterest) {
		Map<String, Object> variables = startVariables();
		variables.put(VAR_BENEFIT_TYPE, benefitType.name());
		variables.put(VAR_CONFLICT_OF_INTEREST, conflictOfInterest);
		ProcessInstance instance = startApplication(variables);
		acceptAndCheck(instance);
		completeTask(instance, TASK_HOME_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		return instance;
	}

}
