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
		// the definition's id is a bare UUID when key:version:UUID would be too long, so
		// the model names the process
		boolean temporary = execution.getBpmnModelInstance()
			.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
			.stream()
			.anyMatch(process -> AidTemporaryAssistanceProcess.PROCESS_KEY.equals(process.getId()));
		if (!temporary) {
			return false;
		}
		actions.closed(TemporaryDelegates.caseId(execution), execution.getCurrentActivityId());
		return true;
	}

}
