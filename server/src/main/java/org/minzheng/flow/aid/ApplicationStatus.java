package org.minzheng.flow.aid;

/** Where an application stands. */
public enum ApplicationStatus {

	/** Registered at a window, not yet accepted. */
	SUBMITTED,
	/** Missing material listed once; waiting for the applicant. */
	AWAITING_SUPPLEMENT,
	/** Accepted: checks, investigation, review. */
	IN_PROGRESS,
	/** In its public notice period. */
	IN_NOTICE,
	/** Approved: a beneficiary record exists. */
	APPROVED,
	/** Not approved: the written notice was served. */
	REJECTED,
	/** Not accepted (不予受理). */
	NOT_ACCEPTED,
	/** The supplement period ran out. */
	SUPPLEMENT_EXPIRED;

	public boolean isClosed() {
		return this == APPROVED || this == REJECTED || this == NOT_ACCEPTED || this == SUPPLEMENT_EXPIRED;
	}

}
