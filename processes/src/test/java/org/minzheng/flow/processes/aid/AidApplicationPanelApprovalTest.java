package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalMode;

/**
 * Approval by the approving unit's panel: 会签 (every member approves, one refusal or
 * return decides at once) and 或签 (the first member to act decides). Each member gets
 * their own task, assigned to them.
 */
class AidApplicationPanelApprovalTest extends AidProcessTestCase {

	@Test
	void grantsBenefitOnlyOnceEveryPanelMemberApproved() throws Exception {
		// given
		this.approvalPanel.is(ApprovalMode.ALL, "ft-approver", "ft-deputy");
		ProcessInstance instance = applicationAwaitingApproval();
		assertThat(approvalTasks(instance)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("ft-approver", "ft-deputy");

		// when
		vote(instance, "ft-approver", ApprovalDecision.APPROVE);

		// then
		assertThat(instance).isWaitingAt(TASK_APPROVAL);
		assertThat(approvalTasks(instance)).extracting(Task::getAssignee).containsExactly("ft-deputy");
		vote(instance, "ft-deputy", ApprovalDecision.APPROVE);
		verify(this.grantBenefit).execute(any());
		assertThat(instance).hasPassed(END_EVENT_APPROVED).isEnded();
	}

	@Test
	void oneRefusalInAnAllOfPanelDecidesAtOnce() throws Exception {
		// given
		this.approvalPanel.is(ApprovalMode.ALL, "ft-approver", "ft-deputy", "ft-director");
		ProcessInstance instance = applicationAwaitingApproval();
		vote(instance, "ft-approver", ApprovalDecision.APPROVE);

		// when
		vote(instance, "ft-deputy", ApprovalDecision.REJECT);

		// then: the director's vote is no longer asked for
		verify(this.recordRejection).execute(any());
		verifyNoInteractions(this.grantBenefit);
		assertThat(approvalTasks(instance)).isEmpty();
		assertThat(instance).isWaitingAtExactly(TASK_REJECTION_NOTICE);
	}

	@Test
	void theFirstMemberToActDecidesAnAnyOfPanel() throws Exception {
		// given
		this.approvalPanel.is(ApprovalMode.ANY, "ft-approver", "ft-deputy");
		ProcessInstance instance = applicationAwaitingApproval();

		// when
		vote(instance, "ft-deputy", ApprovalDecision.APPROVE);

		// then
		verify(this.grantBenefit).execute(any());
		assertThat(approvalTasks(instance)).isEmpty();
		assertThat(instance).hasPassed(END_EVENT_APPROVED).isEnded();
	}

	@Test
	void aSingleApprovalIsOfferedToTheApproverGroupUnassigned() {
		// given the unit has no panel
		ProcessInstance instance = applicationAwaitingApproval();

		// then
		List<Task> tasks = approvalTasks(instance);
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).getAssignee()).isNull();
		assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(TASK_APPROVAL, instance))
			.hasCandidateGroup(approverGroup(DISTRICT));
	}

	private static List<Task> approvalTasks(ProcessInstance instance) {
		return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_APPROVAL).list();
	}

	private static void vote(ProcessInstance instance, String member, ApprovalDecision decision) {
		Task task = taskQuery().processInstanceId(instance.getId())
			.taskDefinitionKey(TASK_APPROVAL)
			.taskAssignee(member)
			.singleResult();
		complete(task, withVariables(VAR_APPROVAL_DECISION, decision.name()));
	}

}
