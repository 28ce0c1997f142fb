package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for the public-fundraising qualification as the API shows it: the stored
 * row without its internal ids and process instance.
 */
public record FundraisingView(String qualificationNo, String registrarCode, String planSummary,
		FundraisingStatus status, String appliedBy, Instant appliedAt, LocalDate decisionDue, String reviewDecision,
		String reviewOpinion, String decision, String decisionOpinion, String decidedBy, Instant decidedAt,
		String certificateNo, LocalDate validFrom, LocalDate validUntil, String platformNo, Instant publishedAt,
		Instant closedAt, boolean supplementRequested, String missingMaterials, String supplementNote,
		LocalDate acceptedOn, String notAcceptedReason, String creditState, Boolean penalised, Instant creditCheckedAt,
		String creditFindings, String creditDecision, String creditOpinion, String creditDecidedBy, String reviewedBy) {

	static FundraisingView of(Fundraising row) {
		return new FundraisingView(row.qualificationNo(), row.registrarCode(), row.planSummary(), row.status(),
				row.appliedBy(), row.appliedAt(), row.decisionDue(), row.reviewDecision(), row.reviewOpinion(),
				row.decision(), row.decisionOpinion(), row.decidedBy(), row.decidedAt(), row.certificateNo(),
				row.validFrom(), row.validUntil(), row.platformNo(), row.publishedAt(), row.closedAt(),
				row.supplementRequested(), row.missingMaterials(), row.supplementNote(), row.acceptedOn(),
				row.notAcceptedReason(), row.creditState(), row.penalised(), row.creditCheckedAt(),
				row.creditFindings(), row.creditDecision(), row.creditOpinion(), row.creditDecidedBy(),
				row.reviewedBy());
	}

}
