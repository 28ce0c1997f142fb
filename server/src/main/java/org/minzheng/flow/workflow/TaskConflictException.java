package org.minzheng.flow.workflow;

/** A task was claimed by someone else (possibly at the same moment). */
public class TaskConflictException extends RuntimeException {

	public TaskConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}
