package org.minzheng.flow.processes.aid;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's beans: the
 * periodic review (动态管理) of one beneficiary. The street investigates the household again,
 * its reviewer proposes an outcome, the approving unit (the district, or the street under
 * entrustment) decides: continue, adjust, phase out (渐退) or terminate; a termination
 * takes effect only after the written stop notice (书面告知) was served.
 */
public final class AidReviewProcess {

	public static final String PROCESS_KEY = "AidReviewProcess";

	public static final String RESOURCE = "bpmn/aid/aid-review.bpmn";

	/**
	 * Process-level property: the most months a phase-out (渐退) may pay on (at most 6 by
	 * the rules; a version may allow fewer).
	 */
	public static final String PROPERTY_PHASE_OUT_MAX_MONTHS = "phaseOutMaxMonths";

	// ---- variables (ids and codes only) ----

	/** The {@code aid_review} row's id. */
	public static final String VAR_REVIEW_ID = "reviewId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	/** The beneficiary's street: its clerks and reviewers work the case. */
	public static final String VAR_STREET_CODE = "streetCode";

	/** {@link InvestigationDecision}, from the investigation form. */
	public static final String VAR_INVESTIGATION_DECISION = "reviewInvestigationDecision";

	/** {@link Outcome} the street reviewer proposes. */
	public static final String VAR_PROPOSAL = "reviewProposal";

	/** {@link Outcome} (or RETURN) the approving unit decides. */
	public static final String VAR_OUTCOME = "reviewOutcome";

	/** {@link NoticeDecision}, from the stop-notice form. */
	public static final String VAR_STOP_NOTICE_DECISION = "stopNoticeDecision";

	/** Written by {@link #BEAN_RESOLVE_AUTHORITY}, as in the application. */
	public static final String VAR_APPROVER_GROUP = AidApplicationProcess.VAR_APPROVER_GROUP;

	public static final String VAR_APPROVING_ORG_UNIT_CODE = AidApplicationProcess.VAR_APPROVING_ORG_UNIT_CODE;

	public static final String VAR_ENTRUSTMENT_ID = AidApplicationProcess.VAR_ENTRUSTMENT_ID;

	// ---- form data kept by the server (never variables) ----

	public static final String FIELD_OPINION = "opinion";

	public static final String FIELD_HOUSEHOLD_INCOME = "householdIncomeYuan";

	public static final String FIELD_HOUSEHOLD_CHANGES = "householdChanges";

	public static final String FIELD_PHASE_OUT_MONTHS = "phaseOutMonths";

	public static final String FIELD_SERVED_ON = "servedOn";

	// ---- beans ----

	public static final String BEAN_RESOLVE_AUTHORITY = "aidResolveReviewAuthorityDelegate";

	public static final String BEAN_APPLY_OUTCOME = "aidApplyReviewOutcomeDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = AidApplicationProcess.BEAN_ESCALATE_OVERDUE;

	public static final String BEAN_CASE_CLOSED_LISTENER = AidApplicationProcess.BEAN_CASE_CLOSED_LISTENER;

	// ---- elements ----

	public static final String START_EVENT_REVIEW_DUE = "StartEvent_ReviewDue";

	public static final String TASK_INVESTIGATION = "Task_ReviewInvestigation";

	public static final String TASK_PROPOSAL = "Task_ReviewProposal";

	public static final String SERVICE_TASK_RESOLVE_AUTHORITY = "ServiceTask_ResolveReviewAuthority";

	public static final String TASK_DECISION = "Task_ReviewDecision";

	public static final String TASK_STOP_NOTICE = "Task_StopNotice";

	public static final String SERVICE_TASK_APPLY_OUTCOME = "ServiceTask_ApplyReviewOutcome";

	public static final String END_EVENT_CONCLUDED = "EndEvent_ReviewConcluded";

	public static final String BOUNDARY_EVENT_INVESTIGATION_OVERDUE = "BoundaryEvent_ReviewInvestigationOverdue";

	public static final String BOUNDARY_EVENT_STOP_NOTICE_OVERDUE = "BoundaryEvent_StopNoticeOverdue";

	public static final String SERVICE_TASK_ESCALATE_INVESTIGATION = "ServiceTask_EscalateReviewInvestigation";

	public static final String SERVICE_TASK_ESCALATE_STOP_NOTICE = "ServiceTask_EscalateStopNotice";

	// ---- forms ----

	public static final String FORM_INVESTIGATION = "aid-review-investigation";

	public static final String FORM_PROPOSAL = "aid-review-proposal";

	public static final String FORM_DECISION = "aid-review-decision";

	public static final String FORM_STOP_NOTICE = "aid-stop-notice";

	/** The investigation's answer. */
	public enum InvestigationDecision {

		DONE

	}

	/** What a review decides (and its reviewer proposes). */
	public enum Outcome {

		/** Payment goes on unchanged; the next review date moves on. */
		CONTINUE,
		/** A new household income: the amount changes from next month. */
		ADJUST,
		/** 渐退: payment continues for some months (at most 6), then ends. */
		PHASE_OUT,
		/** Payment stops this month, once the written notice was served. */
		TERMINATE,
		/** Decision only: back to the street's investigation. */
		RETURN

	}

	/** The stop notice's answer. */
	public enum NoticeDecision {

		SERVED

	}

	private AidReviewProcess() {
	}

}
