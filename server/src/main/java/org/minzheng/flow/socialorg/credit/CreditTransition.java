package org.minzheng.flow.socialorg.credit;

import java.time.Instant;
import java.time.LocalDate;

/** One dated, reasoned move on the credit lists. */
public record CreditTransition(long id, long organisationId, CreditState fromState, CreditState toState,
		CreditReason reasonCode, String reasonText, LocalDate effectiveOn, String caseRef, String actor,
		Instant recordedAt) {
}
