package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.ProcessConventions.VAR_OVERDUE_TASK_KEY;
import static org.minzheng.flow.processes.ProcessConventions.escalatedEndEventOf;
import static org.minzheng.flow.processes.ProcessConventions.escalationTaskOf;
import static org.minzheng.flow.processes.ProcessConventions.overdueBoundaryEventOf;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.AcceptanceDecision;
import org.minzheng.flow.processes.aid.RecordingSla.Evaluation;

/**
 * SLA due dates, overdue escalation and the retry behaviour of asynchronous service
 * tasks.
 */
class AidApplicationJobsTest extends AidProcessTestCase {

	@Test
	void evaluatesOverdueTimerAndDueDateAgainstTheUserTask() {
		// when
		ProcessInstance instance = startApplication();

		// then: the task's due date and its boundary timer both saw the task, with the
		// task's own limit
		Task task = task(TASK_ACCEPTANCE_CHECK, instance);
		Evaluation atTask = new Evaluation(TASK_ACCEPTANCE_CHECK, TASK_ACCEPTANCE_CHECK, "2");
		assertThat(this.sla.evaluations()).containsExactly(atTask, atTask);
		assertThat(task.getDueDate()).isEqualTo(RecordingSla.daysFromNow(2));
		assertThat(jobAt(instance, overdueBoundaryEventOf(TASK_ACCEPTANCE_CHECK)).getDuedate())
			.isEqualTo(task.getDueDate());
	}

	@Test
	void timesNoticePeriodByItsTimerEventWhileWaitingAtTheGateway() {
		// given
		ProcessInstance instance = startApplication();
		acceptAndCheck(instance);
		this.sla.evaluations().clear();

		// when
		investigateAndReview(instance);

		// then: the execution stands on the event-based gateway, so the timer names its
		// own event
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, GATEWAY_NOTICE_EVENTS);
		assertThat(this.sla.evaluations()).last()
			.isEqualTo(new Evaluation(GATEWAY_NOTICE_EVENTS, CATCH_EVENT_NOTICE_PERIOD_ENDED, "7"));
		assertThat(jobAt(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED).getDuedate())
			.isEqualTo(RecordingSla.daysFromNow(7));
	}

	@Test
	void escalatesOverdueTaskAndKeepsItOpen() {
		// given
		List<Object> escalatedTaskKeys = new ArrayList<>();
		recordEscalations(escalatedTaskKeys);
		ProcessInstance instance = startApplication();
		String escalation = escalationTaskOf(TASK_ACCEPTANCE_CHECK);

		// when
		executeJob(instance, overdueBoundaryEventOf(TASK_ACCEPTANCE_CHECK));

		// then: the task stays open; the escalation runs in its own job
		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE_CHECK, escalation);
		verifyNoInteractions(this.escalateOverdue);
		executeJob(instance, escalation);
		assertThat(escalatedTaskKeys).containsExactly(TASK_ACCEPTANCE_CHECK);
		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE_CHECK)
			.hasPassed(escalatedEndEventOf(TASK_ACCEPTANCE_CHECK))
			.isNotEnded();
		assertThat(this.caseClosed.endEventIds()).isEmpty();
	}

	@Test
	void retriesRegistryCallOneMinuteApartThenRaisesIncident() throws Exception {
		// given
		doThrow(new IllegalStateException("population registry unreachable")).when(this.verifyHukou).execute(any());
		ProcessInstance instance = startApplication();
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);

		// when
		Job afterFirstFailure = failOnce(instance, SERVICE_TASK_VERIFY_HUKOU);

		// then
		assertThat(afterFirstFailure.getRetries()).isEqualTo(2);
		assertThat(afterFirstFailure.getDuedate()).isEqualTo(Date.from(NOW.toInstant().plus(1, ChronoUnit.MINUTES)));
		assertThat(afterFirstFailure.getExceptionMessage()).contains("population registry unreachable");
		failOnce(instance, SERVICE_TASK_VERIFY_HUKOU);
		assertThat(failOnce(instance, SERVICE_TASK_VERIFY_HUKOU).getRetries()).isZero();
		assertThat(runtimeService().createIncidentQuery()
			.processInstanceId(instance.getId())
			.activityId(SERVICE_TASK_VERIFY_HUKOU)
			.count()).isEqualTo(1);
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, SERVICE_TASK_VERIFY_HUKOU);
	}

	private Job failOnce(ProcessInstance instance, String activityId) {
		Job job = jobAt(instance, activityId);
		assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("unreachable");
		return jobAt(instance, activityId);
	}

	private void recordEscalations(List<Object> escalatedTaskKeys) {
		try {
			doAnswer(invocation -> {
				DelegateExecution execution = invocation.getArgument(0);
				escalatedTaskKeys.add(execution.getVariableLocal(VAR_OVERDUE_TASK_KEY));
				return null;
			}).when(this.escalateOverdue).execute(any());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
