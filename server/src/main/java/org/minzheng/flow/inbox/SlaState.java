package org.minzheng.flow.inbox;

/** Where a work item stands against its due date. */
public enum SlaState {

	/** Due later than the warning window. */
	ON_TIME,
	/** Due within the warning window (one day). */
	DUE_SOON,
	/** Past its due date. */
	OVERDUE

}
