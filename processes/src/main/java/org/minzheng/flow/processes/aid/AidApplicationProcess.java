package org.minzheng.flow.processes.aid;

import org.minzheng.flow.processes.ProcessConventions;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates and
 * listeners for 社会救助审批（低保/特困）.
 *
 * <p>
 * Process variables carry ids and codes only; names, ID numbers and free text (opinions,
 * missing materials) belong in the application's own tables. Time limits are not here:
 * they are extension properties in the BPMN, read by the {@code sla} bean (see
 * {@link ProcessConventions}), so that each process version carries its own limits.
 */
public final class AidApplicationProcess {

	public static final String PROCESS_KEY = "AidApplicationProcess";

	public static final String RESOURCE = "bpmn/aid/aid-application.bpmn";

	// ---- start variables (set by the server; business key = application number) ----

	public static final String VAR_APPLICATION_ID = "applicationId";

	/** {@link BenefitType} code. */
	public static final String VAR_BENEFIT_TYPE = "benefitType";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	public static final String VAR_COMPETENT_STREET_CODE = "competentStreetCode";

	public static final String VAR_INTAKE_STREET_CODE = "intakeStreetCode";

	public static final String VAR_CONFLICT_OF_INTEREST = "conflictOfInterest";

	// ---- variables written along the way ----

	public static final String VAR_HAND_OVER_DECISION = "handOverDecision";

	public static final String VAR_ACCEPTANCE_DECISION = "acceptanceDecision";

	/** Code set by the correlation of {@link #MESSAGE_ECONOMIC_CHECK_COMPLETED}. */
	public static final String VAR_ECONOMIC_CHECK_OUTCOME = "economicCheckOutcome";

	/**
	 * Written by {@link #BEAN_RETRY_ECONOMIC_CHECK}: whether the check was requested
	 * again (true) or the attempts are used up and the case stays with the supervisor
	 * (false).
	 */
	public static final String VAR_ECONOMIC_CHECK_RETRYING = "economicCheckRetrying";

	/**
	 * Written by {@link #BEAN_RETRY_ECONOMIC_CHECK}: the attempt now waited for (2, 3…).
	 */
	public static final String VAR_ECONOMIC_CHECK_ATTEMPT = "economicCheckAttempt";

	/** {@link EconomicReviewDecision}, set on {@link #TASK_ECONOMIC_FINDINGS_REVIEW}. */
	public static final String VAR_ECONOMIC_REVIEW_DECISION = "economicReviewDecision";

	/**
	 * Set true by the output mappings of {@link #SERVICE_TASK_GRANT_BENEFIT} and
	 * {@link #SERVICE_TASK_RECORD_REJECTION} (false by {@link #BEAN_START_TOTAL_LIMIT}):
	 * the decision is taken, the total limit stops.
	 */
	public static final String VAR_CASE_DECIDED = "caseDecided";

	/**
	 * Written by {@link #BEAN_TOTAL_LIMIT_ALARM}: whether a reminder or the breach is
	 * still ahead.
	 */
	public static final String VAR_TOTAL_LIMIT_ALARMS_LEFT = "totalLimitAlarmsLeft";

	/**
	 * When the total limit's next reminder or its breach is due (a date computed with the
	 * working-day calendar from the case's current deadline): written by
	 * {@link #BEAN_START_TOTAL_LIMIT}, {@link #BEAN_TOTAL_LIMIT_ALARM} and the
	 * correlation of {@link #MESSAGE_TOTAL_LIMIT_EXTENDED}.
	 */
	public static final String VAR_TOTAL_LIMIT_NEXT_ALARM = "totalLimitNextAlarm";

	public static final String VAR_INVESTIGATION_DECISION = "investigationDecision";

	public static final String VAR_SELF_CARE_LEVEL = "selfCareLevel";

	public static final String VAR_REGISTRATION_DECISION = "registrationDecision";

	public static final String VAR_HOME_VISIT_DECISION = "homeVisitDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_APPROVAL_DECISION = "approvalDecision";

	public static final String VAR_REJECTION_NOTICE_DECISION = "rejectionNoticeDecision";

