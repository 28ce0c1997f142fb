package org.minzheng.flow.socialorg.credit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit listing case (信用名单列入): the ground that opened it, the reviewer's facts, the
 * notice to the organisation and its answer, the approver's written decision.
 */
public record CreditListing(long id, String listingNo, long organisationId, String registrarCode,
		CreditReason reasonCode, String reasonText, String triggerRef, String status, String facts,
		LocalDate notifiedOn, LocalDate answerDueOn, String statement, Instant statementAt, String decision,
		String decisionReasons, String decisionDocNo, LocalDate decidedOn, String decidedBy, String processInstanceId,
		Instant createdAt, Instant closedAt) {

	/** Opened, with the reviewer. */
	public static final String PROPOSED = "PROPOSED";

	/** The organisation was notified; its period to answer runs. */
	public static final String NOTIFIED = "NOTIFIED";

	public static final String LISTED = "LISTED";

	public static final String DROPPED = "DROPPED";

}
