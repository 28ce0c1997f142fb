package org.minzheng.flow.aid.temporary;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a temporary-assistance case stands; the allowed moves are listed here, and the
 * mapper's compare-and-set update refuses any other.
 */
public enum TemporaryStatus {

	/** 急难型: paid from the reserve fund, awaiting regularisation. */
	ADVANCE_PAID,
	/** 支出型: registered, under review. */
	REGISTERED,
	/** In its public notice period. */
	IN_NOTICE,
	/** 急难型 confirmed by the approving unit. */
	REGULARISED,
	/** 急难型 found not due: the recovery is recorded. */
	NOT_DUE,
	/** 支出型 approved: the payment instruction was issued. */
	PAID,
	/** 支出型 not approved. */
	REJECTED;

	private static final Map<TemporaryStatus, Set<TemporaryStatus>> MOVES = Map.of(ADVANCE_PAID,
			EnumSet.of(IN_NOTICE, REGULARISED, NOT_DUE), REGISTERED, EnumSet.of(IN_NOTICE, PAID, REJECTED), IN_NOTICE,
			EnumSet.of(ADVANCE_PAID, REGISTERED, REGULARISED, NOT_DUE, PAID, REJECTED), REGULARISED,
			EnumSet.noneOf(TemporaryStatus.class), NOT_DUE, EnumSet.noneOf(TemporaryStatus.class), PAID,
			EnumSet.noneOf(TemporaryStatus.class), REJECTED, EnumSet.noneOf(TemporaryStatus.class));

	/** Whether the case is closed. */
	public boolean isClosed() {
		return MOVES.get(this).isEmpty();
	}

	/** The status a case of this kind waits in before and after its notice. */
	static TemporaryStatus open(TemporaryKind kind) {
		return kind == TemporaryKind.EMERGENCY ? ADVANCE_PAID : REGISTERED;
	}

	/**
	 * The move to {@code to}, checked against the list.
	 * @throws IllegalStateException when the model and the statuses disagree
	 */
	TemporaryStatus to(TemporaryStatus to) {
		if (!MOVES.get(this).contains(to)) {
			throw new IllegalStateException("temporary case cannot move from " + this + " to " + to);
		}
		return to;
	}

}
