package org.minzheng.flow.cemetery;

import java.time.Instant;

/**
 * A campaign as the API shows it: the stored row without its internal ids and process
 * instance.
 */
public record CampaignView(String campaignNo, int campaignYear, String districtCode, CampaignStatus status,
		String openedBy, Instant openedAt, Integer totalCount, Integer qualifiedCount, Integer rectifyPendingCount,
		Integer unqualifiedCount, String summaryNote, String submittedBy, Instant submittedAt, String cityDecision,
		String cityReason, String cityReviewedBy, Instant cityReviewedAt, Instant publishedAt, Instant closedAt) {

	static CampaignView of(Campaign row) {
		return new CampaignView(row.campaignNo(), row.campaignYear(), row.districtCode(), row.status(), row.openedBy(),
				row.openedAt(), row.totalCount(), row.qualifiedCount(), row.rectifyPendingCount(),
				row.unqualifiedCount(), row.summaryNote(), row.submittedBy(), row.submittedAt(), row.cityDecision(),
				row.cityReason(), row.cityReviewedBy(), row.cityReviewedAt(), row.publishedAt(), row.closedAt());
	}

}
