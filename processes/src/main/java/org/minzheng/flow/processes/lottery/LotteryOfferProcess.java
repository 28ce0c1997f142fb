package org.minzheng.flow.processes.lottery;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * one offer of an opening (空缺名额) to the head of an area's queue: the applicant accepts,
 * declines, or lets the answer deadline (working days, computed by the server when it
 * makes the offer) pass. An accepted offer goes through the district's site inspection
 * (实地勘察), then the city welfare lottery issuing centre's two levels — its reviewer, then
 * its approver who appoints the agent or refuses with reasons (《彩票管理条例》第十四条) — and, once
 * appointed, the city centre's deposit, training and agency contract, terminal
 * installation and agency certificate (代销证) to an open outlet. A refusal returns the
 * opening to the queue.
 * <p>
 * The queue itself (who is offered what, in which order) lives in the server's tables and
 * its hash-chained event log; this process only carries one offer through time.
 */
public final class LotteryOfferProcess {

	public static final String PROCESS_KEY = "LotteryOfferProcess";

	public static final String RESOURCE = "bpmn/lottery/lottery-offer.bpmn";

	// ---- start variables (business key = offer number) ----

	public static final String VAR_OFFER_ID = "offerId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	public static final String VAR_AREA_CODE = "areaCode";

	/** The city (440300): the welfare lottery issuing centre's unit. */
	public static final String VAR_CITY_CODE = "cityCode";

	/** {@link java.util.Date}: end of the last working day to answer. */
	public static final String VAR_ANSWER_DEADLINE = "answerDeadline";

	// ---- written along the way ----

	/** {@code PASS} or {@code FAIL}, from the inspection form. */
	public static final String VAR_INSPECTION_RESULT = "inspectionResult";

	/** {@code APPROVE} or {@code REFUSE}, from the city reviewer's form. */
	public static final String VAR_AGENCY_RECOMMENDATION = "agencyRecommendation";

	/** {@code APPROVE} or {@code REFUSE}, from the city approver's form. */
	public static final String VAR_AGENCY_DECISION = "agencyDecision";

	// ---- elements ----

	public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";

	public static final String CATCH_EVENT_ANSWER_DEADLINE = "IntermediateCatchEvent_AnswerDeadline";

	public static final String TASK_SITE_INSPECTION = "Task_SiteInspection";

	public static final String TASK_AGENCY_REVIEW = "Task_AgencyReview";

	public static final String TASK_AGENCY_APPROVAL = "Task_AgencyApproval";

	public static final String TASK_AGENCY_CONTRACT = "Task_AgencyContract";

	public static final String TASK_TERMINAL_INSTALLATION = "Task_TerminalInstallation";

	public static final String TASK_ISSUE_CERTIFICATE = "Task_IssueCertificate";

	public static final String END_EVENT_DECLINED = "EndEvent_Declined";

	public static final String END_EVENT_EXPIRED = "EndEvent_Expired";

	public static final String END_EVENT_INSPECTION_FAILED = "EndEvent_InspectionFailed";

	public static final String END_EVENT_OUTLET_OPENED = "EndEvent_OutletOpened";

	// ---- messages ----

	public static final String MESSAGE_ACCEPTED = "LotteryOfferAccepted";

	public static final String MESSAGE_DECLINED = "LotteryOfferDeclined";

	// ---- beans ----

	public static final String BEAN_ESCALATE_OVERDUE = LotteryApplicationProcess.BEAN_ESCALATE_OVERDUE;

	public static final String BEAN_CASE_CLOSED_LISTENER = LotteryApplicationProcess.BEAN_CASE_CLOSED_LISTENER;

	/**
	 * The codes of the forms {@code lottery-agency-review} and
	 * {@code lottery-agency-approval}.
	 */
	public enum AgencyDecision {

		APPROVE, REFUSE

	}

	/** Inspection result codes of the form {@code lottery-site-inspection}. */
	public enum InspectionResult {

		PASS, FAIL

	}

	private LotteryOfferProcess() {
	}

}
