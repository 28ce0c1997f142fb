package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its tests and the server for 撤销登记 (zombie exit):
 * hearing notice (served directly, or by announcement for an unreachable organisation,
 * effective when the announcement period is over), a wait for a hearing request that
 * starts when service takes effect, decision.
 */
public final class SocialOrgRevocationProcess {

	public static final String PROCESS_KEY = "SocialOrgRevocationProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-revocation.bpmn";

	/** Start variable: id of the exit candidate. */
	public static final String VAR_CANDIDATE_ID = "exitCandidateId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	/**
	 * Set by the notice's service task: {@value #SERVICE_DIRECT} or
	 * {@value #SERVICE_BY_ANNOUNCEMENT} (公告送达, for an organisation that cannot be
	 * reached).
	 */
	public static final String VAR_SERVICE_MODE = "serviceMode";

	public static final String SERVICE_DIRECT = "DIRECT";

	public static final String SERVICE_BY_ANNOUNCEMENT = "ANNOUNCEMENT";

	public static final String VAR_HEARING_OUTCOME = "hearingOutcome";

	/** REVOKE or DROP. */
	public static final String VAR_REVOCATION_DECISION = "revocationDecision";

	public static final String MESSAGE_HEARING_REQUESTED = "SocialorgHearingRequested";

	public static final String BEAN_SERVE_HEARING_NOTICE = "socialorgServeHearingNoticeDelegate";

	/** Records the day service took effect, from which the hearing period runs. */
	public static final String BEAN_SERVICE_EFFECTIVE = "socialorgServiceEffectiveDelegate";

	public static final String BEAN_REVOKE = "socialorgRevokeDelegate";

	public static final String FORM_HEARING = "socialorg-hearing";

	public static final String FORM_DECISION = "socialorg-revocation-decision";

	public static final String SERVICE_TASK_SERVE_HEARING_NOTICE = "ServiceTask_ServeHearingNotice";

	public static final String GATEWAY_SERVICE_MODE = "Gateway_ServiceMode";

	/** Waits for the end of the announcement period or a hearing request. */
	public static final String GATEWAY_ANNOUNCEMENT_EVENTS = "Gateway_AnnouncementEvents";

	/** The announcement period (公告期, calendar days from publication). */
	public static final String CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED = "IntermediateCatchEvent_AnnouncementPeriodEnded";

	/**
	 * The organisation comes forward during the announcement period and asks for a
	 * hearing.
	 */
	public static final String CATCH_EVENT_HEARING_REQUESTED_DURING_ANNOUNCEMENT = "IntermediateCatchEvent_HearingRequestedDuringAnnouncement";

	public static final String SERVICE_TASK_SERVICE_EFFECTIVE = "ServiceTask_ServiceEffective";

	public static final String GATEWAY_HEARING_EVENTS = "Gateway_HearingEvents";

	public static final String CATCH_EVENT_HEARING_REQUESTED = "IntermediateCatchEvent_HearingRequested";

	/** The hearing request period (working days from service). */
	public static final String CATCH_EVENT_HEARING_PERIOD_ENDED = "IntermediateCatchEvent_HearingPeriodEnded";

	public static final String TASK_HEARING = "Task_Hearing";

	public static final String TASK_REVOCATION_DECISION = "Task_RevocationDecision";

	public static final String SERVICE_TASK_REVOKE = "ServiceTask_Revoke";

	public static final String END_EVENT_REVOKED = "EndEvent_Revoked";

	public static final String END_EVENT_DROPPED = "EndEvent_Dropped";

	private SocialOrgRevocationProcess() {
	}

}
