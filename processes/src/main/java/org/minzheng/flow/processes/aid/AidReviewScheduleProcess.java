package org.minzheng.flow.processes.aid;

/**
 * Names shared by {@value #RESOURCE}, its process test and the server's beans: a timer
 * start event (an engine job, so one node of a cluster runs it) that every weekday
 * morning opens a review case ({@link AidReviewProcess}) for every beneficiary whose
 * review is due and who has none open.
 */
public final class AidReviewScheduleProcess {

	public static final String PROCESS_KEY = "AidReviewScheduleProcess";

	public static final String RESOURCE = "bpmn/aid/aid-review-schedule.bpmn";

	public static final String BEAN_OPEN_DUE_REVIEWS = "aidOpenDueReviewsDelegate";

	public static final String START_EVENT_MORNING = "StartEvent_ReviewMorning";

	public static final String SERVICE_TASK_OPEN_DUE_REVIEWS = "ServiceTask_OpenDueReviews";

	public static final String END_EVENT_REVIEWS_OPENED = "EndEvent_ReviewsOpened";

	private AidReviewScheduleProcess() {
	}

}
