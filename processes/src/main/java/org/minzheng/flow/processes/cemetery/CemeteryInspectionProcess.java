package org.minzheng.flow.processes.cemetery;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 经营性公墓年检 of one cemetery: self-inspection by the operator, document review, on-site
 * inspection against the checklist, findings, rectification and re-inspection, result; a
 * result of 限期整改 opens one further round (rectification, re-inspection, a final 合格 or 不合格
 * by the district's approver); an unqualified cemetery is reported to the credit platform
 * and referred, one task each, to the bodies competent for what failed (market regulation
 * for prices and sales, urban management for land, the street office for on-site safety,
 * the district's joint-enforcement group for the rest).
 *
 * <p>
 * Variables are ids and codes only; the report, the checklist answers, opinions and
 * photos live in the server's tables. Time limits are {@code slaWorkingDays} properties
 * in the BPMN (the rectification deadline is {@link #TASK_RECTIFICATION}'s).
 */
public final class CemeteryInspectionProcess {

	public static final String PROCESS_KEY = "CemeteryInspectionProcess";

	public static final String RESOURCE = "bpmn/cemetery/cemetery-inspection.bpmn";

	/**
	 * Process property: working days the operator has to rectify, counted from the
	 * rectification order; equal to {@link #TASK_RECTIFICATION}'s {@code slaWorkingDays}.
	 */
	public static final String PROPERTY_RECTIFICATION_WORKING_DAYS = "rectificationWorkingDays";

	/**
	 * Process property: working days of the further rectification period when the result
	 * is {@link ResultDecision#RECTIFY_PENDING}.
	 */
	public static final String PROPERTY_PENDING_RECTIFICATION_WORKING_DAYS = "pendingRectificationWorkingDays";

	/**
	 * Process version (camunda:versionTag) whose limits end a campaign before Qingming.
	 */
	public static final String VERSION_TAG = "2027.1";

	// ---- variables passed in by the campaign (business key = inspection number) ----

	/** Long: the inspection's id in the server's tables. */
	public static final String VAR_INSPECTION_ID = "inspectionId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	// ---- written by ServiceTask_PrepareInspection ----

	/** The operator's external org unit ({@code CEM-OP-0001}). */
	public static final String VAR_OPERATOR_UNIT_CODE = "operatorUnitCode";

	/**
	 * The district's joint-enforcement unit ({@code CEM-EN-440308}); inside
	 * {@link #TASK_JOINT_ENFORCEMENT} the element variable: the body of that instance.
	 */
	public static final String VAR_ENFORCEMENT_UNIT_CODE = "enforcementUnitCode";

	// ---- decisions (form codes) ----

	public static final String VAR_SELF_INSPECTION_DECISION = "selfInspectionDecision";

	public static final String VAR_DOCUMENT_REVIEW_DECISION = "documentReviewDecision";

	public static final String VAR_ON_SITE_DECISION = "onSiteDecision";

	public static final String VAR_FINDINGS_DECISION = "findingsDecision";

	public static final String VAR_RECTIFICATION_DECISION = "rectificationDecision";

	public static final String VAR_RE_INSPECTION_DECISION = "reInspectionDecision";

	public static final String VAR_RESULT_DECISION = "resultDecision";

	public static final String VAR_FINAL_RESULT_DECISION = "finalResultDecision";

	public static final String VAR_ENFORCEMENT_DECISION = "enforcementDecision";

	/** Free text of every form: stored by the server, never an engine variable. */
	public static final String FIELD_OPINION = "opinion";

	// ---- beans ----

	public static final String BEAN_PREPARE_INSPECTION = "cemeteryPrepareInspectionDelegate";

	public static final String BEAN_REPORT_CREDIT = "cemeteryReportCreditDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = "cemeteryEscalateOverdueDelegate";

	/** Records which bodies an unqualified cemetery is referred to. */
	public static final String BEAN_ROUTE_ENFORCEMENT = "cemeteryRouteEnforcementDelegate";

	/**
	 * {@code ${cemeteryEnforcement.bodies(execution)}}: the unit codes the inspection was
	 * referred to, the collection of the multi-instance {@link #TASK_JOINT_ENFORCEMENT}.
	 */
	public static final String BEAN_ENFORCEMENT = "cemeteryEnforcement";

	/**
	 * End listener of every closing end event (shared by the three cemetery processes).
	 */
	public static final String BEAN_CASE_CLOSED_LISTENER = "cemeteryCaseClosedListener";

	// ---- forms ----

	public static final String FORM_SELF_INSPECTION = "cemetery-self-inspection";

	public static final String FORM_DOCUMENT_REVIEW = "cemetery-document-review";

	public static final String FORM_ON_SITE_INSPECTION = "cemetery-on-site-inspection";

	public static final String FORM_FINDINGS = "cemetery-findings";

	public static final String FORM_RECTIFICATION = "cemetery-rectification";

	public static final String FORM_RE_INSPECTION = "cemetery-re-inspection";

	public static final String FORM_RESULT = "cemetery-result";

	public static final String FORM_FINAL_RESULT = "cemetery-final-result";

	public static final String FORM_JOINT_ENFORCEMENT = "cemetery-joint-enforcement";

	// ---- elements ----

	public static final String START_EVENT_INSPECTION_OPENED = "StartEvent_InspectionOpened";

	public static final String SERVICE_TASK_PREPARE_INSPECTION = "ServiceTask_PrepareInspection";

	public static final String TASK_SELF_INSPECTION = "Task_SelfInspection";

	public static final String TASK_DOCUMENT_REVIEW = "Task_DocumentReview";

	public static final String TASK_ON_SITE_INSPECTION = "Task_OnSiteInspection";

	public static final String TASK_FINDINGS = "Task_Findings";

	public static final String TASK_RECTIFICATION = "Task_Rectification";

	public static final String TASK_RE_INSPECTION = "Task_ReInspection";

	public static final String TASK_RESULT = "Task_Result";

	public static final String TASK_FOLLOW_UP_RECTIFICATION = "Task_FollowUpRectification";

	public static final String TASK_FOLLOW_UP_RE_INSPECTION = "Task_FollowUpReInspection";

	public static final String TASK_FINAL_RESULT = "Task_FinalResult";

	public static final String SERVICE_TASK_REPORT_CREDIT = "ServiceTask_ReportCredit";

	public static final String SERVICE_TASK_ROUTE_ENFORCEMENT = "ServiceTask_RouteEnforcement";

	public static final String TASK_JOINT_ENFORCEMENT = "Task_JointEnforcement";

	public static final String END_EVENT_QUALIFIED = "EndEvent_Qualified";

	/**
	 * Only in version 2026.1, where 限期整改 ended the process; instances of that version
	 * still end there.
	 */
	public static final String END_EVENT_RECTIFICATION_PENDING = "EndEvent_RectificationPending";

	public static final String END_EVENT_UNQUALIFIED = "EndEvent_Unqualified";

	public static final String BOUNDARY_EVENT_SELF_INSPECTION_OVERDUE = "BoundaryEvent_SelfInspectionOverdue";

	public static final String SERVICE_TASK_ESCALATE_SELF_INSPECTION = "ServiceTask_EscalateSelfInspection";

	public static final String SERVICE_TASK_ESCALATE_RECTIFICATION = "ServiceTask_EscalateRectification";

	// Every user task X also has BoundaryEvent_XOverdue -> ServiceTask_EscalateX ->
	// EndEvent_XEscalated: see ProcessConventions.

	private CemeteryInspectionProcess() {
	}

	/** Candidate group of an external party: {@code cemetery-party@CEM-OP-0001}. */
	public static String partyGroup(String unitCode) {
		return "cemetery-party@" + unitCode;
	}

	/** {@link #VAR_SELF_INSPECTION_DECISION}. */
	public enum SelfInspectionDecision {

		/** 提交自查报告. */
		SUBMITTED

	}

	/** {@link #VAR_DOCUMENT_REVIEW_DECISION}. */
	public enum DocumentReviewDecision {

		/** 材料齐全，进入实地检查. */
		PASS,
		/** 退回经营单位补充自查（须写明理由）. */
		RETURN

	}

	/** {@link #VAR_ON_SITE_DECISION}. */
	public enum OnSiteDecision {

		/** 检查表已逐项填写. */
		DONE

	}

	/** {@link #VAR_FINDINGS_DECISION}. */
	public enum FindingsDecision {

		/** 合格. */
		QUALIFIED,
		/** 责令限期整改. */
		RECTIFY

	}

	/** {@link #VAR_RECTIFICATION_DECISION}. */
	public enum RectificationDecision {

		/** 提交整改报告. */
		SUBMITTED

	}

	/** {@link #VAR_RE_INSPECTION_DECISION}. */
	public enum ReInspectionDecision {

		/** 复查完成. */
		DONE

	}

	/** {@link #VAR_RESULT_DECISION}: the year's result. */
	public enum ResultDecision {

		/** 合格. */
		QUALIFIED,
		/**
		 * 限期整改: a further rectification period, then {@link #TASK_FINAL_RESULT} (in
		 * version 2026.1 the process ended here).
		 */
		RECTIFY_PENDING,
		/** 不合格: credit record and joint enforcement. */
		UNQUALIFIED

	}

	/**
	 * {@link #VAR_FINAL_RESULT_DECISION}: after the further period the result is final.
	 */
	public enum FinalResultDecision {

		/** 合格. */
		QUALIFIED,
		/** 不合格: credit record and referral to the competent bodies. */
		UNQUALIFIED

	}

	/** {@link #VAR_ENFORCEMENT_DECISION}. */
	public enum EnforcementDecision {

		/** 已立案查处. */
		CASE_OPENED,
		/** 已责令改正（不予立案）. */
		CORRECTION_ORDERED

	}

}
