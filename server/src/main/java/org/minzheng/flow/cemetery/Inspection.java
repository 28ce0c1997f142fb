package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.time.LocalDate;

/** One cemetery's inspection in a campaign, with what its steps recorded. */
public record Inspection(long id, String inspectionNo, long campaignId, long cemeteryId, String districtCode,
		String operatorUnitCode, String enforcementUnitCode, String processInstanceId, Instant openedAt,
		Instant selfReportEscalatedAt, int documentReturns, String findings, Instant rectificationOrderedAt,
		LocalDate rectificationDue, String rectificationOrder, String rectificationReport,
		Instant rectificationSubmittedAt, String result, String resultOpinion, String resultBy, Instant resultAt,
		String creditRecordNo, Instant creditReportedAt, String enforcementDecision, String enforcementNote,
		Instant closedAt) {
}
