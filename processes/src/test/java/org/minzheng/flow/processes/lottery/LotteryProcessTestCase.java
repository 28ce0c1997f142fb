package org.minzheng.flow.processes.lottery;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.ProcessConventions.BEAN_SLA;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minzheng.flow.processes.aid.RecordingSla;

/**
 * Registers mocked lottery beans, fixes the engine clock and drives instances from one
 * wait state to the next. Subclasses deploy their process with its forms.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class LotteryProcessTestCase {

	static final String FORMS = "forms/lottery/";

	static final String FORM = ".form";

	static final String DISTRICT = "440308";

	static final Date NOW = Date.from(Instant.parse("2026-03-02T01:00:00Z"));

	final RecordingSla sla = new RecordingSla();

	final ClosedCases closed = new ClosedCases();

	final JavaDelegate escalateOverdue = mock(JavaDelegate.class);

	@BeforeEach
	void registerCommonBeans(ProcessEngine processEngine) {
		init(processEngine);
		ClockUtil.setCurrentTime(NOW);
		Mocks.register(BEAN_SLA, this.sla);
		Mocks.register(LotteryApplicationProcess.BEAN_CASE_CLOSED_LISTENER, this.closed);
		Mocks.register(LotteryApplicationProcess.BEAN_ESCALATE_OVERDUE, this.escalateOverdue);
	}

	@AfterEach
	void resetBeansAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	/** Completes the open user task after checking that its deployed form resolves. */
	void completeTask(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		assertThat(instance).isWaitingAt(taskKey);
		Task task = task(taskKey, instance);
		try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
			Assertions.assertThat(form).as("deployed form of " + taskKey).isNotNull();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		complete(task, variables);
	}

	void executeJob(ProcessInstance instance, String activityId) {
		Job job = job(activityId, instance);
		Assertions.assertThat(job).as("job at " + activityId).isNotNull();
		execute(job);
	}

	/**
	 * Stand-in for {@code lotteryCaseClosedListener}: the end events it was called from.
	 */
	public static final class ClosedCases implements ExecutionListener {

		final List<String> endEventIds = new ArrayList<>();

		@Override
		public void notify(DelegateExecution execution) {
			this.endEventIds.add(execution.getCurrentActivityId());
		}

	}

}
