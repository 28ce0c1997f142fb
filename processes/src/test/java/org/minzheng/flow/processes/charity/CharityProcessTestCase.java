package org.minzheng.flow.processes.charity;

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
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.RecordingSla;

/**
 * Shared set-up of the charity process tests: a fixed engine clock, the SLA stand-in,
 * mocked escalation and case-closed beans, and helpers that check a task's deployed form
 * before completing it.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class CharityProcessTestCase {

	static final String FORMS = "forms/charity/";

	static final String FORM = ".form";

	static final String REGISTRAR = "440300";

	static final String TRUSTEE_UNIT = "CH-TR-0001";

	static final Date NOW = Date.from(Instant.parse("2026-03-02T01:00:00Z"));

	final RecordingSla sla = new RecordingSla();

	final ExecutionListener caseClosed = mock(ExecutionListener.class);

	final JavaDelegate escalateOverdue = mock(JavaDelegate.class);

	@BeforeEach
	void registerSharedBeans(ProcessEngine processEngine) {
		init(processEngine);
		ClockUtil.setCurrentTime(NOW);
		Mocks.register(ProcessConventions.BEAN_SLA, this.sla);
		Mocks.register(CharityProcesses.BEAN_CASE_CLOSED_LISTENER, this.caseClosed);
		Mocks.register(CharityProcesses.BEAN_ESCALATE_OVERDUE, this.escalateOverdue);
	}

	@AfterEach
	void resetBeansAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	static String form(String formKey) {
		return FORMS + formKey + FORM;
	}

	/** Completes the open user task after checking that its deployed form resolves. */
	void completeTask(ProcessInstance instance, String taskKey, String variable, Enum<?> code) {
		completeTask(instance, taskKey, withVariables(variable, code.name()));
	}

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

	/** Executes the job (async continuation or timer) of this activity. */
	void executeJob(ProcessInstance instance, String activityId) {
		Job job = job(activityId, instance);
		Assertions.assertThat(job).as("job at " + activityId).isNotNull();
		execute(job);
	}

}
