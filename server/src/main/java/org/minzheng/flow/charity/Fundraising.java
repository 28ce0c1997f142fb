package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for the public-fundraising qualification (公开募捐资格) and, once granted, the
 * certificate. The qualification has no fixed term ({@code validUntil} stays empty):
 * neither 《慈善法》 nor 《慈善组织公开募捐管理办法》 sets one.
 */
public record Fundraising(long id, String qualificationNo, long charityId, String registrarCode, String planSummary,
		FundraisingStatus status, String appliedBy, Instant appliedAt, LocalDate decisionDue, String reviewDecision,
		String reviewOpinion, String decision, String decisionOpinion, String decidedBy, Instant decidedAt,
		String certificateNo, LocalDate validFrom, LocalDate validUntil, String platformNo, Instant publishedAt,
		String processInstanceId, Instant closedAt, boolean supplementRequested, String missingMaterials,
		String supplementNote, LocalDate acceptedOn, String notAcceptedReason, String creditState, Boolean penalised,
		Instant creditCheckedAt, String creditFindings, String creditDecision, String creditOpinion,
		String creditDecidedBy, String reviewedBy) {
}
