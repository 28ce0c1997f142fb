package org.minzheng.flow.processes.lottery;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 福利彩票代销申请（轮候准入）: records check through the credit registry, qualification, the district
 * lottery office's review, and entry into the area's queue.
 * <p>
 * Variables carry ids and codes only; the applicant's name, ID number or USCC, and the
 * site live in {@code lottery_application}.
 */
public final class LotteryApplicationProcess {

	public static final String PROCESS_KEY = "LotteryApplicationProcess";

	public static final String RESOURCE = "bpmn/lottery/lottery-application.bpmn";

	// ---- start variables (business key = application number) ----

	public static final String VAR_APPLICATION_ID = "applicationId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	public static final String VAR_AREA_CODE = "areaCode";

	// ---- written along the way ----

	/** Boolean written by {@link #BEAN_CHECK_QUALIFICATION}. */
	public static final String VAR_QUALIFIED = "qualified";

	/** {@code APPROVE} or {@code REJECT}, from the review form. */
	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	// ---- elements ----

	public static final String START_EVENT = "StartEvent_ApplicationReceived";

	public static final String SERVICE_TASK_CHECK_RECORDS = "ServiceTask_CheckRecords";

	public static final String SERVICE_TASK_CHECK_QUALIFICATION = "ServiceTask_CheckQualification";

	public static final String TASK_DISTRICT_REVIEW = "Task_DistrictReview";

	public static final String SERVICE_TASK_ENTER_QUEUE = "ServiceTask_EnterQueue";

	public static final String END_EVENT_INELIGIBLE = "EndEvent_Ineligible";

	public static final String END_EVENT_REJECTED = "EndEvent_Rejected";

	public static final String END_EVENT_QUEUED = "EndEvent_Queued";

	// ---- beans ----

	public static final String BEAN_CHECK_RECORDS = "lotteryCheckRecordsDelegate";

	public static final String BEAN_CHECK_QUALIFICATION = "lotteryCheckQualificationDelegate";

	public static final String BEAN_ENTER_QUEUE = "lotteryEnterQueueDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = "lotteryEscalateOverdueDelegate";

	public static final String BEAN_CASE_CLOSED_LISTENER = "lotteryCaseClosedListener";

	/** Review decision codes of the form {@code lottery-district-review}. */
	public enum ReviewDecision {

		APPROVE, REJECT

	}

	private LotteryApplicationProcess() {
	}

}
