package org.minzheng.flow.lottery;

/** What happened in an area's queue; each is one row of the area's hash-chained log. */
public enum QueueEventType {

	/**
	 * The area's rules were set (first event) or changed: detail {@code maxDeclines=N}.
	 */
	RULES_SET,
	/** An eligible application joined: detail = its eligibility time (ordering key). */
	ENTERED,
	/** An opening became available (a planned slot, or a closed outlet's slot). */
	OPENING_RELEASED,
	/** An opening was offered to an applicant: detail = the answer deadline. */
	OFFERED, ACCEPTED, DECLINED,
	/** The answer deadline passed without an answer (counts as a decline). */
	EXPIRED,
	/** The accepted site failed inspection: the opening returns to the queue. */
	INSPECTION_FAILED,
	/** The accepted offer ended in an open outlet: the opening is filled. */
	OUTLET_OPENED,
	/** An applicant left the queue: detail = the rule ({@link LeaveReason}). */
	REMOVED;

	/** Why an applicant leaves the queue other than by opening an outlet. */
	public enum LeaveReason {

		/** Declined or let expire as many offers as the area allows. */
		DECLINE_LIMIT,
		/** Their accepted site failed inspection. */
		FAILED_INSPECTION,
		/** They withdrew their application. */
		WITHDRAWN

	}

}
