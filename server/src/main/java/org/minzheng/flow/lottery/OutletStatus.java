package org.minzheng.flow.lottery;

import org.minzheng.flow.shared.StatusFlow;

/**
 * Where an outlet stands, and where it may go: a yearly review suspends, restores or
 * closes it.
 */
public enum OutletStatus implements StatusFlow<OutletStatus> {

	/** Selling. */
	OPEN,
	/** Suspended by its yearly review until rectified. */
	SUSPENDED,
	/** Closed for good; its slot went back to the area's queue. */
	CLOSED;

	@Override
	public boolean canMoveTo(OutletStatus next) {
		return switch (this) {
			case OPEN -> next == SUSPENDED || next == CLOSED;
			case SUSPENDED -> next == OPEN || next == CLOSED;
			case CLOSED -> false;
		};
	}

}
