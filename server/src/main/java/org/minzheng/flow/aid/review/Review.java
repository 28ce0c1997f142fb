package org.minzheng.flow.aid.review;

import java.time.Instant;
import java.time.LocalDate;

/** One periodic review of a beneficiary, as {@code aid_review} holds it. */
public record Review(long id, String reviewNo, long beneficiaryId, String districtCode, String streetCode,
		String householdType, LocalDate dueDate, ReviewStatus status, String processInstanceId, Long householdIncomeFen,
		String householdChanges, String investigatedBy, String proposal, String proposalNote, String proposedBy,
		String outcome, Integer phaseOutMonths, String decisionNote, String decidedBy, String decidedOrgUnit,
		Long entrustmentId, Instant decidedAt, LocalDate noticeServedOn, LocalDate paymentEnd, LocalDate nextReviewDate,
		Instant openedAt, Instant closedAt) {
}
