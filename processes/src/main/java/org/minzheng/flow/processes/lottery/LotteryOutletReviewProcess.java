package org.minzheng.flow.processes.lottery;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * the yearly review of an outlet (年度审查). The district reviews and may only propose a
 * suspension or a withdrawal; the city welfare lottery issuing centre, which appointed
 * the agent, decides: its reviewer, the notice to the outlet and its answer (陈述申辩, the
 * answer period is the statement step's working-day limit), then its approver with
 * reasons — no action, suspension with rectification (checked by the district: restored,
 * or proposed for withdrawal again), or termination of the agency contract
 * (《彩票管理条例》第四十一条). Closing an outlet frees its slot: a new opening for the area's queue.
 */
public final class LotteryOutletReviewProcess {

	public static final String PROCESS_KEY = "LotteryOutletReviewProcess";

	public static final String RESOURCE = "bpmn/lottery/lottery-outlet-review.bpmn";

	// ---- start variables (business key = review number) ----

	public static final String VAR_REVIEW_ID = "reviewId";

	public static final String VAR_OUTLET_ID = "outletId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	/** The city (440300): the welfare lottery issuing centre's unit. */
	public static final String VAR_CITY_CODE = "cityCode";

	// ---- written along the way ----

	/** {@code PASS}, {@code SUSPEND} or {@code CLOSE}, from the review form. */
	public static final String VAR_REVIEW_RESULT = "reviewResult";

	/** {@code SUSPEND} or {@code CLOSE}, from the city reviewer's form. */
	public static final String VAR_PROPOSED_ACTION = "proposedAction";

	/** {@code RECEIVED}, {@code WAIVED} or {@code NONE}, from the statement form. */
	public static final String VAR_STATEMENT_KIND = "statementKind";

	/** {@code NONE}, {@code SUSPEND} or {@code CLOSE}, from the city approver's form. */
	public static final String VAR_OUTLET_DECISION = "outletDecision";

	/** {@code RESTORE} or {@code CLOSE}, from the rectification form. */
	public static final String VAR_RECTIFICATION_RESULT = "rectificationResult";

	// ---- elements ----

	public static final String TASK_ANNUAL_REVIEW = "Task_AnnualReview";

	public static final String TASK_CITY_REVIEW = "Task_CityReview";

	public static final String TASK_OUTLET_STATEMENT = "Task_OutletStatement";

	public static final String TASK_CITY_DECISION = "Task_CityDecision";

	public static final String TASK_RECTIFICATION = "Task_Rectification";

	public static final String END_EVENT_REVIEW_PASSED = "EndEvent_ReviewPassed";

	public static final String END_EVENT_NO_ACTION = "EndEvent_NoAction";

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

	/** The city approver's decision. */
	public enum OutletDecision {

		NONE, SUSPEND, CLOSE

	}

	/** What came of the notice to the outlet. */
	public enum StatementKind {

		RECEIVED, WAIVED, NONE

	}

	public enum RectificationResult {

		RESTORE, CLOSE

	}

	private LotteryOutletReviewProcess() {
	}

}
