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

	/**
	 * Process property: calendar days from an association's establishment application to
	 * the decision (30 under 《社会团体登记管理条例》第十五条).
	 */
	public static final String PROPERTY_ESTABLISHMENT_DECISION_LIMIT_CALENDAR_DAYS = "establishmentDecisionLimitCalendarDays";

	/**
	 * Process property: months of the associations' preparation period (筹备期, 6 under
	 * 《社会团体登记管理条例》第十四条), counted from the approval to prepare.
	 */
	public static final String PROPERTY_PREPARATION_PERIOD_MONTHS = "preparationPeriodMonths";

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

	/**
	 * {@code OrganisationType} code: {@code ASSOCIATION} (社会团体, two stages),
	 * {@code SOCIAL_SERVICE}, {@code FOUNDATION} (one stage).
	 */
	public static final String VAR_ORG_TYPE = "orgType";

	/** The organisation type registered in two stages (筹备, then 成立). */
	public static final String ORG_TYPE_TWO_STAGES = "ASSOCIATION";

	// ---- written along the way ----

	/** Boolean written by {@link #BEAN_CHECK_NAME}. */
	public static final String VAR_NAME_AVAILABLE = "nameAvailable";

	public static final String VAR_CONSENT_DECISION = "consentDecision";

	public static final String VAR_ACCEPTANCE_DECISION = "acceptanceDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_DECISION = "decision";

	/** {@link PreparationDecision}, set on {@link #TASK_PREPARATION_DECISION}. */
	public static final String VAR_PREPARATION_DECISION = "preparationDecision";

	/**
	 * End of the preparation period (a date), written by
	 * {@link #BEAN_APPROVE_PREPARATION}; the timer of
	 * {@link #BOUNDARY_EVENT_PREPARATION_EXPIRED}.
	 */
	public static final String VAR_PREPARATION_EXPIRES_AT = "preparationExpiresAt";

	/** {@link ReviewDecision}, set on {@link #TASK_ESTABLISHMENT_REVIEW}. */
	public static final String VAR_ESTABLISHMENT_REVIEW_DECISION = "establishmentReviewDecision";

	// ---- free-text form fields (stored by the server, never engine variables) ----

	public static final String FIELD_OPINION = "opinion";

	public static final String FIELD_MISSING_MATERIALS = "missingMaterials";

	// ---- messages ----

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SocialorgRegistrationSupplementReceived";

	/** The association's establishment application (成立登记申请) was recorded. */
	public static final String MESSAGE_ESTABLISHMENT_APPLIED = "SocialorgRegistrationEstablishmentApplied";

	// ---- beans ----

	public static final String BEAN_CHECK_NAME = "socialorgCheckNameDelegate";

	public static final String BEAN_NOTIFY_SUPPLEMENT = "socialorgNotifySupplementDelegate";

	public static final String BEAN_RECORD_REFUSAL = "socialorgRecordRefusalDelegate";

	public static final String BEAN_ISSUE_CERTIFICATE = "socialorgIssueCertificateDelegate";

	public static final String BEAN_ANNOUNCE = "socialorgAnnounceRegistrationDelegate";

	public static final String BEAN_APPROVE_PREPARATION = "socialorgApprovePreparationDelegate";

	public static final String BEAN_RECORD_PREPARATION_REFUSAL = "socialorgRecordPreparationRefusalDelegate";

	// ---- forms ----

	public static final String FORM_SUPERVISORY_CONSENT = "socialorg-supervisory-consent";

	public static final String FORM_ACCEPTANCE = "socialorg-acceptance";

	public static final String FORM_REVIEW = "socialorg-review";

	public static final String FORM_DECISION = "socialorg-decision";

	public static final String FORM_PREPARATION_DECISION = "socialorg-preparation-decision";

	public static final String FORM_ESTABLISHMENT_REVIEW = "socialorg-establishment-review";

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

	public static final String GATEWAY_ORG_TYPE = "Gateway_OrgType";

	/** 筹备审批 (associations): the approver approves or refuses the preparation. */
	public static final String TASK_PREPARATION_DECISION = "Task_PreparationDecision";

	public static final String SERVICE_TASK_RECORD_PREPARATION_REFUSAL = "ServiceTask_RecordPreparationRefusal";

	public static final String END_EVENT_PREPARATION_REFUSED = "EndEvent_PreparationRefused";

	public static final String SERVICE_TASK_APPROVE_PREPARATION = "ServiceTask_ApprovePreparation";

	/** 筹备期: waits for the establishment application. */
	public static final String RECEIVE_TASK_AWAIT_ESTABLISHMENT = "ReceiveTask_AwaitEstablishment";

	public static final String BOUNDARY_EVENT_PREPARATION_EXPIRED = "BoundaryEvent_PreparationExpired";

	/** 筹备期满未申请成立. */
	public static final String END_EVENT_PREPARATION_LAPSED = "EndEvent_PreparationLapsed";

	/** 成立登记审查 (associations). */
	public static final String TASK_ESTABLISHMENT_REVIEW = "Task_EstablishmentReview";

	/** 登记决定 (for associations: 准予成立登记). */
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
		/**
		 * 退回受理 (on {@link #TASK_REVIEW}); back to the preparation period for more
		 * documents (on {@link #TASK_ESTABLISHMENT_REVIEW}).
		 */
		RETURN

	}

	/** {@link #VAR_PREPARATION_DECISION}, set on {@link #TASK_PREPARATION_DECISION}. */
	public enum PreparationDecision {

		/** 准予筹备. */
		APPROVE,
		/** 不予筹备; the reasons go in {@link #FIELD_OPINION}. */
		REFUSE

	}

	/** {@link #VAR_DECISION}, set on {@link #TASK_DECISION}. */
	public enum Decision {

		/** 准予登记. */
		APPROVE,
		/** 不予登记. */
		REFUSE

	}

}