	/**
	 * Written by {@link #BEAN_RESOLVE_APPROVAL_AUTHORITY}: candidate group of the
	 * approving org unit.
	 */
	public static final String VAR_APPROVER_GROUP = "approverGroup";

	/**
	 * Written by {@link #BEAN_RESOLVE_APPROVAL_AUTHORITY}: the district, or the street
	 * under entrustment.
	 */
	public static final String VAR_APPROVING_ORG_UNIT_CODE = "approvingOrgUnitCode";

	/**
	 * Written by {@link #BEAN_RESOLVE_APPROVAL_AUTHORITY}: Long, {@code null} when the
	 * district approves.
	 */
	public static final String VAR_ENTRUSTMENT_ID = "entrustmentId";

	/**
	 * Written by {@link #BEAN_RESOLVE_APPROVAL_AUTHORITY}: {@link ApprovalMode} code —
	 * one approver, or the approving unit's panel voting all-of (会签) or any-of (或签).
	 */
	public static final String VAR_APPROVAL_MODE = "approvalMode";

	/**
	 * Element variable of the multi-instance {@link #TASK_APPROVAL}: the panel member an
	 * instance is assigned to ({@code null} for a single approval, offered to
	 * {@link #VAR_APPROVER_GROUP}).
	 */
	public static final String VAR_PANELIST = "panelist";

	// ---- form fields that are free text: stored by the server, never passed to the
	// engine ----

	public static final String FIELD_OPINION = "opinion";

	public static final String FIELD_MISSING_MATERIALS = "missingMaterials";

	public static final String FIELD_SERVED_ON = "servedOn";

	// ---- messages (names, as correlated) ----

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "AidSupplementReceived";

	public static final String MESSAGE_ECONOMIC_CHECK_COMPLETED = "AidEconomicCheckCompleted";

	public static final String MESSAGE_OBJECTION_RAISED = "AidObjectionRaised";

	/** The total limit was extended: its timer is set again from the new deadline. */
	public static final String MESSAGE_TOTAL_LIMIT_EXTENDED = "AidTotalLimitExtended";

	/**
	 * Process property: working days before the deadline at which the street's
	 * supervisors and the holders of the open tasks are reminded, comma-separated (e.g.
	 * {@code 5,2}).
	 */
	public static final String PROPERTY_TOTAL_LIMIT_REMINDER_WORKING_DAYS = "totalLimitReminderWorkingDays";

	// ---- beans referenced by expressions ----

	public static final String BEAN_NOTIFY_SUPPLEMENT = "aidNotifySupplementDelegate";

	public static final String BEAN_VERIFY_HUKOU = "aidVerifyHukouDelegate";

	public static final String BEAN_REQUEST_ECONOMIC_CHECK = "aidRequestEconomicCheckDelegate";

	public static final String BEAN_RESOLVE_APPROVAL_AUTHORITY = "aidResolveApprovalAuthorityDelegate";

	public static final String BEAN_PUBLISH_NOTICE = "aidPublishNoticeDelegate";

	public static final String BEAN_GRANT_BENEFIT = "aidGrantBenefitDelegate";

	public static final String BEAN_RECORD_REJECTION = "aidRecordRejectionDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = "aidEscalateOverdueDelegate";

	/**
	 * The economic check did not answer in time: escalate to the street's supervisors and
	 * request it again under a new idempotency key, up to {@link #PROPERTY_MAX_ATTEMPTS}
	 * attempts.
	 */
	public static final String BEAN_RETRY_ECONOMIC_CHECK = "aidRetryEconomicCheckDelegate";

	/** Starts the total limit at acceptance (sets {@link #VAR_CASE_DECIDED} false). */
	public static final String BEAN_START_TOTAL_LIMIT = "aidStartTotalLimitDelegate";

	/**
	 * Sends the reminders and the breach escalation that are due; writes
	 * {@link #VAR_TOTAL_LIMIT_ALARMS_LEFT}.
	 */
	public static final String BEAN_TOTAL_LIMIT_ALARM = "aidTotalLimitAlarmDelegate";

