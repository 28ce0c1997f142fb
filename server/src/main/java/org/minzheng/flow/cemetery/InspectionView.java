package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection as the API shows it: the stored row without its internal ids and process
 * instance.
 */
public record InspectionView(String inspectionNo, String districtCode, String operatorUnitCode,
		String enforcementUnitCode, Instant openedAt, Instant selfReportEscalatedAt, int documentReturns,
		String findings, Instant rectificationOrderedAt, LocalDate rectificationDue, String rectificationOrder,
		String rectificationReport, Instant rectificationSubmittedAt, String result, String resultOpinion,
		String resultBy, Instant resultAt, String creditRecordNo, Instant creditReportedAt, String enforcementDecision,
		String enforcementNote, Instant closedAt) {

	static InspectionView of(Inspection row) {
		return new InspectionView(row.inspectionNo(), row.districtCode(), row.operatorUnitCode(),
				row.enforcementUnitCode(), row.openedAt(), row.selfReportEscalatedAt(), row.documentReturns(),
				row.findings(), row.rectificationOrderedAt(), row.rectificationDue(), row.rectificationOrder(),
				row.rectificationReport(), row.rectificationSubmittedAt(), row.result(), row.resultOpinion(),
				row.resultBy(), row.resultAt(), row.creditRecordNo(), row.creditReportedAt(), row.enforcementDecision(),
				row.enforcementNote(), row.closedAt());
	}

}
