package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;

/** An application for 低保 or 特困, as stored. */
public record AidApplication(long id, String applicationNo, String benefitType, long householdId,
		Long applicantMemberId, String districtCode, String competentStreetCode, String intakeStreetCode,
		boolean conflictOfInterest, String conflictNote, ApplicationStatus status, String processInstanceId,
		String submittedBy, Instant submittedAt, Instant acceptedAt, LocalDate deadlineDate, boolean deadlineExtended,
		String extensionReason, boolean supplementRequested, String economicCheckRequest, String economicCheckOutcome,
		String selfCareLevel, LocalDate noticeStart, LocalDate noticeEnd, String decision, Instant decidedAt,
		String decidedBy, String decidedOrgUnit, Long entrustmentId, String decisionStatement, Instant closedAt) {
}