	/**
	 * Extension property of {@link #CATCH_EVENT_ECONOMIC_CHECK_OVERDUE}: how many
	 * requests in all (the first included) before the case stays with the supervisor.
	 */
	public static final String PROPERTY_MAX_ATTEMPTS = "maxAttempts";

	/**
	 * {@code ${aidApprovalPanel.members(execution)}}: the collection of
	 * {@link #TASK_APPROVAL} — the panel's usernames, or a single {@code null} for one
	 * approval offered to the approver group.
	 */
	public static final String BEAN_APPROVAL_PANEL = "aidApprovalPanel";

	/**
	 * Execution listener on the end of every case-closing end event; the end event id
	 * gives the status.
	 */
	public static final String BEAN_CASE_CLOSED_LISTENER = "aidCaseClosedListener";

	// ---- candidate groups ----

	public static final String GROUP_CLERK = "aid-clerk@${competentStreetCode}";

	public static final String GROUP_REVIEWER = "aid-reviewer@${competentStreetCode}";

	public static final String GROUP_APPROVER = "${approverGroup}";

	public static final String ROLE_CLERK = "aid-clerk";

	public static final String ROLE_REVIEWER = "aid-reviewer";

	public static final String ROLE_APPROVER = "aid-approver";

	// ---- forms (deployed with the BPMN, formRefBinding=deployment) ----

	public static final String FORM_HAND_OVER = "aid-hand-over";

	public static final String FORM_ACCEPTANCE_CHECK = "aid-acceptance-check";

	public static final String FORM_HOME_INVESTIGATION = "aid-home-investigation";

	public static final String FORM_SELF_CARE_ASSESSMENT = "aid-self-care-assessment";

	public static final String FORM_CONFLICT_REGISTRATION = "aid-conflict-registration";

	public static final String FORM_APPROVER_HOME_VISIT = "aid-approver-home-visit";

	public static final String FORM_STREET_REVIEW = "aid-street-review";

	public static final String FORM_APPROVAL = "aid-approval";

	public static final String FORM_REJECTION_NOTICE = "aid-rejection-notice";

	public static final String FORM_ECONOMIC_FINDINGS_REVIEW = "aid-economic-findings-review";

	// ---- elements ----

	public static final String START_EVENT_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";

	public static final String GATEWAY_INTAKE_AT_COMPETENT_STREET = "Gateway_IntakeAtCompetentStreet";

	public static final String TASK_HAND_OVER = "Task_HandOver";

	public static final String TASK_ACCEPTANCE_CHECK = "Task_AcceptanceCheck";

	public static final String GATEWAY_ACCEPTANCE_DECISION = "Gateway_AcceptanceDecision";

	public static final String SERVICE_TASK_NOTIFY_SUPPLEMENT = "ServiceTask_NotifySupplement";

	public static final String RECEIVE_TASK_AWAIT_SUPPLEMENT = "ReceiveTask_AwaitSupplement";

	public static final String BOUNDARY_EVENT_SUPPLEMENT_EXPIRED = "BoundaryEvent_SupplementExpired";

	public static final String END_EVENT_SUPPLEMENT_EXPIRED = "EndEvent_SupplementExpired";

	public static final String END_EVENT_NOT_ACCEPTED = "EndEvent_NotAccepted";

	public static final String GATEWAY_TOTAL_LIMIT_FORK = "Gateway_TotalLimitFork";

	public static final String SERVICE_TASK_START_TOTAL_LIMIT = "ServiceTask_StartTotalLimit";

	public static final String GATEWAY_TOTAL_LIMIT_EVENTS = "Gateway_TotalLimitEvents";

	public static final String CATCH_EVENT_TOTAL_LIMIT_ALARM = "IntermediateCatchEvent_TotalLimitAlarm";

	public static final String CATCH_EVENT_TOTAL_LIMIT_EXTENDED = "IntermediateCatchEvent_TotalLimitExtended";

	public static final String CATCH_EVENT_CASE_DECIDED = "IntermediateCatchEvent_CaseDecided";

	public static final String SERVICE_TASK_TOTAL_LIMIT_ALARM = "ServiceTask_TotalLimitAlarm";

	public static final String GATEWAY_TOTAL_LIMIT_BREACHED_EVENTS = "Gateway_TotalLimitBreachedEvents";

