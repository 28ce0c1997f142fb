package org.minzheng.flow.charity;

import org.minzheng.flow.shared.StatusFlow;

/** Where an application for the public-fundraising qualification stands. */
public enum FundraisingStatus implements StatusFlow<FundraisingStatus> {

	/** Recorded; the registrar's clerk decides on acceptance. */
	SUBMITTED,
	/** The one-time supplement request is out. */
	SUPPLEMENT,
	/** Accepted: credit check, review and decision. */
	REVIEW,
	/** Not accepted (不予受理). */
	NOT_ACCEPTED,
	/** The supplement never came. */
	SUPPLEMENT_EXPIRED,
	/** Qualified: the certificate is issued. */
	QUALIFIED,
	/** Not granted. */
	REFUSED;

	@Override
	public boolean canMoveTo(FundraisingStatus next) {
		return switch (this) {
			case SUBMITTED -> next == SUPPLEMENT || next == NOT_ACCEPTED || next == REVIEW;
			case SUPPLEMENT -> next == SUBMITTED || next == SUPPLEMENT_EXPIRED;
			case REVIEW -> next == QUALIFIED || next == REFUSED;
			case NOT_ACCEPTED, SUPPLEMENT_EXPIRED, QUALIFIED, REFUSED -> false;
		};
	}

}
