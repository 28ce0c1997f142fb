package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its tests and the server for 撤销登记 (zombie exit):
 * hearing notice, a wait for a hearing request, decision.
 */
public final class SocialOrgRevocationProcess {

	public static final String PROCESS_KEY = "SocialOrgRevocationProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-revocation.bpmn";

	/** Start variable: id of the exit candidate. */
	public static final String VAR_CANDIDATE_ID = "exitCandidateId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	public static final String VAR_HEARING_OUTCOME = "hearingOutcome";

	/** REVOKE or DROP. */
	public static final String VAR_REVOCATION_DECISION = "revocationDecision";

	public static final String MESSAGE_HEARING_REQUESTED = "SocialorgHearingRequested";

	public static final String BEAN_SERVE_HEARING_NOTICE = "socialorgServeHearingNoticeDelegate";

	public static final String BEAN_REVOKE = "socialorgRevokeDelegate";

	public static final String FORM_HEARING = "socialorg-hearing";

	public static final String FORM_DECISION = "socialorg-revocation-decision";

	public static final String SERVICE_TASK_SERVE_HEARING_NOTICE = "ServiceTask_ServeHearingNotice";

	public static final String GATEWAY_HEARING_EVENTS = "Gateway_HearingEvents";

	public static final String CATCH_EVENT_HEARING_REQUESTED = "IntermediateCatchEvent_HearingRequested";

	public static final String CATCH_EVENT_HEARING_PERIOD_ENDED = "IntermediateCatchEvent_HearingPeriodEnded";

	public static final String TASK_HEARING = "Task_Hearing";

	public static final String TASK_REVOCATION_DECISION = "Task_RevocationDecision";

	public static final String SERVICE_TASK_REVOKE = "ServiceTask_Revoke";

	public static final String END_EVENT_REVOKED = "EndEvent_Revoked";

	public static final String END_EVENT_DROPPED = "EndEvent_Dropped";

	private SocialOrgRevocationProcess() {
	}

}
