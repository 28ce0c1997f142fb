package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.AcceptanceDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.EconomicReviewDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.InvestigationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.RejectionNoticeDecision;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.model.BpmnProperties;

/**
 * The economic check decides: over the limit the street reviewer confirms (拟不予: the
 * approving authority refuses, with the written notice, or returns the case for home
 * investigation) or corrects (on to home investigation); no answer within the limit
 * escalates and requests again, up to the attempts of the process version, the wait going
 * on. Timers are driven by moving the engine clock.
 */
class AidApplicationEconomicCheckTest extends AidProcessTestCase {

	final List<Integer> overdueAttempts = new ArrayList<>();

	/**
	 * Stand-in for the server's delegate: the same rule (retry while the attempt is below
	 * the timer event's {@code maxAttempts}), without the registry.
	 */
	@BeforeEach
	void retryLikeTheServer() throws Exception {
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			int attempt = execution.getVariable(VAR_ECONOMIC_CHECK_ATTEMPT) instanceof Number n ? n.intValue() : 1;
			this.overdueAttempts.add(attempt);
			boolean retry = attempt < maxAttempts();
			execution.setVariable(VAR_ECONOMIC_CHECK_RETRYING, retry);
			if (retry) {
				execution.setVariable(VAR_ECONOMIC_CHECK_ATTEMPT, attempt + 1);
			}
			return null;
		}).when(this.retryEconomicCheck).execute(any());
	}

	@Test
	void overTheLimitConfirmedGoesToTheApprovingAuthorityWhichRefusesWithTheWrittenNotice() {
		// given
		ProcessInstance instance = awaitingEconomicCheck();

		// when
		answer("EXCEEDS_LIMIT");

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_ECONOMIC_FINDINGS_REVIEW);
		assertThat(task(TASK_ECONOMIC_FINDINGS_REVIEW, instance)).hasCandidateGroup(reviewerGroup(COMPETENT_STREET));
		completeTask(instance, TASK_ECONOMIC_FINDINGS_REVIEW, VAR_ECONOMIC_REVIEW_DECISION,
				EconomicReviewDecision.CONFIRM);
		// 拟不予 is the reviewer's proposal: the approving authority decides, without a
		// public notice and without home investigation
		assertThat(instance).isWaitingAt(TASK_APPROVAL)
			.hasNotPassed(SERVICE_TASK_RECORD_REJECTION, TASK_HOME_INVESTIGATION, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		assertThat(task(TASK_APPROVAL, instance)).hasCandidateGroup(approverGroup(DISTRICT));
		approve(instance, ApprovalDecision.REJECT);
		assertThat(instance).hasPassed(SERVICE_TASK_RECORD_REJECTION).isWaitingAtExactly(TASK_REJECTION_NOTICE);
		completeTask(instance, TASK_REJECTION_NOTICE, VAR_REJECTION_NOTICE_DECISION, RejectionNoticeDecision.SERVED);
		assertThat(instance).isEnded().hasPassed(END_EVENT_REJECTED).hasNotPassed(TASK_HOME_INVESTIGATION);
		assertThat(this.caseClosed.endEventIds()).containsExactly(END_EVENT_REJECTED);
	}

	@Test
	void overTheLimitConfirmedAndReturnedByTheApproverGoesToHomeInvestigation() {
		// given
		ProcessInstance instance = awaitingEconomicCheck();
		answer("EXCEEDS_LIMIT");
		completeTask(instance, TASK_ECONOMIC_FINDINGS_REVIEW, VAR_ECONOMIC_REVIEW_DECISION,
				EconomicReviewDecision.CONFIRM);

		// when the approver does not share the findings
		approve(instance, ApprovalDecision.RETURN);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION)
			.hasNotPassed(SERVICE_TASK_RECORD_REJECTION);
	}

	@Test
	void overTheLimitCorrectedGoesOnToHomeInvestigation() {
		// given
		ProcessInstance instance = awaitingEconomicCheck();
		answer("EXCEEDS_LIMIT");

		// when
		completeTask(instance, TASK_ECONOMIC_FINDINGS_REVIEW, VAR_ECONOMIC_REVIEW_DECISION,
				EconomicReviewDecision.CORRECT);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION)
			.hasNotPassed(SERVICE_TASK_RECORD_REJECTION);
		completeTask(instance, TASK_HOME_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_STREET_REVIEW);
	}

	@Test
	void withinTheLimitGoesStraightToHomeInvestigation() throws Exception {
		ProcessInstance instance = awaitingEconomicCheck();

		answer("WITHIN_LIMIT");

		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION)
			.hasNotPassed(TASK_ECONOMIC_FINDINGS_REVIEW);
		verifyNoInteractions(this.retryEconomicCheck);
	}

	@Test
	void noAnswerWithinTheLimitEscalatesAndRequestsAgainUntilTheAttemptsAreUsedUp() throws Exception {
		// given
		ProcessInstance instance = awaitingEconomicCheck();
		int limit = limitDays();
		int attempts = maxAttempts();
		assertThat(attempts).isGreaterThan(1);

		for (int attempt = 1; attempt <= attempts; attempt++) {
			// nothing is due a day before the limit
			Job timer = jobAt(instance, CATCH_EVENT_ECONOMIC_CHECK_OVERDUE);
			assertThat(timer.getDuedate()).isEqualTo(Date.from(now().toInstant().plus(limit, ChronoUnit.DAYS)));
			moveClock(limit - 1);
			assertThat(dueJobs(instance)).isEmpty();

			// when: the limit passes
			moveClock(1);
			assertThat(dueJobs(instance)).extracting(Job::getId).containsExactly(timer.getId());
			managementService().executeJob(timer.getId());
			executeJob(instance, SERVICE_TASK_RETRY_ECONOMIC_CHECK);

			// then
			assertThat(this.overdueAttempts).hasSize(attempt).last().isEqualTo(attempt);
			if (attempt < attempts) {
				assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, GATEWAY_ECONOMIC_CHECK_EVENTS);
			}
		}

		// the attempts are used up: no more timer, the case waits with the supervisor
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, CATCH_EVENT_ECONOMIC_CHECK_AWAITED);
		assertThat(managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(CATCH_EVENT_ECONOMIC_CHECK_OVERDUE)
			.count()).isZero();
		verify(this.retryEconomicCheck, times(attempts)).execute(any());

		// a late answer still decides
		answer("WITHIN_LIMIT");
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION);
	}

	@Test
	void anAnswerAfterOneRetryIsTakenAndEndsTheWait() {
		ProcessInstance instance = awaitingEconomicCheck();
		moveClock(limitDays());
		execute(jobAt(instance, CATCH_EVENT_ECONOMIC_CHECK_OVERDUE));
		executeJob(instance, SERVICE_TASK_RETRY_ECONOMIC_CHECK);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, GATEWAY_ECONOMIC_CHECK_EVENTS);

		answer("EXCEEDS_LIMIT");

		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_ECONOMIC_FINDINGS_REVIEW);
		assertThat(managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(CATCH_EVENT_ECONOMIC_CHECK_OVERDUE)
			.count()).isZero();
	}

	private ProcessInstance awaitingEconomicCheck() {
		ProcessInstance instance = startApplication();
		completeTask(instance, TASK_ACCEPTANCE_CHECK,
				withVariables(VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT.name()));
		executeJob(instance, SERVICE_TASK_VERIFY_HUKOU);
		executeJob(instance, SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, GATEWAY_ECONOMIC_CHECK_EVENTS);
		return instance;
	}

	private void execute(Job job) {
		managementService().executeJob(job.getId());
	}

	private void answer(String outcome) {
		runtimeService().createMessageCorrelation(MESSAGE_ECONOMIC_CHECK_COMPLETED)
			.processInstanceBusinessKey(APPLICATION_NUMBER)
			.setVariable(VAR_ECONOMIC_CHECK_OUTCOME, outcome)
			.correlate();
	}

	private List<Job> dueJobs(ProcessInstance instance) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(CATCH_EVENT_ECONOMIC_CHECK_OVERDUE)
			.timers()
			.duedateLowerThan(Date.from(now().toInstant().plusMillis(1)))
			.list();
	}

	private static Date now() {
		return ClockUtil.getCurrentTime();
	}

	private static void moveClock(int days) {
		ClockUtil.setCurrentTime(Date.from(now().toInstant().plus(days, ChronoUnit.DAYS)));
	}

	private static int limitDays() {
		return Integer.parseInt(property(ProcessConventions.PROPERTY_SLA_WORKING_DAYS));
	}

	static int maxAttempts() {
		return Integer.parseInt(property(PROPERTY_MAX_ATTEMPTS));
	}

	private static String property(String name) {
		var model = Bpmn
			.readModelFromStream(AidApplicationEconomicCheckTest.class.getClassLoader().getResourceAsStream(RESOURCE));
		BaseElement timer = model.getModelElementById(CATCH_EVENT_ECONOMIC_CHECK_OVERDUE);
		return BpmnProperties.property(timer, name).orElseThrow();
	}

}
