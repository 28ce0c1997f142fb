package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One filing of a trust: the first one, a change (e.g. of trustee), the termination with
 * its liquidation report, or an annual report. {@code eventOn} is the day the filing is
 * counted from (signing, change, termination); {@code late} when it came more than the
 * allowed days after it.
 */
public record TrustFiling(long id, String filingNo, long trustId, String filingType, String trusteeUnitCode,
		String submittedBy, Instant submittedAt, LocalDate eventOn, int daysAfterEvent, boolean late,
		FilingStatus status, String summary, String newTrusteeUnit, String liquidationReport, Integer reportYear,
		boolean supplementRequested, String missingMaterials, String supplementNote, String reviewOpinion,
		String reviewedBy, String receiptNo, Instant receiptAt, String processInstanceId, Instant closedAt,
		String reviewProposal, String proposedMaterials, String decision, String decisionOpinion, String decidedBy) {

	static final String INITIAL = "INITIAL";

	static final String CHANGE = "CHANGE";

	static final String TERMINATION = "TERMINATION";

	static final String ANNUAL_REPORT = "ANNUAL_REPORT";

}
