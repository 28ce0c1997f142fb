package org.minzheng.flow.processes.aid;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Stand-in for {@code aidCaseClosedListener}: records the end event each call came from
 * (except the total limit's own end, which the server's listener ignores too).
 */
public class RecordingCaseClosedListener implements ExecutionListener {

	private final List<String> endEventIds = new ArrayList<>();

	@Override
	public void notify(DelegateExecution execution) {
		// as the server's listener, which closes nothing there
		if (!AidApplicationProcess.END_EVENT_TOTAL_LIMIT_WATCH_ENDED.equals(execution.getCurrentActivityId())) {
			this.endEventIds.add(execution.getCurrentActivityId());
		}
	}

	List<String> endEventIds() {
		return this.endEventIds;
	}

}
