package org.minzheng.flow.aid.spotcheck;

/** Where a spot check stands, with the moves its process allows. */
public enum AidSpotCheckStatus {

	/** The district reviewer checks the decision. */
	OPEN,
	/** A correction was proposed: the district approver confirms or declines it. */
	AWAITING_CORRECTION,
	/** The decision stands. */
	CONFIRMED,
	/** A finding; the decision stands. */
	FINDING,
	/** A finding whose correction the approver confirmed: the decision was corrected. */
	CORRECTED,
	/** A finding whose correction the approver declined. */
	NOT_CORRECTED;

	/** Whether a check in this status may move to {@code next}. */
	public boolean mayBecome(AidSpotCheckStatus next) {
		return switch (this) {
			case OPEN -> next == CONFIRMED || next == FINDING || next == AWAITING_CORRECTION;
			case AWAITING_CORRECTION -> next == CORRECTED || next == NOT_CORRECTED;
			default -> false;
		};
	}

	/** Whether the check found something wrong with the decision. */
	public boolean isFinding() {
		return this == FINDING || this == CORRECTED || this == NOT_CORRECTED || this == AWAITING_CORRECTION;
	}

	public boolean isConcluded() {
		return this != OPEN && this != AWAITING_CORRECTION;
	}

}
