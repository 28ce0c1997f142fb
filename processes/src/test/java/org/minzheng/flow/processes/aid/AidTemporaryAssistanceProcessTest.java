package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.FeatureProcessTestCase;
import org.minzheng.flow.processes.ProcessConventions;

/**
 * Every path of 临时救助: an emergency paid in advance and regularised, overdue
 * regularisation (reminder and escalation, by moving the clock), regularisation finding
 * the aid not due, expenditure approved by the street or by the district, the notice
 * skipped for small amounts, an objection sending the case back to review.
 */
@Deployment(resources = { RESOURCE, AidTemporaryAssistanceProcessTest.FORMS + FORM_REGULARISATION_MATERIAL + ".form",
		AidTemporaryAssistanceProcessTest.FORMS + FORM_REVIEW + ".form",
		AidTemporaryAssistanceProcessTest.FORMS + FORM_APPROVAL + ".form" })
class AidTemporaryAssistanceProcessTest extends FeatureProcessTestCase {

	static final String FORMS = "forms/aid/";

	static final String CASE_NO = "LS-440308-2026-000001";

	static final String DISTRICT = "440308";

	static final String STREET = "440308001";

	static final int REGULARISATION_LIMIT_DAYS = 10;

	final List<String> closedAt = new ArrayList<>();

	final JavaDelegate publishNotice = mock(JavaDelegate.class);

	final JavaDelegate resolveAuthority = mock(JavaDelegate.class);

	final JavaDelegate confirmRegularised = mock(JavaDelegate.class);

	final JavaDelegate issuePayment = mock(JavaDelegate.class);

	final JavaDelegate recordRecovery = mock(JavaDelegate.class);

	final JavaDelegate recordRejection = mock(JavaDelegate.class);

	final JavaDelegate remindRegularisation = mock(JavaDelegate.class);

	AidTemporaryAssistanceProcessTest() {
		super(BEAN_CASE_CLOSED_LISTENER, BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return execution -> this.closedAt.add(execution.getCurrentActivityId());
	}

	@BeforeEach
	void registerTemporaryBeans() throws Exception {
		Mocks.register(BEAN_PUBLISH_NOTICE, this.publishNotice);
		Mocks.register(BEAN_RESOLVE_APPROVAL_AUTHORITY, this.resolveAuthority);
		Mocks.register(BEAN_CONFIRM_REGULARISED, this.confirmRegularised);
		Mocks.register(BEAN_ISSUE_PAYMENT_INSTRUCTION, this.issuePayment);
		Mocks.register(BEAN_RECORD_RECOVERY, this.recordRecovery);
		Mocks.register(BEAN_RECORD_REJECTION, this.recordRejection);
		Mocks.register(BEAN_REMIND_REGULARISATION, this.remindRegularisation);
		approvedBy(STREET);
	}

	@Test
	void emergencyPaidInAdvanceIsRegularisedAndConfirmedByTheStreet() throws Exception {
		ProcessInstance instance = start(Kind.EMERGENCY, true);
		assertThat(instance).isWaitingAt(TASK_REGULARISATION_MATERIAL, CATCH_EVENT_REGULARISATION_OVERDUE);
		completeTask(instance, TASK_REGULARISATION_MATERIAL, VAR_MATERIAL_DECISION, MaterialDecision.COMPLETE);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		assertThat(instance).isWaitingAt(GATEWAY_NOTICE_EVENTS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup("aid-approver@" + STREET);
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.APPROVE);
		assertThat(instance).hasPassedInOrder(SERVICE_TASK_PUBLISH_NOTICE, SERVICE_TASK_RESOLVE_APPROVAL_AUTHORITY,
				SERVICE_TASK_CONFIRM_REGULARISED, END_EVENT_REGULARISED);
		// the terminate end also ends the waiting regularisation limit
		assertThat(instance).isEnded();
		assertThat(this.closedAt).containsExactly(END_EVENT_REGULARISED);
		verify(this.remindRegularisation, never()).execute(any());
		verify(this.issuePayment, never()).execute(any());
	}

	@Test
	void overdueRegularisationRemindsAndEscalatesWhenTheClockPassesTheLimit() throws Exception {
		ProcessInstance instance = start(Kind.EMERGENCY, true);
		Job limit = job(CATCH_EVENT_REGULARISATION_OVERDUE, instance);
		assertThat(limit.getDuedate()).isEqualTo(daysFromStart(REGULARISATION_LIMIT_DAYS));

		ClockUtil.setCurrentTime(daysFromStart(REGULARISATION_LIMIT_DAYS + 1));
		assertThat(dueTimers(instance)).extracting(Job::getId).contains(limit.getId());
		executeJob(instance, CATCH_EVENT_REGULARISATION_OVERDUE);
		executeJob(instance, SERVICE_TASK_REMIND_REGULARISATION);

		verify(this.remindRegularisation).execute(any());
		assertThat(this.closedAt).containsExactly(END_EVENT_OVERDUE_ESCALATED);
		// the case itself goes on: the material is still to be completed
		assertThat(instance).isWaitingAt(TASK_REGULARISATION_MATERIAL).isNotEnded();
		completeTask(instance, TASK_REGULARISATION_MATERIAL, VAR_MATERIAL_DECISION, MaterialDecision.COMPLETE);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.APPROVE);
		assertThat(instance).isEnded();
	}

