package org.minzheng.flow.processes.aid;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Stand-in for {@code aidCaseClosedListener}: records the end event each call came from.
 */
public class RecordingCaseClosedListener implements ExecutionListener {

	private final List<String> endEventIds = new ArrayList<>();

	@Override
	public void notify(DelegateExecution execution) {
		this.endEventIds.add(execution.getCurrentActivityId());
	}

	List<String> endEventIds() {
		return this.endEventIds;
	}

}
