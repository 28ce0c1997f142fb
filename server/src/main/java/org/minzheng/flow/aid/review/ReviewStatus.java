package org.minzheng.flow.aid.review;

import java.util.Set;

/** Where a review case stands, with the moves its process allows. */
public enum ReviewStatus {

	/** The street's clerk investigates the household again. */
	INVESTIGATING,
	/** The street's reviewer proposes an outcome. */
	IN_REVIEW,
	/** The approving unit decides. */
	AWAITING_DECISION,
	/** Terminated: the written stop notice is to be served before it takes effect. */
	AWAITING_NOTICE,
	/** The outcome has taken effect. */
	CONCLUDED;

	/** Whether a review in this status may move to {@code next}. */
	public boolean mayBecome(ReviewStatus next) {
		return switch (this) {
			case INVESTIGATING -> next == IN_REVIEW;
			case IN_REVIEW -> next == AWAITING_DECISION;
			case AWAITING_DECISION -> Set.of(INVESTIGATING, AWAITING_NOTICE, CONCLUDED).contains(next);
			case AWAITING_NOTICE -> next == CONCLUDED;
			case CONCLUDED -> false;
		};
	}

	public boolean isOpen() {
		return this != CONCLUDED;
	}

}
