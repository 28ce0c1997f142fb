package org.minzheng.flow.charity;

import org.minzheng.flow.shared.StatusFlow;

/** Where one filing of a trust stands. */
public enum FilingStatus implements StatusFlow<FilingStatus> {

	/** Submitted; the registrar reviews it. */
	SUBMITTED,
	/** The one-time supplement request is out. */
	SUPPLEMENT,
	/** Filed: a receipt was issued. */
	FILED,
	/** Ended without a receipt. */
	NOT_FILED;

	@Override
	public boolean canMoveTo(FilingStatus next) {
		return switch (this) {
			case SUBMITTED -> next == SUPPLEMENT || next == FILED || next == NOT_FILED;
			case SUPPLEMENT -> next == SUBMITTED || next == NOT_FILED;
			case FILED, NOT_FILED -> false;
		};
	}

}
