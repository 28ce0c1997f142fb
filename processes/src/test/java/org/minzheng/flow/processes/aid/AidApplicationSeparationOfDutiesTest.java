package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.HomeVisitDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.InvestigationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.RegistrationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ReviewDecision;
import org.minzheng.flow.processes.model.BpmnProperties;

/**
 * Separation of duties and the conflict-of-interest rule as the deployed chain carries
 * them: the server reads the declared group from the deployed version, and both the
 * approver's home visit and the approval go to whichever unit the resolution names.
 */
class AidApplicationSeparationOfDutiesTest extends AidProcessTestCase {

	@Test
	void deployedVersionDeclaresAcceptanceReviewAndApprovalForDifferentPeople() {
		// given
		ProcessInstance instance = startApplication();

		// when: read as the server's engine adapter reads it
		Process process = repositoryService().getBpmnModelInstance(instance.getProcessDefinitionId())
			.getModelElementById(PROCESS_KEY);

		// then
		assertThat(ProcessConventions.separateDuties(BpmnProperties.properties(process)))
			.containsExactly(Set.of(TASK_ACCEPTANCE_CHECK, TASK_STREET_REVIEW, TASK_APPROVAL));
	}

	@Test
	void separatedStepsAreOfferedToThreeDifferentRoles() {
		// given
		ProcessInstance instance = startApplication();
		assertThat(task(TASK_ACCEPTANCE_CHECK, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET));
		acceptAndCheck(instance);
		completeTask(instance, TASK_HOME_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		assertThat(task(TASK_STREET_REVIEW, instance)).hasCandidateGroup(reviewerGroup(COMPETENT_STREET));

		// when
		completeTask(instance, TASK_STREET_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);

		// then
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup(approverGroup(DISTRICT));
	}

	@Test
	void conflictOfInterestCaseIsVisitedAndApprovedByTheUnitResolvedForIt() throws Exception {
		// given: the resolution answers with the district (as the server does for a
		// declared conflict, entrustment or not)
		Map<String, Object> variables = startVariables();
		variables.put(VAR_CONFLICT_OF_INTEREST, true);
		ProcessInstance instance = startApplication(variables);
		acceptAndCheck(instance);
		completeTask(instance, TASK_HOME_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		completeTask(instance, TASK_CONFLICT_REGISTRATION, VAR_REGISTRATION_DECISION, RegistrationDecision.REGISTERED);

		// when
		assertThat(task(TASK_APPROVER_HOME_VISIT, instance)).hasCandidateGroup(approverGroup(DISTRICT));
		completeTask(instance, TASK_APPROVER_HOME_VISIT, VAR_HOME_VISIT_DECISION, HomeVisitDecision.DONE);
		completeTask(instance, TASK_STREET_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);

		// then: resolved again for the approval, which lands at the district too
		verify(this.resolveApprovalAuthority, times(2)).execute(any());
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup(approverGroup(DISTRICT));
		approve(instance, ApprovalDecision.APPROVE);
		assertThat(instance).hasPassed(END_EVENT_APPROVED).isEnded();
	}

}
