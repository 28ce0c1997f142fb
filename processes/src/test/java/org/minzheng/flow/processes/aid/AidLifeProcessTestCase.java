package org.minzheng.flow.processes.aid;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.minzheng.flow.processes.FeatureProcessTestCase;
import org.minzheng.flow.processes.ProcessConventions;

/**
 * Shared set-up of the process tests of a beneficiary's life after approval (periodic
 * review, spot check): the aid feature's case-closed listener and escalation bean, and a
 * clock that the tests move forward to fire timers as the job executor would.
 */
abstract class AidLifeProcessTestCase extends FeatureProcessTestCase {

	static final String FORMS = "forms/aid/";

	static final String DISTRICT = "440308";

	static final String STREET = "440308001";

	final ExecutionListener caseClosed = mock(ExecutionListener.class);

	/** The task keys the escalation bean was called for, in order. */
	final List<Object> escalatedTaskKeys = new java.util.ArrayList<>();

	@org.junit.jupiter.api.BeforeEach
	void recordEscalations() throws Exception {
		org.mockito.Mockito.doAnswer(invocation -> {
			org.camunda.bpm.engine.delegate.DelegateExecution execution = invocation.getArgument(0);
			this.escalatedTaskKeys.add(execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY));
			return null;
		}).when(this.escalateOverdue).execute(org.mockito.ArgumentMatchers.any());
	}

	AidLifeProcessTestCase() {
		super(AidApplicationProcess.BEAN_CASE_CLOSED_LISTENER, AidApplicationProcess.BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return this.caseClosed;
	}

	/**
	 * Moves the engine clock forward and runs every job then due (timers, and the
	 * asynchronous continuations they lead to), as the job executor would.
	 * @return how many jobs ran
	 */
	int moveClock(Duration by) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
		int ran = 0;
		for (int round = 0; round < 10; round++) {
			List<Job> due = managementService().createJobQuery()
				.executable()
				.list()
				.stream()
				.filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
				.toList();
			if (due.isEmpty()) {
				return ran;
			}
			due.forEach(job -> execute(job));
			ran += due.size();
		}
		return ran;
	}

}
