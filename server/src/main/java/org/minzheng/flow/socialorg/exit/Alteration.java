package org.minzheng.flow.socialorg.exit;

import java.time.Instant;

/** A change or deregistration application of a registered organisation. */
public record Alteration(long id, String alterationNo, long organisationId, String kind, String status,
		String newDomicile, String newLegalRepName, org.minzheng.flow.shared.SealedText newLegalRepId,
		String liquidationReportNo, String processInstanceId, String submittedBy, Instant submittedAt,
		Instant closedAt) {

	public static final String CHANGE = "CHANGE";

	static final String DEREGISTRATION = "DEREGISTRATION";

}
