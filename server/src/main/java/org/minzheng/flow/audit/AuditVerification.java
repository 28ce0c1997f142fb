package org.minzheng.flow.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact whether every row checked is unaltered and linked, and the head names the
 * last row
 * @param rowsChecked rows examined (up to and including the first broken one)
 * @param firstBrokenId the first row found wrong (for {@code HEAD_MISMATCH}: the row the
 * head names, or the first row the head does not cover), {@code null} when intact
 * @param problem what is wrong, {@code null} when intact
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenId, Problem problem) {

	public enum Problem {

		/** The row's fields no longer give its hash: the row was altered. */
		HASH_MISMATCH,
		/**
		 * The row's prev_hash is not the hash of the row before it: a row was deleted or
		 * inserted before it.
		 */
		CHAIN_BROKEN,
		/**
		 * The head does not name the last row: the last row was deleted, or rows were
		 * added behind the head.
		 */
		HEAD_MISMATCH

	}

	static AuditVerification intact(long rowsChecked) {
		return new AuditVerification(true, rowsChecked, null, null);
	}

	static AuditVerification broken(long rowsChecked, Long firstBrokenId, Problem problem) {
		return new AuditVerification(false, rowsChecked, firstBrokenId, problem);
	}

}