	public static final String CATCH_EVENT_TOTAL_LIMIT_EXTENDED_AFTER_BREACH = "IntermediateCatchEvent_TotalLimitExtendedAfterBreach";

	/** Ends the total limit's branch only; the case-closed listener ignores it. */
	public static final String END_EVENT_TOTAL_LIMIT_WATCH_ENDED = "EndEvent_TotalLimitWatchEnded";

	public static final String SERVICE_TASK_VERIFY_HUKOU = "ServiceTask_VerifyHukou";

	public static final String SERVICE_TASK_REQUEST_ECONOMIC_CHECK = "ServiceTask_RequestEconomicCheck";

	public static final String CATCH_EVENT_ECONOMIC_CHECK_COMPLETED = "IntermediateCatchEvent_EconomicCheckCompleted";

	public static final String GATEWAY_ECONOMIC_CHECK_EVENTS = "Gateway_EconomicCheckEvents";

	/** Timer after {@link #GATEWAY_ECONOMIC_CHECK_EVENTS}: the check's wait limit. */
	public static final String CATCH_EVENT_ECONOMIC_CHECK_OVERDUE = "IntermediateCatchEvent_EconomicCheckOverdue";

	public static final String SERVICE_TASK_RETRY_ECONOMIC_CHECK = "ServiceTask_RetryEconomicCheck";

	/** The wait once the attempts are used up: with the supervisor, no timer. */
	public static final String CATCH_EVENT_ECONOMIC_CHECK_AWAITED = "IntermediateCatchEvent_EconomicCheckAwaited";

	/** 拟不予: the street reviewer confirms or corrects the check's findings. */
	public static final String TASK_ECONOMIC_FINDINGS_REVIEW = "Task_EconomicFindingsReview";

	public static final String TASK_HOME_INVESTIGATION = "Task_HomeInvestigation";

	public static final String GATEWAY_BENEFIT_TYPE = "Gateway_BenefitType";

	public static final String TASK_SELF_CARE_ASSESSMENT = "Task_SelfCareAssessment";

	public static final String GATEWAY_CONFLICT_OF_INTEREST = "Gateway_ConflictOfInterest";

	public static final String TASK_CONFLICT_REGISTRATION = "Task_ConflictRegistration";

	public static final String SERVICE_TASK_RESOLVE_VISIT_AUTHORITY = "ServiceTask_ResolveVisitAuthority";

	public static final String TASK_APPROVER_HOME_VISIT = "Task_ApproverHomeVisit";

	public static final String TASK_STREET_REVIEW = "Task_StreetReview";

	public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";

	public static final String SERVICE_TASK_PUBLISH_NOTICE = "ServiceTask_PublishNotice";

	public static final String GATEWAY_NOTICE_EVENTS = "Gateway_NoticeEvents";

	public static final String CATCH_EVENT_NOTICE_PERIOD_ENDED = "IntermediateCatchEvent_NoticePeriodEnded";

	public static final String CATCH_EVENT_OBJECTION_RAISED = "IntermediateCatchEvent_ObjectionRaised";

	public static final String SERVICE_TASK_RESOLVE_APPROVAL_AUTHORITY = "ServiceTask_ResolveApprovalAuthority";

	public static final String TASK_APPROVAL = "Task_Approval";

	public static final String GATEWAY_APPROVAL_DECISION = "Gateway_ApprovalDecision";

	public static final String SERVICE_TASK_GRANT_BENEFIT = "ServiceTask_GrantBenefit";

	public static final String END_EVENT_APPROVED = "EndEvent_Approved";

	public static final String SERVICE_TASK_RECORD_REJECTION = "ServiceTask_RecordRejection";

	public static final String TASK_REJECTION_NOTICE = "Task_RejectionNotice";

	public static final String END_EVENT_REJECTED = "EndEvent_Rejected";

	// Every user task X also has BoundaryEvent_XOverdue -> ServiceTask_EscalateX ->
	// EndEvent_XEscalated:
	// see ProcessConventions.

	private AidApplicationProcess() {
	}

