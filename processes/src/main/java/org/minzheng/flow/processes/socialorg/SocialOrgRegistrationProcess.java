package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 社会组织成立登记. Variables carry ids and codes only; names, charters, ID numbers and opinions
 * live in the server's {@code so_*} tables.
 */
public final class SocialOrgRegistrationProcess {

	public static final String PROCESS_KEY = "SocialOrgRegistrationProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-registration.bpmn";

	/**
	 * Process property: calendar days from acceptance to the decision (60 by the
	 * registration regulations).
	 */
	public static final String PROPERTY_DECISION_LIMIT_CALENDAR_DAYS = "decisionLimitCalendarDays";

	// ---- start variables (business key = registration number) ----

	public static final String VAR_REGISTRATION_ID = "registrationId";

	/** Registrar org unit: the city bureau 440300 or a district bureau. */
	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	/** {@link SocialOrgProcesses.ManagementMode} code. */
	public static final String VAR_MANAGEMENT_MODE = "managementMode";

	/**
	 * Code of the business supervisory unit (an external org unit), {@code null} when
	 * direct.
	 */
	public static final String VAR_SUPERVISORY_UNIT_CODE = "supervisoryUnitCode";

	// ---- written along the way ----

	/** Boolean written by {@link #BEAN_CHECK_NAME}. */
	public static final String VAR_NAME_AVAILABLE = "nameAvailable";

	public static final String VAR_CONSENT_DECISION = "consentDecision";

	public static final String VAR_ACCEPTANCE_DECISION = "acceptanceDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_DECISION = "decision";

	// ---- free-text form fields (stored by the server, never engine variables) ----

	public static final String FIELD_OPINION = "opinion";

	public static final String FIELD_MISSING_MATERIALS = "missingMaterials";

	// ---- messages ----

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SocialorgRegistrationSupplementReceived";

	// ---- beans ----

	public static final String BEAN_CHECK_NAME = "socialorgCheckNameDelegate";

	public static final String BEAN_NOTIFY_SUPPLEMENT = "socialorgNotifySupplementDelegate";

	public static final String BEAN_RECORD_REFUSAL = "socialorgRecordRefusalDelegate";

	public static final String BEAN_ISSUE_CERTIFICATE = "socialorgIssueCertificateDelegate";

	public static final String BEAN_ANNOUNCE = "socialorgAnnounceRegistrationDelegate";

	// ---- forms ----

	public static final String FORM_SUPERVISORY_CONSENT = "socialorg-supervisory-consent";

	public static final String FORM_ACCEPTANCE = "socialorg-acceptance";

	public static final String FORM_REVIEW = "socialorg-review";

	public static final String FORM_DECISION = "socialorg-decision";

	// ---- elements ----

	public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";

	public static final String SERVICE_TASK_CHECK_NAME = "ServiceTask_CheckName";

	public static final String END_EVENT_NAME_REJECTED = "EndEvent_NameRejected";

	public static final String TASK_SUPERVISORY_CONSENT = "Task_SupervisoryConsent";

	public static final String END_EVENT_CONSENT_REFUSED = "EndEvent_ConsentRefused";

	public static final String TASK_ACCEPTANCE = "Task_Acceptance";

	public static final String SERVICE_TASK_NOTIFY_SUPPLEMENT = "ServiceTask_NotifySupplement";

	public static final String RECEIVE_TASK_AWAIT_SUPPLEMENT = "ReceiveTask_AwaitSupplement";

	public static final String BOUNDARY_EVENT_SUPPLEMENT_EXPIRED = "BoundaryEvent_SupplementExpired";

	public static final String END_EVENT_SUPPLEMENT_EXPIRED = "EndEvent_SupplementExpired";

	public static final String END_EVENT_NOT_ACCEPTED = "EndEvent_NotAccepted";

	public static final String TASK_REVIEW = "Task_Review";

	public static final String TASK_DECISION = "Task_Decision";

	public static final String SERVICE_TASK_RECORD_REFUSAL = "ServiceTask_RecordRefusal";

	public static final String END_EVENT_REFUSED = "EndEvent_Refused";

	public static final String SERVICE_TASK_ISSUE_CERTIFICATE = "ServiceTask_IssueCertificate";

	public static final String SERVICE_TASK_ANNOUNCE = "ServiceTask_Announce";

	public static final String END_EVENT_REGISTERED = "EndEvent_Registered";

	private SocialOrgRegistrationProcess() {
	}

	/** {@link #VAR_CONSENT_DECISION}, set on {@link #TASK_SUPERVISORY_CONSENT}. */
	public enum ConsentDecision {

		/** 同意. */
		CONSENT,
		/** 不同意; the reason goes in {@link #FIELD_OPINION}. */
		REFUSE

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

	/** {@link #VAR_REVIEW_DECISION}, set on {@link #TASK_REVIEW}. */
	public enum ReviewDecision {

		/** 审查通过. */
		PASS,
		/** 退回受理. */
		RETURN

	}

	/** {@link #VAR_DECISION}, set on {@link #TASK_DECISION}. */
	public enum Decision {

		/** 准予登记. */
		APPROVE,
		/** 不予登记. */
		REFUSE

	}

}
