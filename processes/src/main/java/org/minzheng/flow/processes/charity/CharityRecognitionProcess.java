package org.minzheng.flow.processes.charity;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 慈善组织认定. Variables carry ids and codes only; names, opinions and the checks live in the
 * server's {@code charity_*} tables.
 */
public final class CharityRecognitionProcess {

	public static final String PROCESS_KEY = "CharityRecognitionProcess";

	public static final String RESOURCE = "bpmn/charity/charity-recognition.bpmn";

	// ---- start variables (business key = recognition number) ----

	public static final String VAR_RECOGNITION_ID = "recognitionId";

	/** Registrar org unit: the bureau the organisation is registered with. */
	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	// ---- written along the way ----

	public static final String VAR_ACCEPTANCE_DECISION = "acceptanceDecision";

	/** Boolean written by {@link #BEAN_CHECK_ELIGIBILITY}: not listed, not penalised. */
	public static final String VAR_CREDIT_CLEAR = "creditClear";

	/**
	 * {@link CreditDecision}, set on {@link #TASK_CREDIT_DECISION} when the credit check
	 * found a problem.
	 */
	public static final String VAR_CREDIT_DECISION = "creditDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_DECISION = "decision";

	// ---- messages ----

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "CharityRecognitionSupplementReceived";

	// ---- beans ----

	public static final String BEAN_NOTIFY_SUPPLEMENT = "charityNotifySupplementDelegate";

	public static final String BEAN_CHECK_ELIGIBILITY = "charityCheckEligibilityDelegate";

	public static final String BEAN_RECORD_REFUSAL = "charityRecordRefusalDelegate";

	public static final String BEAN_ISSUE_CERTIFICATE = "charityIssueCertificateDelegate";

	public static final String BEAN_PUBLISH_TO_PLATFORM = "charityPublishToPlatformDelegate";

	// ---- forms ----

	public static final String FORM_ACCEPTANCE = "charity-recognition-acceptance";

	public static final String FORM_CREDIT_DECISION = "charity-recognition-credit-decision";

	public static final String FORM_REVIEW = "charity-recognition-review";

	public static final String FORM_DECISION = "charity-recognition-decision";

	// ---- elements ----

	public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";

	public static final String TASK_ACCEPTANCE = "Task_Acceptance";

	public static final String SERVICE_TASK_NOTIFY_SUPPLEMENT = "ServiceTask_NotifySupplement";

	public static final String RECEIVE_TASK_AWAIT_SUPPLEMENT = "ReceiveTask_AwaitSupplement";

	public static final String BOUNDARY_EVENT_SUPPLEMENT_EXPIRED = "BoundaryEvent_SupplementExpired";

	public static final String END_EVENT_SUPPLEMENT_EXPIRED = "EndEvent_SupplementExpired";

	public static final String END_EVENT_NOT_ACCEPTED = "EndEvent_NotAccepted";

	public static final String SERVICE_TASK_CHECK_ELIGIBILITY = "ServiceTask_CheckEligibility";

	/** The approver decides on the credit findings (never an automatic refusal). */
	public static final String TASK_CREDIT_DECISION = "Task_CreditDecision";

	public static final String TASK_REVIEW = "Task_Review";

	public static final String TASK_DECISION = "Task_Decision";

	public static final String SERVICE_TASK_RECORD_REFUSAL = "ServiceTask_RecordRefusal";

	public static final String END_EVENT_REFUSED = "EndEvent_Refused";

	public static final String SERVICE_TASK_ISSUE_CERTIFICATE = "ServiceTask_IssueCertificate";

	public static final String SERVICE_TASK_PUBLISH_TO_PLATFORM = "ServiceTask_PublishToPlatform";

	public static final String END_EVENT_RECOGNISED = "EndEvent_Recognised";

	private CharityRecognitionProcess() {
	}

	/** {@link #VAR_ACCEPTANCE_DECISION}, set on {@link #TASK_ACCEPTANCE}. */
	public enum AcceptanceDecision {

		/** 予以受理. */
		ACCEPT,
		/** 一次性告知补正 (once per application). */
		SUPPLEMENT,
		/** 不予受理. */
		REJECT

	}

	/** {@link #VAR_CREDIT_DECISION}: the approver's decision on the credit findings. */
	public enum CreditDecision {

		/** 不构成障碍，继续认定审查 (reasons required). */
		PROCEED,
		/** 不予认定 (reasons required). */
		REFUSE

	}

	/**
	 * {@link #VAR_REVIEW_DECISION}, set on {@link #TASK_REVIEW}: the reviewer's advice.
	 */
	public enum ReviewDecision {

		/** 符合认定条件. */
		PASS,
		/** 不符合认定条件. */
		FAIL

	}

}
