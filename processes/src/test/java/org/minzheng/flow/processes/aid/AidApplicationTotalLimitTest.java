package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.AcceptanceDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalDecision;

/**
 * The total limit as a timer from acceptance: reminders before the deadline, the breach
 * after it, the one extension moving the timer, the decision stopping it. Driven by
 * moving the engine clock; the alarm dates are the stand-in's (the server's rules in
 * calendar days).
 */
class AidApplicationTotalLimitTest extends AidProcessTestCase {

	@Test
	void remindsBeforeTheDeadlineThenEscalatesTheBreach() {
		// given
		ProcessInstance instance = accepted();
		Map<String, Date> alarms = this.totalLimit.alarms();
		assertThat(alarms.keySet()).containsExactly("REMINDER_5", "REMINDER_2", StandInTotalLimit.BREACH);

		for (Map.Entry<String, Date> alarm : alarms.entrySet()) {
			// nothing is due a minute before
			Job timer = timer(instance);
			assertThat(timer.getDuedate()).isEqualTo(alarm.getValue());
			clockAt(new Date(alarm.getValue().getTime() - 60_000));
			assertThat(dueTimers(instance)).isEmpty();

			// when
			clockAt(alarm.getValue());
			assertThat(dueTimers(instance)).extracting(Job::getId).containsExactly(timer.getId());
			managementService().executeJob(timer.getId());
			executeJob(instance, SERVICE_TASK_TOTAL_LIMIT_ALARM);

			// then
			assertThat(this.totalLimit.sentNow()).last().isEqualTo(alarm.getKey());
		}
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_BREACHED_EVENTS, TASK_HOME_INVESTIGATION);
		assertThat(timers(instance)).isEmpty();
	}

	@Test
	void theExtensionMovesTheTimer() {
		// given
		ProcessInstance instance = accepted();
		Date firstReminder = this.totalLimit.alarms().get("REMINDER_5");
		assertThat(timer(instance).getDuedate()).isEqualTo(firstReminder);

		// when: the service extends the deadline and tells the process
		this.totalLimit.extend();
		extended();

		// then
		Date moved = this.totalLimit.alarms().get("REMINDER_5");
		assertThat(moved).isAfter(firstReminder);
		assertThat(timers(instance)).extracting(Job::getDuedate).containsExactly(moved);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION);
	}

	@Test
	void theExtensionAfterTheBreachSetsTheTimerAgain() {
		// given: every alarm of the first deadline went off
		ProcessInstance instance = accepted();
		Date breach = this.totalLimit.alarms().get(StandInTotalLimit.BREACH);
		clockAt(breach);
		managementService().executeJob(timer(instance).getId());
		executeJob(instance, SERVICE_TASK_TOTAL_LIMIT_ALARM);
		// the reminders that were overtaken count as done
		assertThat(this.totalLimit.sentNow()).contains(StandInTotalLimit.BREACH);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_BREACHED_EVENTS, TASK_HOME_INVESTIGATION);

		// when
		this.totalLimit.extend();
		extended();

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION);
		assertThat(timer(instance).getDuedate()).isEqualTo(this.totalLimit.alarms().get("REMINDER_5"));
	}

	@Test
	void theDecisionStopsTheTotalLimit() {
		// given
		ProcessInstance instance = applicationAwaitingApproval();
		assertThat(timers(instance)).hasSize(1);

		// when
		approve(instance, ApprovalDecision.APPROVE);

		// then: no alarm was sent, the branch ended with the decision
		assertThat(instance).isEnded().hasPassed(CATCH_EVENT_CASE_DECIDED, END_EVENT_TOTAL_LIMIT_WATCH_ENDED);
		assertThat(this.caseClosed.endEventIds()).containsExactly(END_EVENT_APPROVED);
		assertThat(this.totalLimit.sent).allSatisfy((deadline, sent) -> assertThat(sent).isEmpty());
	}

	@Test
	void theBreachedCaseStillEndsWhenDecided() {
		ProcessInstance instance = startApplication();
		acceptAndCheck(instance);
		clockAt(this.totalLimit.alarms().get(StandInTotalLimit.BREACH));
		managementService().executeJob(timer(instance).getId());
		executeJob(instance, SERVICE_TASK_TOTAL_LIMIT_ALARM);
		investigateAndReview(instance);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);

		approve(instance, ApprovalDecision.REJECT);

		assertThat(instance).isWaitingAtExactly(TASK_REJECTION_NOTICE).hasPassed(END_EVENT_TOTAL_LIMIT_WATCH_ENDED);
	}

	private ProcessInstance accepted() {
		ProcessInstance instance = startApplication();
		completeTask(instance, TASK_ACCEPTANCE_CHECK,
				withVariables(VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT.name()));
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, SERVICE_TASK_VERIFY_HUKOU);
		executeJob(instance, SERVICE_TASK_VERIFY_HUKOU);
		executeJob(instance, SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		runtimeService().createMessageCorrelation(MESSAGE_ECONOMIC_CHECK_COMPLETED)
			.processInstanceBusinessKey(APPLICATION_NUMBER)
			.setVariable(VAR_ECONOMIC_CHECK_OUTCOME, "WITHIN_LIMIT")
			.correlate();
		return instance;
	}

	private void extended() {
		runtimeService().createMessageCorrelation(MESSAGE_TOTAL_LIMIT_EXTENDED)
			.processInstanceBusinessKey(APPLICATION_NUMBER)
			.setVariable(VAR_TOTAL_LIMIT_NEXT_ALARM, this.totalLimit.nextAlarm())
			.correlate();
	}

	private static Job timer(ProcessInstance instance) {
		List<Job> timers = timers(instance);
		assertThat(timers).hasSize(1);
		return timers.get(0);
	}

	private static List<Job> timers(ProcessInstance instance) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(CATCH_EVENT_TOTAL_LIMIT_ALARM)
			.timers()
			.list();
	}

	private static List<Job> dueTimers(ProcessInstance instance) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(CATCH_EVENT_TOTAL_LIMIT_ALARM)
			.timers()
			.duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
			.list();
	}

	private static void clockAt(Date date) {
		ClockUtil.setCurrentTime(date);
	}

}
