package org.minzheng.flow.aid.temporary.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.minzheng.flow.aid.process.AidProcessEndListener;
import org.minzheng.flow.aid.temporary.TemporaryCaseActions;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.springframework.stereotype.Component;

/**
 * The end events of {@code AidTemporaryAssistanceProcess}, as the aid line's one
 * {@code aidCaseClosedListener} hands them on (like the review's and the spot check's).
 */
@Component
class TemporaryClosedCases implements AidProcessEndListener {

	private final TemporaryCaseActions actions;

	TemporaryClosedCases(TemporaryCaseActions actions) {
		this.actions = actions;
	}

	@Override
	public String processKey() {
		return AidTemporaryAssistanceProcess.PROCESS_KEY;
	}

	/** Closes the case at the end event reached. */
	@Override
	public void notify(DelegateExecution execution) {
		actions.closed(TemporaryDelegates.caseId(execution), execution.getCurrentActivityId());
	}

}
