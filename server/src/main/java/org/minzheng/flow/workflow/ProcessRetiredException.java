package org.minzheng.flow.workflow;

/**
 * The process was retired by its owners: no new instance of it starts (running ones
 * finish).
 */
public class ProcessRetiredException extends RuntimeException {

	private final String processKey;

	public ProcessRetiredException(String processKey, Throwable cause) {
		super("process " + processKey + " is retired", cause);
		this.processKey = processKey;
	}

	public String processKey() {
		return processKey;
	}

}
