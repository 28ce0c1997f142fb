package org.minzheng.flow.charity;

import org.minzheng.flow.shared.StatusFlow;

/** Where an application for recognition stands, and where it may go from there. */
public enum RecognitionStatus implements StatusFlow<RecognitionStatus> {

	/** Registered; the registrar's clerk decides on acceptance. */
	SUBMITTED,
	/** The one-time supplement request is out. */
	SUPPLEMENT,
	/** Accepted: credit check, review and decision. */
	REVIEW,
	/** Not accepted (不予受理). */
	NOT_ACCEPTED,
	/** The supplement never came. */
	SUPPLEMENT_EXPIRED,
	/** Not recognised (credit bar or the decision). */
	REFUSED,
	/** Recognised as a charity. */
	RECOGNISED;

	@Override
	public boolean canMoveTo(RecognitionStatus next) {
		return switch (this) {
			case SUBMITTED -> next == SUPPLEMENT || next == NOT_ACCEPTED || next == REVIEW || next == REFUSED;
			case SUPPLEMENT -> next == SUBMITTED || next == SUPPLEMENT_EXPIRED;
			case REVIEW -> next == REFUSED || next == RECOGNISED;
			case NOT_ACCEPTED, SUPPLEMENT_EXPIRED, REFUSED, RECOGNISED -> false;
		};
	}

}
