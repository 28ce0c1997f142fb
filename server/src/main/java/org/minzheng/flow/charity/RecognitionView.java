package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for recognition as the API shows it: the stored row without its internal
 * id and process instance.
 */
public record RecognitionView(String recognitionNo, String uscc, String organisationName, String registrarCode,
		String purposeStatement, LocalDate governanceVoteOn, String governanceVoteNote, RecognitionStatus status,
		String appliedBy, Instant appliedAt, boolean supplementRequested, String missingMaterials, LocalDate acceptedOn,
		LocalDate decisionDue, String creditState, Boolean penalised, Instant creditCheckedAt, String charityPurpose,
		String noProfitDistribution, String residualAssetClause, String governanceVote, String reviewDecision,
		String reviewOpinion, String reviewedBy, String decision, String decidedBy, Instant decidedAt,
		String refusalReason, String certificateNo, LocalDate effectiveOn, String platformNo, Instant publishedAt,
		Instant closedAt, String creditFindings, String creditDecision, String creditOpinion, String creditDecidedBy) {

	static RecognitionView of(Recognition row) {
		return new RecognitionView(row.recognitionNo(), row.uscc(), row.organisationName(), row.registrarCode(),
				row.purposeStatement(), row.governanceVoteOn(), row.governanceVoteNote(), row.status(), row.appliedBy(),
				row.appliedAt(), row.supplementRequested(), row.missingMaterials(), row.acceptedOn(), row.decisionDue(),
				row.creditState(), row.penalised(), row.creditCheckedAt(), row.charityPurpose(),
				row.noProfitDistribution(), row.residualAssetClause(), row.governanceVote(), row.reviewDecision(),
				row.reviewOpinion(), row.reviewedBy(), row.decision(), row.decidedBy(), row.decidedAt(),
				row.refusalReason(), row.certificateNo(), row.effectiveOn(), row.platformNo(), row.publishedAt(),
				row.closedAt(), row.creditFindings(), row.creditDecision(), row.creditOpinion(), row.creditDecidedBy());
	}

}
