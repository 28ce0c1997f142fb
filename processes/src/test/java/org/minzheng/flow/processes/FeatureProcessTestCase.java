package org.minzheng.flow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Shared set-up of a feature's process tests: a fixed engine clock, the SLA stand-in, the
 * feature's case-closed listener and escalation bean, and helpers that check a task's
 * deployed form before completing it and execute an activity's job. Subclasses name their
 * beans and keep their own forms folder (annotation values must be their constants).
 */
@ExtendWith(ProcessEngineExtension.class)
public abstract class FeatureProcessTestCase {

	public static final String FORM = ".form";

	public static final Date NOW = Date.from(Instant.parse("2026-03-02T01:00:00Z"));

	protected final RecordingSla sla = new RecordingSla();

	protected final JavaDelegate escalateOverdue = mock(JavaDelegate.class);

	private final String caseClosedBean;

	private final String escalateOverdueBean;

	protected FeatureProcessTestCase(String caseClosedBean, String escalateOverdueBean) {
		this.caseClosedBean = caseClosedBean;
		this.escalateOverdueBean = escalateOverdueBean;
	}

	/** What the feature's process calls when a case ends. */
	protected abstract ExecutionListener caseClosedListener();

	@BeforeEach
	void registerFeatureBeans(ProcessEngine processEngine) {
		init(processEngine);
		ClockUtil.setCurrentTime(NOW);
		Mocks.register(ProcessConventions.BEAN_SLA, this.sla);
		Mocks.register(ProcessConventions.BEAN_WORKING_DAY_SCHEDULE, new StandInWorkingDaySchedule());
		Mocks.register(this.caseClosedBean, caseClosedListener());
		Mocks.register(this.escalateOverdueBean, this.escalateOverdue);
	}

	@AfterEach
	void resetFeatureBeansAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	/** Completes the open user task with one coded answer, checking its deployed form. */
	protected void completeTask(ProcessInstance instance, String taskKey, String variable, Enum<?> code) {
		completeTask(instance, taskKey, withVariables(variable, code.name()));
	}

	/** Completes the open user task after checking that its deployed form resolves. */
	protected void completeTask(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
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

	/** Executes the job (async continuation or timer) of this activity. */
	protected void executeJob(ProcessInstance instance, String activityId) {
		Job job = job(activityId, instance);
		Assertions.assertThat(job).as("job at " + activityId).isNotNull();
		execute(job);
	}

}