	@Test
	void regularisationThatFindsTheAidNotDueRecordsTheRecovery() throws Exception {
		ProcessInstance instance = start(Kind.EMERGENCY, true);
		completeTask(instance, TASK_REGULARISATION_MATERIAL, VAR_MATERIAL_DECISION, MaterialDecision.COMPLETE);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.NOT_DUE);
		// not due: no notice, straight to the approving unit's confirmation
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.REJECT);
		assertThat(instance).hasPassed(SERVICE_TASK_RECORD_RECOVERY, END_EVENT_NOT_DUE)
			.hasNotPassed(SERVICE_TASK_PUBLISH_NOTICE, SERVICE_TASK_CONFIRM_REGULARISED)
			.isEnded();
		verify(this.recordRecovery).execute(any());
		verify(this.recordRejection, never()).execute(any());
		assertThat(this.closedAt).containsExactly(END_EVENT_NOT_DUE);
	}

	@Test
	void expenditureWithinTheStreetLimitIsApprovedByTheStreetAndInstructedForPayment() throws Exception {
		ProcessInstance instance = start(Kind.EXPENDITURE, true);
		// no regularisation for 支出型: straight to review, no limit timer
		assertThat(instance).isWaitingAt(TASK_REVIEW);
		assertThat(job(CATCH_EVENT_REGULARISATION_OVERDUE, instance)).isNull();
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup("aid-approver@" + STREET);
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.APPROVE);
		assertThat(instance).hasPassed(SERVICE_TASK_ISSUE_PAYMENT_INSTRUCTION, END_EVENT_PAID).isEnded();
		verify(this.confirmRegularised, never()).execute(any());
		assertThat(this.closedAt).containsExactly(END_EVENT_PAID);
	}

	@Test
	void expenditureAboveTheStreetLimitGoesToTheDistrict() throws Exception {
		approvedBy(DISTRICT);
		ProcessInstance instance = start(Kind.EXPENDITURE, true);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup("aid-approver@" + DISTRICT);
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.REJECT);
		assertThat(instance).hasPassed(SERVICE_TASK_RECORD_REJECTION, END_EVENT_REJECTED).isEnded();
		assertThat(this.closedAt).containsExactly(END_EVENT_REJECTED);
	}

	@Test
	void belowTheNoticeThresholdTheNoticeIsSkipped() throws Exception {
		ProcessInstance instance = start(Kind.EXPENDITURE, false);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		// straight on to approval: no notice published, no notice timer
		assertThat(instance).isWaitingAt(TASK_APPROVAL);
		verify(this.publishNotice, never()).execute(any());
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.APPROVE);
		assertThat(instance).hasNotPassed(SERVICE_TASK_PUBLISH_NOTICE, CATCH_EVENT_NOTICE_PERIOD_ENDED)
			.hasPassed(END_EVENT_PAID)
			.isEnded();
	}

	@Test
	void anObjectionDuringTheNoticeSendsTheCaseBackToReview() throws Exception {
		ProcessInstance instance = start(Kind.EXPENDITURE, true);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		assertThat(instance).isWaitingAt(GATEWAY_NOTICE_EVENTS);
		runtimeService().createMessageCorrelation(MESSAGE_OBJECTION_RAISED)
			.processInstanceBusinessKey(CASE_NO)
			.correlateWithResult();
		assertThat(instance).isWaitingAt(TASK_REVIEW);
		assertThat(job(CATCH_EVENT_NOTICE_PERIOD_ENDED, instance)).as("the first notice's timer").isNull();
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, ApprovalDecision.APPROVE);
		verify(this.publishNotice, org.mockito.Mockito.times(2)).execute(any());
		assertThat(instance).isEnded();
	}

	@Test
	void theNoticeLastsItsCalendarDaysAndStepsTheirWorkingDays() {
		ProcessInstance instance = start(Kind.EXPENDITURE, true);
		assertThat(task(TASK_REVIEW, instance).getDueDate()).isEqualTo(daysFromStart(3));
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		assertThat(job(CATCH_EVENT_NOTICE_PERIOD_ENDED, instance).getDuedate()).isEqualTo(daysFromStart(7));
	}

	@Test
	void anOverdueReviewIsEscalated() throws Exception {
		ProcessInstance instance = start(Kind.EXPENDITURE, true);
		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(TASK_REVIEW));
		executeJob(instance, ProcessConventions.escalationTaskOf(TASK_REVIEW));
		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAt(TASK_REVIEW);
		assertThat(this.closedAt).isEmpty();
	}

	private ProcessInstance start(Kind kind, boolean noticeRequired) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_CASE_ID, 42L);
		variables.put(VAR_KIND, kind.name());
		variables.put(VAR_DISTRICT_CODE, DISTRICT);
		variables.put(VAR_STREET_CODE, STREET);
		variables.put(VAR_NOTICE_REQUIRED, noticeRequired);
		if (kind == Kind.EMERGENCY) {
			variables.put(VAR_REGULARISATION_DUE, daysFromStart(REGULARISATION_LIMIT_DAYS));
		}
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NO, variables);
	}

	private void approvedBy(String unit) throws Exception {
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(VAR_APPROVER_GROUP, "aid-approver@" + unit);
			execution.setVariable(VAR_APPROVING_ORG_UNIT_CODE, unit);
			return null;
		}).when(this.resolveAuthority).execute(any());
	}

	private static List<Job> dueTimers(ProcessInstance instance) {
		return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.timers()
			.duedateLowerThan(ClockUtil.getCurrentTime())
			.list();
	}

	private static Date daysFromStart(int days) {
		return Date.from(NOW.toInstant().plus(days, ChronoUnit.DAYS));
	}

}