	/** Candidate group of the clerks of a street: {@code aid-clerk@440308001}. */
	public static String clerkGroup(String streetCode) {
		return ROLE_CLERK + "@" + streetCode;
	}

	/** Candidate group of the reviewers of a street: {@code aid-reviewer@440308001}. */
	public static String reviewerGroup(String streetCode) {
		return ROLE_REVIEWER + "@" + streetCode;
	}

	/**
	 * Value for {@link #VAR_APPROVER_GROUP}: {@code aid-approver@440308} for the
	 * district, or {@code aid-approver@440308001} for a street approving under
	 * entrustment.
	 */
	public static String approverGroup(String orgUnitCode) {
		return ROLE_APPROVER + "@" + orgUnitCode;
	}

	/** {@link #VAR_BENEFIT_TYPE}. */
	public enum BenefitType {

		/** 最低生活保障（低保）. */
		DIBAO,
		/** 特困人员供养. */
		TEKUN

	}

	/** {@link #VAR_HAND_OVER_DECISION}, set on {@link #TASK_HAND_OVER}. */
	public enum HandOverDecision {

		/** 确认接收. */
		RECEIVED

	}

	/** {@link #VAR_ACCEPTANCE_DECISION}, set on {@link #TASK_ACCEPTANCE_CHECK}. */
	public enum AcceptanceDecision {

		/** 予以受理. */
		ACCEPT,
		/** 一次性告知补正; the missing materials go in {@link #FIELD_MISSING_MATERIALS}. */
		SUPPLEMENT,
		/** 不予受理; the reason goes in {@link #FIELD_OPINION}. */
		REJECT

	}

	/** {@link #VAR_INVESTIGATION_DECISION}, set on {@link #TASK_HOME_INVESTIGATION}. */
	public enum InvestigationDecision {

		/** 调查完成; the findings are stored by the server. */
		DONE

	}

	/**
	 * {@link #VAR_SELF_CARE_LEVEL}, set on {@link #TASK_SELF_CARE_ASSESSMENT} (特困 only).
	 */
	public enum SelfCareLevel {

		/** 全自理. */
		FULL_SELF_CARE,
		/** 半自理. */
		PARTIAL_SELF_CARE,
		/** 全护理. */
		FULL_CARE

	}

	/** {@link #VAR_REGISTRATION_DECISION}, set on {@link #TASK_CONFLICT_REGISTRATION}. */
	public enum RegistrationDecision {

		/** 已单独登记备案. */
		REGISTERED

	}

	/** {@link #VAR_HOME_VISIT_DECISION}, set on {@link #TASK_APPROVER_HOME_VISIT}. */
	public enum HomeVisitDecision {

		/** 核查完成. */
		DONE

	}

	/** {@link #VAR_REVIEW_DECISION}, set on {@link #TASK_STREET_REVIEW}. */
	public enum ReviewDecision {

		/** 审核通过, goes to public notice. */
		PASS,
		/** 退回重新调查. */
		RETURN

	}

	/** {@link #VAR_APPROVAL_DECISION}, set on {@link #TASK_APPROVAL}. */
	public enum ApprovalDecision {

		/** 批准. */
		APPROVE,
		/** 不予批准, followed by the written notice. */
		REJECT,
		/** 退回重新调查. */
		RETURN

	}

	/**
	 * {@link #VAR_ECONOMIC_REVIEW_DECISION}, set on
	 * {@link #TASK_ECONOMIC_FINDINGS_REVIEW}.
	 */
	public enum EconomicReviewDecision {

		/** 确认超标: not approved, followed by the written notice. */
		CONFIRM,
		/** 核对有误, corrected with a reason: on to home investigation. */
		CORRECT

	}

	/** {@link #VAR_APPROVAL_MODE}. */
	public enum ApprovalMode {

		/** One approver of the approving unit. */
		SINGLE,
		/** 会签: every panel member approves; one refusal or return decides at once. */
		ALL,
		/** 或签: the first panel member to act decides. */
		ANY

	}

	/** {@link #VAR_REJECTION_NOTICE_DECISION}, set on {@link #TASK_REJECTION_NOTICE}. */
	public enum RejectionNoticeDecision {

		/** 已送达. */
		SERVED

	}

}
