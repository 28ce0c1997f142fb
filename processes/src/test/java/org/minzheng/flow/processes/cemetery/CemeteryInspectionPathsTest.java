package org.minzheng.flow.processes.cemetery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every path of one cemetery's inspection, one test each. */
class CemeteryInspectionPathsTest extends CemeteryProcessTestCase {

	@Test
	void passesOnTheFirstInspection() throws Exception {
		ProcessInstance instance = startInspection();
		verify(this.prepareInspection).execute(any());
		assertThat(instance).isWaitingAt(TASK_SELF_INSPECTION);
		assertThat(task(TASK_SELF_INSPECTION, instance)).hasCandidateGroup(partyGroup(OPERATOR_UNIT));

		completeTask(instance, TASK_SELF_INSPECTION, VAR_SELF_INSPECTION_DECISION, SelfInspectionDecision.SUBMITTED);
		assertThat(task(TASK_DOCUMENT_REVIEW, instance)).hasCandidateGroup("cemetery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_DOCUMENT_REVIEW, VAR_DOCUMENT_REVIEW_DECISION, DocumentReviewDecision.PASS);
		assertThat(task(TASK_ON_SITE_INSPECTION, instance)).hasCandidateGroup("cemetery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_ON_SITE_INSPECTION, VAR_ON_SITE_DECISION, OnSiteDecision.DONE);
		assertThat(task(TASK_FINDINGS, instance)).hasCandidateGroup("cemetery-approver@" + DISTRICT);
		completeTask(instance, TASK_FINDINGS, VAR_FINDINGS_DECISION, FindingsDecision.QUALIFIED);

		assertThat(instance).isEnded().hasPassed(END_EVENT_QUALIFIED).hasNotPassed(TASK_RECTIFICATION);
		assertThat(this.closed.ends).containsExactly(INSPECTION_NO + ":" + END_EVENT_QUALIFIED);
		verify(this.reportCredit, never()).execute(any());
	}

	@Test
	void incompleteDocumentsGoBackToTheOperator() {
		ProcessInstance instance = startInspection();
		completeTask(instance, TASK_SELF_INSPECTION, VAR_SELF_INSPECTION_DECISION, SelfInspectionDecision.SUBMITTED);
		completeTask(instance, TASK_DOCUMENT_REVIEW, VAR_DOCUMENT_REVIEW_DECISION, DocumentReviewDecision.RETURN);

		assertThat(instance).isWaitingAt(TASK_SELF_INSPECTION);
		assertThat(task(TASK_SELF_INSPECTION, instance)).hasCandidateGroup(partyGroup(OPERATOR_UNIT));
	}

	@Test
	void rectifiesThenPasses() {
		ProcessInstance instance = startInspection();
		inspectOnSite(instance);
		completeTask(instance, TASK_FINDINGS, VAR_FINDINGS_DECISION, FindingsDecision.RECTIFY);

		assertThat(instance).isWaitingAt(TASK_RECTIFICATION);
		assertThat(task(TASK_RECTIFICATION, instance)).hasCandidateGroup(partyGroup(OPERATOR_UNIT))
			.hasDueDate(Date.from(NOW.toInstant().plus(12, ChronoUnit.DAYS)));
		completeTask(instance, TASK_RECTIFICATION, VAR_RECTIFICATION_DECISION, RectificationDecision.SUBMITTED);
		completeTask(instance, TASK_RE_INSPECTION, VAR_RE_INSPECTION_DECISION, ReInspectionDecision.DONE);
		completeTask(instance, TASK_RESULT, VAR_RESULT_DECISION, ResultDecision.QUALIFIED);

		assertThat(instance).isEnded().hasPassed(TASK_RECTIFICATION, END_EVENT_QUALIFIED);
		assertThat(this.closed.ends).containsExactly(INSPECTION_NO + ":" + END_EVENT_QUALIFIED);
	}

	@Test
	void furtherRectificationIsReInspectedAndThenPasses() throws Exception {
		ProcessInstance instance = startInspection();
		rectifyAndReInspect(instance);
		completeTask(instance, TASK_RESULT, VAR_RESULT_DECISION, ResultDecision.RECTIFY_PENDING);

		// the operator gets the further period (pendingRectificationWorkingDays = 8)
		assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_RECTIFICATION);
		assertThat(task(TASK_FOLLOW_UP_RECTIFICATION, instance)).hasCandidateGroup(partyGroup(OPERATOR_UNIT))
			.hasDueDate(Date.from(NOW.toInstant().plus(8, ChronoUnit.DAYS)));
		assertThat(this.closed.ends).isEmpty();
		completeTask(instance, TASK_FOLLOW_UP_RECTIFICATION, VAR_RECTIFICATION_DECISION,
				RectificationDecision.SUBMITTED);
		assertThat(task(TASK_FOLLOW_UP_RE_INSPECTION, instance)).hasCandidateGroup("cemetery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_FOLLOW_UP_RE_INSPECTION, VAR_RE_INSPECTION_DECISION, ReInspectionDecision.DONE);
		assertThat(task(TASK_FINAL_RESULT, instance)).hasCandidateGroup("cemetery-approver@" + DISTRICT);
		completeTask(instance, TASK_FINAL_RESULT, VAR_FINAL_RESULT_DECISION, FinalResultDecision.QUALIFIED);

		assertThat(instance).isEnded().hasPassed(TASK_FINAL_RESULT, END_EVENT_QUALIFIED);
		assertThat(this.closed.ends).containsExactly(INSPECTION_NO + ":" + END_EVENT_QUALIFIED);
		verify(this.reportCredit, never()).execute(any());
		verify(this.routeEnforcement, never()).execute(any());
	}

	@Test
	void stillFailingAfterTheFurtherPeriodIsUnqualifiedAndReferred() throws Exception {
		ProcessInstance instance = startInspection();
		furtherRectificationUpToFinalResult(instance);
		completeTask(instance, TASK_FINAL_RESULT, VAR_FINAL_RESULT_DECISION, FinalResultDecision.UNQUALIFIED);

		assertThat(instance).isWaitingAt(SERVICE_TASK_REPORT_CREDIT);
		executeJob(instance, SERVICE_TASK_REPORT_CREDIT);
		verify(this.reportCredit).execute(any());
		verify(this.routeEnforcement).execute(any());
		assertThat(instance).isWaitingAt(TASK_JOINT_ENFORCEMENT);
		completeTask(instance, TASK_JOINT_ENFORCEMENT, VAR_ENFORCEMENT_DECISION,
				EnforcementDecision.CORRECTION_ORDERED);

		assertThat(instance).isEnded().hasPassed(TASK_FINAL_RESULT, END_EVENT_UNQUALIFIED);
		assertThat(this.closed.ends).containsExactly(INSPECTION_NO + ":" + END_EVENT_UNQUALIFIED);
	}

	@Test
	void unqualifiedCemeteryGoesToEachCompetentBodyAndEndsWhenAllReported() throws Exception {
		this.enforcement.bodies = List.of("CEM-AMR-440308", "CEM-CG-440308");
		ProcessInstance instance = startInspection();
		rectifyAndReInspect(instance);
		completeTask(instance, TASK_RESULT, VAR_RESULT_DECISION, ResultDecision.UNQUALIFIED);
		executeJob(instance, SERVICE_TASK_REPORT_CREDIT);

		List<Task> tasks = taskService().createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(TASK_JOINT_ENFORCEMENT)
			.list();
		assertThat(tasks).hasSize(2);
		assertThat(
				tasks.stream().map(t -> taskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId()).toList())
			.containsExactlyInAnyOrder(partyGroup("CEM-AMR-440308"), partyGroup("CEM-CG-440308"));
		assertThat(job("BoundaryEvent_JointEnforcementOverdue", instance).getDuedate())
			.isEqualTo(Date.from(NOW.toInstant().plus(5, ChronoUnit.DAYS)));

		complete(tasks.get(0), withVariables(VAR_ENFORCEMENT_DECISION, EnforcementDecision.CASE_OPENED.name()));
		assertThat(instance).isWaitingAt(TASK_JOINT_ENFORCEMENT);
		assertThat(this.closed.ends).isEmpty();
		complete(tasks.get(1), withVariables(VAR_ENFORCEMENT_DECISION, EnforcementDecision.CORRECTION_ORDERED.name()));

		assertThat(instance).isEnded().hasPassed(END_EVENT_UNQUALIFIED);
		assertThat(this.closed.ends).containsExactly(INSPECTION_NO + ":" + END_EVENT_UNQUALIFIED);
	}

	@Test
	void missedFurtherRectificationDeadlineEscalates() throws Exception {
		ProcessInstance instance = startInspection();
		rectifyAndReInspect(instance);
		completeTask(instance, TASK_RESULT, VAR_RESULT_DECISION, ResultDecision.RECTIFY_PENDING);

		executeJob(instance, "BoundaryEvent_FollowUpRectificationOverdue");
		executeJob(instance, "ServiceTask_EscalateFollowUpRectification");

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAt(TASK_FOLLOW_UP_RECTIFICATION);
	}

	@Test
	void creditPlatformOutageIsRetriedAndThenAnIncident() throws Exception {
		ProcessInstance instance = startInspection();
		rectifyAndReInspect(instance);
		completeTask(instance, TASK_RESULT, VAR_RESULT_DECISION, ResultDecision.UNQUALIFIED);
		doThrow(new IllegalStateException("credit platform down")).when(this.reportCredit).execute(any());

		for (int attempt = 0; attempt < 3; attempt++) {
			Job job = job(SERVICE_TASK_REPORT_CREDIT, instance);
			try {
				org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService().executeJob(job.getId());
			}
			catch (IllegalStateException expected) {
				// the job executor would log and retry
			}
		}

		Job exhausted = job(SERVICE_TASK_REPORT_CREDIT, instance);
		assertThat(exhausted.getRetries()).isZero();
		assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
			.createIncidentQuery()
			.processInstanceId(instance.getId())
			.count()).isEqualTo(1);
		assertThat(instance).isWaitingAt(SERVICE_TASK_REPORT_CREDIT);
	}

	@Test
	void missedSelfReportDeadlineEscalatesAndTheOperatorMayStillReport() throws Exception {
		ProcessInstance instance = startInspection();
		Job overdue = job(BOUNDARY_EVENT_SELF_INSPECTION_OVERDUE, instance);
		assertThat(overdue.getDuedate()).isEqualTo(Date.from(NOW.toInstant().plus(5, ChronoUnit.DAYS)));
		String[] seen = new String[1];
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			seen[0] = (String) execution
				.getVariableLocal(org.minzheng.flow.processes.ProcessConventions.VAR_OVERDUE_TASK_KEY);
			return null;
		}).when(this.escalateOverdue).execute(any());

