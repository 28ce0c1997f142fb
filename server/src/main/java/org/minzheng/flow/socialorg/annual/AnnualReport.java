package org.minzheng.flow.socialorg.annual;

import java.time.Instant;

/** One organisation's annual report in a campaign. */
public record AnnualReport(long id, String reportNo, long campaignId, long organisationId, String status,
		Instant submittedAt, boolean late, String summary, String auditReportNo, String correctionNote,
		String processInstanceId, Instant closedAt) {

	static final String OPEN = "OPEN";

	static final String SUBMITTED = "SUBMITTED";

	static final String CORRECTION_ORDERED = "CORRECTION_ORDERED";

	static final String ACCEPTED = "ACCEPTED";

	static final String NOT_CORRECTED = "NOT_CORRECTED";

}
