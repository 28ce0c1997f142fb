package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A filing of a trust as the API shows it: the stored row without its internal ids and
 * process instance.
 */
public record FilingView(String filingNo, String filingType, String trusteeUnitCode, String submittedBy,
		Instant submittedAt, LocalDate eventOn, int daysAfterEvent, boolean late, FilingStatus status, String summary,
		String newTrusteeUnit, String liquidationReport, Integer reportYear, boolean supplementRequested,
		String missingMaterials, String supplementNote, String reviewOpinion, String reviewedBy, String receiptNo,
		Instant receiptAt, Instant closedAt, String reviewProposal, String proposedMaterials, String decision,
		String decisionOpinion, String decidedBy) {

	static FilingView of(TrustFiling row) {
		return new FilingView(row.filingNo(), row.filingType(), row.trusteeUnitCode(), row.submittedBy(),
				row.submittedAt(), row.eventOn(), row.daysAfterEvent(), row.late(), row.status(), row.summary(),
				row.newTrusteeUnit(), row.liquidationReport(), row.reportYear(), row.supplementRequested(),
				row.missingMaterials(), row.supplementNote(), row.reviewOpinion(), row.reviewedBy(), row.receiptNo(),
				row.receiptAt(), row.closedAt(), row.reviewProposal(), row.proposedMaterials(), row.decision(),
				row.decisionOpinion(), row.decidedBy());
	}

}
