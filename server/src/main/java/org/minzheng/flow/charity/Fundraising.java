package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for the public-fundraising qualification (公开募捐资格) and, once granted, the
 * certificate with its validity.
 */
public record Fundraising(long id, String qualificationNo, long charityId, String registrarCode, String planSummary,
		FundraisingStatus status, String appliedBy, Instant appliedAt, LocalDate decisionDue, String reviewDecision,
		String reviewOpinion, String decision, String decisionOpinion, String decidedBy, Instant decidedAt,
		String certificateNo, LocalDate validFrom, LocalDate validUntil, String platformNo, Instant publishedAt,
		String processInstanceId, Instant closedAt) {
}
