package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its tests and the server for 变更登记: reviewer
 * examines, approver decides.
 */
public final class SocialOrgChangeProcess {

	public static final String PROCESS_KEY = "SocialOrgChangeProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-change.bpmn";

	/** Start variable: id of the change application. */
	public static final String VAR_ALTERATION_ID = "alterationId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	public static final String VAR_MANAGEMENT_MODE = "managementMode";

	public static final String VAR_SUPERVISORY_UNIT_CODE = "supervisoryUnitCode";

	public static final String VAR_CONSENT_DECISION = "consentDecision";

	/** The reviewer's recommendation to the approver: APPROVE or REFUSE. */
	public static final String VAR_REVIEW_RECOMMENDATION = "reviewRecommendation";

	/** The approver's decision: APPROVE or REFUSE. */
	public static final String VAR_DECISION = "decision";

	public static final String BEAN_APPLY_CHANGE = "socialorgApplyChangeDelegate";

	public static final String FORM_DECISION = "socialorg-change-decision";

	public static final String FORM_REVIEW = "socialorg-change-review";

	public static final String TASK_SUPERVISORY_CONSENT = "Task_SupervisoryConsent";

	public static final String TASK_CHANGE_REVIEW = "Task_ChangeReview";

	/** The approver's decision (准予/不予), never by the reviewer of the same case. */
	public static final String TASK_CHANGE_DECISION = "Task_ChangeDecision";

	public static final String SERVICE_TASK_APPLY_CHANGE = "ServiceTask_ApplyChange";

	public static final String END_EVENT_CHANGED = "EndEvent_Changed";

	public static final String END_EVENT_CHANGE_REFUSED = "EndEvent_ChangeRefused";

	public static final String END_EVENT_CONSENT_REFUSED = "EndEvent_ConsentRefused";

	private SocialOrgChangeProcess() {
	}

}
