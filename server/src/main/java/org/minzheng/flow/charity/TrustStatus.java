package org.minzheng.flow.charity;

import org.minzheng.flow.shared.StatusFlow;

/** Where a charitable trust stands on the register. */
public enum TrustStatus implements StatusFlow<TrustStatus> {

	/** Its first filing is under way. */
	FILING,
	/** Filed (备案). */
	FILED,
	/** Its first filing ended without a receipt. */
	NOT_FILED,
	/** Terminated: the termination was filed. */
	TERMINATED;

	@Override
	public boolean canMoveTo(TrustStatus next) {
		return switch (this) {
			case FILING -> next == FILED || next == NOT_FILED;
			case FILED -> next == TERMINATED;
			case NOT_FILED, TERMINATED -> false;
		};
	}

}
