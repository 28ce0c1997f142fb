package org.minzheng.flow.charity;

import org.minzheng.flow.shared.StatusFlow;

/** Where an application for the public-fundraising qualification stands. */
public enum FundraisingStatus implements StatusFlow<FundraisingStatus> {

	/** Under review and decision. */
	SUBMITTED,
	/** Qualified: the certificate is issued. */
	QUALIFIED,
	/** Not granted. */
	REFUSED;

	@Override
	public boolean canMoveTo(FundraisingStatus next) {
		return this == SUBMITTED && (next == QUALIFIED || next == REFUSED);
	}

}
