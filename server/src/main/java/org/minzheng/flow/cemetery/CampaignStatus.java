package org.minzheng.flow.cemetery;

import org.minzheng.flow.shared.StatusFlow;

/** Where a campaign stands, and where it may go from there. */
public enum CampaignStatus implements StatusFlow<CampaignStatus> {

	/** Inspections under way. */
	IN_PROGRESS,
	/** Every inspection ended: the district summarises. */
	SUMMARY,
	/** Submitted to the city. */
	CITY_REVIEW,
	/** Sent back by the city with a reason: the district summarises again. */
	RETURNED,
	/** Accepted by the city, results published. */
	PUBLISHED;

	/**
	 * A summary under city review goes back to {@link #SUMMARY} when the district's
	 * summary step is reopened.
	 */
	@Override
	public boolean canMoveTo(CampaignStatus next) {
		return switch (this) {
			case IN_PROGRESS -> next == SUMMARY;
			case SUMMARY, RETURNED -> next == CITY_REVIEW;
			case CITY_REVIEW -> next == RETURNED || next == PUBLISHED || next == SUMMARY;
			case PUBLISHED -> false;
		};
	}

}
