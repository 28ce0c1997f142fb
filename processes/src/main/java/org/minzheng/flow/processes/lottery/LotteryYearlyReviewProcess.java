package org.minzheng.flow.processes.lottery;

/**
 * Names shared by {@value #RESOURCE}, its process test and the server's delegate: a timer
 * start event (an engine job, so one node of a cluster runs it) that once a year starts
 * {@link LotteryOutletReviewProcess} for every outlet that is not closed.
 */
public final class LotteryYearlyReviewProcess {

	public static final String PROCESS_KEY = "LotteryYearlyReviewProcess";

	public static final String RESOURCE = "bpmn/lottery/lottery-yearly-review.bpmn";

	public static final String START_EVENT_YEAR_BEGINS = "StartEvent_YearBegins";

	public static final String SERVICE_TASK_START_REVIEWS = "ServiceTask_StartReviews";

	public static final String END_EVENT_REVIEWS_STARTED = "EndEvent_ReviewsStarted";

	public static final String BEAN_START_YEARLY_REVIEWS = "lotteryStartYearlyReviewsDelegate";

	private LotteryYearlyReviewProcess() {
	}

}
