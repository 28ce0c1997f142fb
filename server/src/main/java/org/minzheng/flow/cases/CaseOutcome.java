package org.minzheng.flow.cases;

/**
 * Where a case stands, the same for every chain: searchable together although each
 * feature's statuses differ.
 */
public enum CaseOutcome {

	/** Still being worked. */
	OPEN,
	/** Granted, registered, recognised, admitted, filed, found qualified. */
	APPROVED,
	/** Refused, found unqualified, revoked. */
	REJECTED,
	/** Not accepted, or the applicant did not supply what was missing in time. */
	NOT_ACCEPTED,
	/** Withdrawn or ended without a decision on the merits. */
	WITHDRAWN,
	/**
	 * Done, where the case decides nothing for or against (a report received, a check
	 * finished).
	 */
	CLOSED;

	private static final java.util.Set<String> APPROVING = java.util.Set.of("APPROVED", "REGISTERED", "ACCEPTED",
			"RECOGNISED", "QUALIFIED", "FILED", "OPENED", "CHANGED", "DEREGISTERED", "NO_FINDINGS", "RECTIFIED",
			"PASSED");

	private static final java.util.Set<String> REFUSING = java.util.Set.of("REJECTED", "REFUSED", "NAME_REJECTED",
			"CONSENT_REFUSED", "NOT_FILED", "INELIGIBLE", "NOT_RECTIFIED", "NOT_CORRECTED", "UNQUALIFIED", "REVOKED",
			"INSPECTION_FAILED", "FAILED");

	private static final java.util.Set<String> NOT_ACCEPTING = java.util.Set.of("NOT_ACCEPTED", "SUPPLEMENT_EXPIRED");

	private static final java.util.Set<String> ENDING = java.util.Set.of("WITHDRAWN", "REMOVED", "DECLINED", "EXPIRED",
			"DROPPED", "TERMINATED");

	/**
	 * The outcome a closed case's status names in the words the chains share; an open
	 * case is {@link #OPEN} whatever its status.
	 * @param status the feature's status, by name
	 * @param closed whether the case is closed
	 */
	public static CaseOutcome of(String status, boolean closed) {
		if (!closed) {
			return OPEN;
		}
		if (APPROVING.contains(status)) {
			return APPROVED;
		}
		if (REFUSING.contains(status)) {
			return REJECTED;
		}
		if (NOT_ACCEPTING.contains(status)) {
			return NOT_ACCEPTED;
		}
		if (ENDING.contains(status)) {
			return WITHDRAWN;
		}
		return CLOSED;
	}

}