		ClockUtil.setCurrentTime(Date.from(NOW.toInstant().plus(6, ChronoUnit.DAYS)));
		executeJob(instance, BOUNDARY_EVENT_SELF_INSPECTION_OVERDUE);
		executeJob(instance, SERVICE_TASK_ESCALATE_SELF_INSPECTION);

		verify(this.escalateOverdue).execute(any());
		assertThat(seen[0]).isEqualTo(TASK_SELF_INSPECTION);
		assertThat(instance).hasPassed("EndEvent_SelfInspectionEscalated").isWaitingAt(TASK_SELF_INSPECTION);
		assertThat(this.closed.ends).isEmpty();
		completeTask(instance, TASK_SELF_INSPECTION, VAR_SELF_INSPECTION_DECISION, SelfInspectionDecision.SUBMITTED);
		assertThat(instance).isWaitingAt(TASK_DOCUMENT_REVIEW);
	}

	@Test
	void missedRectificationDeadlineEscalates() throws Exception {
		ProcessInstance instance = startInspection();
		inspectOnSite(instance);
		completeTask(instance, TASK_FINDINGS, VAR_FINDINGS_DECISION, FindingsDecision.RECTIFY);

		executeJob(instance, "BoundaryEvent_RectificationOverdue");
		executeJob(instance, SERVICE_TASK_ESCALATE_RECTIFICATION);

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAt(TASK_RECTIFICATION);
	}

}
