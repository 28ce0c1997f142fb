package org.minzheng.flow.aid.temporary.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.minzheng.flow.aid.temporary.TemporaryCaseActions;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.springframework.stereotype.Component;

/**
 * The end events of {@code AidTemporaryAssistanceProcess}, as the aid line's one
 * {@code aidCaseClosedListener} hands them on.
 */
@Component
public class TemporaryClosedCases {

	private final TemporaryCaseActions actions;

	TemporaryClosedCases(TemporaryCaseActions actions) {
		this.actions = actions;
	}

	/**
	 * Closes the case if the execution belongs to the temporary-assistance process.
	 * @return whether it did (the caller then has nothing to do)
	 */
	public boolean handled(DelegateExecution execution) {
		String definition = execution.getProcessDefinitionId();
		if (definition == null || !definition.startsWith(AidTemporaryAssistanceProcess.PROCESS_KEY + ":")) {
			return false;
		}
		actions.closed(TemporaryDelegates.caseId(execution), execution.getCurrentActivityId());
		return true;
	}

}
