package org.minzheng.flow.processes.elderly;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * one offer of a freed bed of a public care home (公办养老机构) to the head of the home's
 * waitlist: the elder (through the street clerk or the district) accepts, declines, or
 * lets the answer deadline (working days from the home's answer days, computed by the
 * server when it makes the offer) pass, and the offer then lapses by itself as a pass;
 * staff may also record the missing answer once the deadline passed. An accepted offer
 * waits for the admission's outcome: the elder moved in, or the admission fell through.
 * <p>
 * The queue itself (who is offered which bed, in which order) lives in the server's
 * tables and the home's hash-chained event log; this process only carries one offer
 * through time. It belongs to the elderly-services line (养老服务), whose folder and bean
 * prefix it takes.
 */
public final class ElderlyCareHomeOfferProcess {

	public static final String PROCESS_KEY = "ElderlyCareHomeOfferProcess";

	public static final String RESOURCE = "bpmn/elderly/elderly-carehome-offer.bpmn";

	// ---- start variables (business key = offer number) ----

	/** The offer's row id. */
	public static final String VAR_OFFER_ID = "offerId";

	/** The home's code. */
	public static final String VAR_HOME_CODE = "homeCode";

	/** {@link java.util.Date}: end of the last working day to answer. */
	public static final String VAR_ANSWER_DEADLINE = "answerDeadline";

	// ---- elements ----

	public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";

	public static final String CATCH_EVENT_ACCEPTED = "IntermediateCatchEvent_Accepted";

	public static final String CATCH_EVENT_DECLINED = "IntermediateCatchEvent_Declined";

	public static final String CATCH_EVENT_NO_ANSWER_RECORDED = "IntermediateCatchEvent_NoAnswerRecorded";

	public static final String CATCH_EVENT_ANSWER_DEADLINE = "IntermediateCatchEvent_AnswerDeadline";

	public static final String SERVICE_TASK_LAPSE = "ServiceTask_Lapse";

	public static final String GATEWAY_AWAIT_ADMISSION = "Gateway_AwaitAdmission";

	public static final String END_EVENT_DECLINED = "EndEvent_Declined";

	public static final String END_EVENT_NO_ANSWER = "EndEvent_NoAnswer";

	public static final String END_EVENT_LAPSED = "EndEvent_Lapsed";

	public static final String END_EVENT_ADMITTED = "EndEvent_Admitted";

	public static final String END_EVENT_ADMISSION_FAILED = "EndEvent_AdmissionFailed";

	// ---- messages (business key = offer number) ----

	public static final String MESSAGE_ACCEPTED = "ElderlyCareHomeOfferAccepted";

	public static final String MESSAGE_DECLINED = "ElderlyCareHomeOfferDeclined";

	/** Staff recorded that no answer came by the deadline (before the timer fired). */
	public static final String MESSAGE_NO_ANSWER = "ElderlyCareHomeOfferNoAnswer";

	public static final String MESSAGE_ADMITTED = "ElderlyCareHomeAdmitted";

	public static final String MESSAGE_ADMISSION_FAILED = "ElderlyCareHomeAdmissionFailed";

	// ---- beans ----

	/**
	 * The timer's service task: the offer lapses as a pass, by the system, unless it was
	 * answered first.
	 */
	public static final String BEAN_LAPSE = "elderlyCareHomeLapseDelegate";

	public static final String BEAN_CASE_CLOSED_LISTENER = ElderlyAllowanceProcess.BEAN_CASE_CLOSED_LISTENER;

	private ElderlyCareHomeOfferProcess() {
	}

}
