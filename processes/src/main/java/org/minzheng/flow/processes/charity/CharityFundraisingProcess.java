package org.minzheng.flow.processes.charity;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 公开募捐资格. Whether the charity has been one for long enough (one year, 《慈善法》第二十二条) is
 * checked before the process starts. The qualification has no fixed term: neither the
 * Charity Law nor 《慈善组织公开募捐管理办法》 sets one.
 */
public final class CharityFundraisingProcess {

	public static final String PROCESS_KEY = "CharityFundraisingProcess";

	public static final String RESOURCE = "bpmn/charity/charity-fundraising.bpmn";

	public static final String VAR_QUALIFICATION_ID = "qualificationId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	/**
	 * {@link CharityRecognitionProcess.AcceptanceDecision}, set on
	 * {@link #TASK_ACCEPTANCE}.
	 */
	public static final String VAR_ACCEPTANCE_DECISION = "acceptanceDecision";

	/** Boolean written by {@link #BEAN_CHECK_CREDIT}: not listed, not penalised. */
	public static final String VAR_CREDIT_CLEAR = "creditClear";

	/**
	 * {@link CharityRecognitionProcess.CreditDecision}, set on
	 * {@link #TASK_CREDIT_DECISION}.
	 */
	public static final String VAR_CREDIT_DECISION = "creditDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_DECISION = "decision";

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "CharityFundraisingSupplementReceived";

	public static final String BEAN_NOTIFY_SUPPLEMENT = "charityNotifyFundraisingSupplementDelegate";

	public static final String BEAN_CHECK_CREDIT = "charityCheckFundraisingCreditDelegate";

	public static final String BEAN_RECORD_REFUSAL = "charityRecordFundraisingRefusalDelegate";

	public static final String BEAN_ISSUE_QUALIFICATION = "charityIssueQualificationDelegate";

	public static final String BEAN_PUBLISH_TO_PLATFORM = "charityPublishQualificationDelegate";

	public static final String FORM_ACCEPTANCE = "charity-fundraising-acceptance";

	public static final String FORM_CREDIT_DECISION = "charity-fundraising-credit-decision";

	public static final String FORM_REVIEW = "charity-fundraising-review";

	public static final String FORM_DECISION = "charity-fundraising-decision";

	public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";

	public static final String TASK_ACCEPTANCE = "Task_Acceptance";

	public static final String SERVICE_TASK_NOTIFY_SUPPLEMENT = "ServiceTask_NotifySupplement";

	public static final String RECEIVE_TASK_AWAIT_SUPPLEMENT = "ReceiveTask_AwaitSupplement";

	public static final String BOUNDARY_EVENT_SUPPLEMENT_EXPIRED = "BoundaryEvent_SupplementExpired";

	public static final String END_EVENT_SUPPLEMENT_EXPIRED = "EndEvent_SupplementExpired";

	public static final String END_EVENT_NOT_ACCEPTED = "EndEvent_NotAccepted";

	public static final String SERVICE_TASK_CHECK_CREDIT = "ServiceTask_CheckCredit";

	public static final String TASK_CREDIT_DECISION = "Task_CreditDecision";

	public static final String TASK_REVIEW = "Task_Review";

	public static final String TASK_DECISION = "Task_Decision";

	public static final String SERVICE_TASK_RECORD_REFUSAL = "ServiceTask_RecordRefusal";

	public static final String END_EVENT_REFUSED = "EndEvent_Refused";

	public static final String SERVICE_TASK_ISSUE_QUALIFICATION = "ServiceTask_IssueQualification";

	public static final String SERVICE_TASK_PUBLISH_TO_PLATFORM = "ServiceTask_PublishToPlatform";

	public static final String END_EVENT_QUALIFIED = "EndEvent_Qualified";

	private CharityFundraisingProcess() {
	}

}
