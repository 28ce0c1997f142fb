package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its tests and the server for 注销登记: reviewer
 * examines the liquidation report, approver decides.
 */
public final class SocialOrgDeregistrationProcess {

	public static final String PROCESS_KEY = "SocialOrgDeregistrationProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-deregistration.bpmn";

	/** Start variable: id of the deregistration application. */
	public static final String VAR_ALTERATION_ID = "alterationId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	public static final String VAR_MANAGEMENT_MODE = "managementMode";

	public static final String VAR_SUPERVISORY_UNIT_CODE = "supervisoryUnitCode";

	public static final String VAR_CONSENT_DECISION = "consentDecision";

	/** The reviewer's recommendation to the approver: APPROVE or REFUSE. */
	public static final String VAR_REVIEW_RECOMMENDATION = "reviewRecommendation";

	/** The approver's decision: APPROVE or REFUSE. */
	public static final String VAR_DECISION = "decision";

	public static final String BEAN_DEREGISTER = "socialorgDeregisterDelegate";

	public static final String FORM_DECISION = "socialorg-deregistration-decision";

	public static final String FORM_REVIEW = "socialorg-liquidation-review";

	public static final String TASK_SUPERVISORY_CONSENT = "Task_SupervisoryConsent";

	public static final String TASK_LIQUIDATION_REVIEW = "Task_LiquidationReview";

	/** The approver's decision (准予/不予), never by the reviewer of the same case. */
	public static final String TASK_DEREGISTRATION_DECISION = "Task_DeregistrationDecision";

	public static final String SERVICE_TASK_DEREGISTER = "ServiceTask_Deregister";

	public static final String END_EVENT_DEREGISTERED = "EndEvent_Deregistered";

	public static final String END_EVENT_DEREGISTRATION_REFUSED = "EndEvent_DeregistrationRefused";

	public static final String END_EVENT_CONSENT_REFUSED = "EndEvent_ConsentRefused";

	private SocialOrgDeregistrationProcess() {
	}

}
