package org.minzheng.flow.aid;

import java.util.Set;

/**
 * Where a beneficiary's payment stands, with the only moves allowed between: a review or
 * a spot-check correction may phase payment out (渐退) or stop it; a phase-out may still be
 * cut short by a stop; nothing comes back (a new application does).
 */
public enum BeneficiaryStatus {

	/** Paid monthly. */
	ACTIVE,
	/** Paid up to {@code payment_end}, then ends (渐退). */
	PHASING_OUT,
	/** Stopped: the last month paid is {@code payment_end}. */
	TERMINATED;

	/** Whether a beneficiary in this status may move to {@code next}. */
	public boolean mayBecome(BeneficiaryStatus next) {
		return switch (this) {
			case ACTIVE -> Set.of(PHASING_OUT, TERMINATED).contains(next);
			case PHASING_OUT -> next == TERMINATED;
			case TERMINATED -> false;
		};
	}

	/** Refuses a move the life of a beneficiary does not allow. */
	public void requireMayBecome(BeneficiaryStatus next) {
		if (!mayBecome(next)) {
			throw new IllegalStateException("beneficiary cannot go from " + this + " to " + next);
		}
	}

}
