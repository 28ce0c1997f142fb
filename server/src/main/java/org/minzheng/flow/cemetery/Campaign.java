package org.minzheng.flow.cemetery;

import java.time.Instant;

/** A district's campaign of one year. */
public record Campaign(long id, String campaignNo, int campaignYear, String districtCode, long checklistVersionId,
		CampaignStatus status, String openedBy, Instant openedAt, String processInstanceId, Integer totalCount,
		Integer qualifiedCount, Integer rectifyPendingCount, Integer unqualifiedCount, String summaryNote,
		String submittedBy, Instant submittedAt, String cityDecision, String cityReason, String cityReviewedBy,
		Instant cityReviewedAt, Instant publishedAt, Instant closedAt) {
}
