package org.minzheng.flow.aid.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The end listener of another aid process than the application (review, spot check,
 * temporary assistance): every case-closing end event of the aid models names the one
 * {@code aidCaseClosedListener}, which hands the event to the listener of its process.
 */
public interface AidProcessEndListener extends ExecutionListener {

	/** The key of the process whose end events this listener handles. */
	String processKey();

}
