package org.minzheng.flow.aid.amount;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A benefit rate as stored, with its four-eyes life: proposed, then in force or rejected.
 */
public record RateRecord(long id, RateKind kind, LocalDate effectiveFrom, Long amountFen, Integer basisPoints,
		String documentNo, String documentTitle, RateStatus status, String proposedBy, Instant proposedAt,
		String approvedBy, Instant approvedAt, String rejectedBy, Instant rejectedAt, String rejectionReason) {

	/** The rate as the calculator takes it. */
	public Rate rate() {
		return new Rate(id, kind, effectiveFrom, kind.basisPoints() ? basisPoints : amountFen, documentNo,
				documentTitle);
	}

	/** What a rate's life may be. */
	public enum RateStatus {

		/** Proposed by one administrator, waiting for another. */
		PROPOSED,
		/** Approved: applies from its effective month until a later one supersedes it. */
		IN_FORCE,
		/** Refused by the second administrator, with a reason. */
		REJECTED

	}

}
