package org.minzheng.flow.cemetery;

/** Where a campaign stands. */
public enum CampaignStatus {

	/** Inspections under way. */
	IN_PROGRESS,
	/** Every inspection ended: the district summarises. */
	SUMMARY,
	/** Submitted to the city. */
	CITY_REVIEW,
	/** Sent back by the city with a reason: the district summarises again. */
	RETURNED,
	/** Accepted by the city, results published. */
	PUBLISHED

}
