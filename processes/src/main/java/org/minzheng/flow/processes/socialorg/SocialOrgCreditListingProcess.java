package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its tests and the server for 信用名单列入: the reviewer
 * proposes with the facts, the organisation is notified and may answer, the approver
 * makes the written listing decision or drops it; only then is the organisation listed.
 */
public final class SocialOrgCreditListingProcess {

	public static final String PROCESS_KEY = "SocialOrgCreditListingProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-credit-listing.bpmn";

	/** Start variable: id of the listing case. */
	public static final String VAR_LISTING_ID = "listingId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	/** The reviewer's proposal: LIST or DROP. */
	public static final String VAR_PROPOSAL = "proposal";

	/** The approver's decision: LIST or DROP. */
	public static final String VAR_DECISION = "decision";

	/** Form field of the decision: the listing decision's document number. */
	public static final String FIELD_DOCUMENT_NO = "documentNo";

	public static final String FIELD_OPINION = "opinion";

	/** The organisation's statement (陈述、申辩) arrived. */
	public static final String MESSAGE_STATEMENT = "SocialorgListingStatement";

	public static final String BEAN_NOTIFY = "socialorgNotifyListingDelegate";

	public static final String BEAN_LIST = "socialorgListDelegate";

	public static final String FORM_PROPOSAL = "socialorg-credit-listing-proposal";

	public static final String FORM_DECISION = "socialorg-credit-listing-decision";

	public static final String TASK_PROPOSAL = "Task_ListingProposal";

	public static final String SERVICE_TASK_NOTIFY = "ServiceTask_NotifyOrganisation";

	public static final String GATEWAY_ANSWER_EVENTS = "Gateway_AnswerEvents";

	public static final String CATCH_EVENT_STATEMENT_RECEIVED = "IntermediateCatchEvent_StatementReceived";

	/** The period to answer (working days from the notice). */
	public static final String CATCH_EVENT_ANSWER_PERIOD_ENDED = "IntermediateCatchEvent_AnswerPeriodEnded";

	public static final String TASK_DECISION = "Task_ListingDecision";

	public static final String SERVICE_TASK_LIST = "ServiceTask_List";

	public static final String END_EVENT_LISTED = "EndEvent_Listed";

	public static final String END_EVENT_DROPPED = "EndEvent_Dropped";

	private SocialOrgCreditListingProcess() {
	}

}
