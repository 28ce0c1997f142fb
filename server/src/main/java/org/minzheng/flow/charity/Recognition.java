package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for recognition as a charity (慈善组织认定), with the credit standing read
 * when it was accepted (what it found, and the approver's decision on it when it found a
 * problem), the reviewer's four checks and the decision. {@code certificateNo} is the
 * number of the recognition decision (深民慈〔2026〕3号); the organisation's registration
 * certificate is re-issued marked as a charity.
 */
public record Recognition(long id, String recognitionNo, String uscc, String organisationName, String registrarCode,
		String purposeStatement, LocalDate governanceVoteOn, String governanceVoteNote, RecognitionStatus status,
		String appliedBy, Instant appliedAt, boolean supplementRequested, String missingMaterials, LocalDate acceptedOn,
		LocalDate decisionDue, String creditState, Boolean penalised, Instant creditCheckedAt, String charityPurpose,
		String noProfitDistribution, String residualAssetClause, String governanceVote, String reviewDecision,
		String reviewOpinion, String reviewedBy, String decision, String decidedBy, Instant decidedAt,
		String refusalReason, String certificateNo, LocalDate effectiveOn, String platformNo, Instant publishedAt,
		String processInstanceId, Instant closedAt, String creditFindings, String creditDecision, String creditOpinion,
		String creditDecidedBy) {

	/** Whether all four conditions the reviewer checks were found met. */
	boolean conditionsMet() {
		return "YES".equals(charityPurpose) && "YES".equals(noProfitDistribution) && "YES".equals(residualAssetClause)
				&& "YES".equals(governanceVote);
	}

}
