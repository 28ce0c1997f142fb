package org.minzheng.flow.processes.lottery;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * the yearly review of an outlet (年度审查): pass, suspend with rectification (restored or
 * closed afterwards), or close at once. Closing an outlet frees its slot: a new opening
 * for the area's queue.
 */
public final class LotteryOutletReviewProcess {

	public static final String PROCESS_KEY = "LotteryOutletReviewProcess";

	public static final String RESOURCE = "bpmn/lottery/lottery-outlet-review.bpmn";

	// ---- start variables (business key = review number) ----

	public static final String VAR_REVIEW_ID = "reviewId";

	public static final String VAR_OUTLET_ID = "outletId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	// ---- written along the way ----

	/** {@code PASS}, {@code SUSPEND} or {@code CLOSE}, from the review form. */
	public static final String VAR_REVIEW_RESULT = "reviewResult";

	/** {@code RESTORE} or {@code CLOSE}, from the rectification form. */
	public static final String VAR_RECTIFICATION_RESULT = "rectificationResult";

	// ---- elements ----

	public static final String TASK_ANNUAL_REVIEW = "Task_AnnualReview";

	public static final String TASK_RECTIFICATION = "Task_Rectification";

	public static final String END_EVENT_REVIEW_PASSED = "EndEvent_ReviewPassed";

	public static final String END_EVENT_OUTLET_RESTORED = "EndEvent_OutletRestored";

	public static final String END_EVENT_OUTLET_CLOSED = "EndEvent_OutletClosed";

	// ---- beans ----

	public static final String BEAN_SUSPEND_OUTLET = "lotterySuspendOutletDelegate";

	public static final String BEAN_RESTORE_OUTLET = "lotteryRestoreOutletDelegate";

	public static final String BEAN_CLOSE_OUTLET = "lotteryCloseOutletDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = LotteryApplicationProcess.BEAN_ESCALATE_OVERDUE;

	public static final String BEAN_CASE_CLOSED_LISTENER = LotteryApplicationProcess.BEAN_CASE_CLOSED_LISTENER;

	public enum ReviewResult {

		PASS, SUSPEND, CLOSE

	}

	public enum RectificationResult {

		RESTORE, CLOSE

	}

	private LotteryOutletReviewProcess() {
	}

}
