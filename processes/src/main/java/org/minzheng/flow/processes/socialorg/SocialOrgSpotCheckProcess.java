package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 双随机一公开 spot checks: one instance per drawn organisation.
 */
public final class SocialOrgSpotCheckProcess {

	public static final String PROCESS_KEY = "SocialOrgSpotCheckProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-spot-check.bpmn";

	// ---- start variables (business key = item number) ----

	public static final String VAR_ITEM_ID = "spotCheckItemId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	/** The accounting firm (an external org unit). */
	public static final String VAR_ACCOUNTING_FIRM_CODE = "accountingFirmCode";

	// ---- written by tasks ----

	public static final String VAR_AUDIT_RESULT = "auditResult";

	public static final String VAR_INSPECTION_RESULT = "inspectionResult";

	public static final String VAR_RECTIFICATION_RESULT = "rectificationResult";

	public static final String FIELD_FINDINGS = "findings";

	public static final String FIELD_OPINION = "opinion";

	// ---- messages ----

	public static final String MESSAGE_RECTIFICATION_REPORTED = "SocialorgRectificationReported";

	// ---- beans ----

	public static final String BEAN_ORDER_RECTIFICATION = "socialorgOrderRectificationDelegate";

	public static final String BEAN_LIST_NOT_RECTIFIED = "socialorgListNotRectifiedDelegate";

	// ---- forms ----

	public static final String FORM_FINANCIAL_AUDIT = "socialorg-financial-audit";

	public static final String FORM_INSPECTION = "socialorg-inspection";

	public static final String FORM_RECTIFICATION_REVIEW = "socialorg-rectification-review";

	// ---- elements ----

	public static final String TASK_FINANCIAL_AUDIT = "Task_FinancialAudit";

	public static final String TASK_INSPECTION = "Task_Inspection";

	public static final String END_EVENT_NO_FINDINGS = "EndEvent_NoFindings";

	public static final String SERVICE_TASK_ORDER_RECTIFICATION = "ServiceTask_OrderRectification";

	public static final String RECEIVE_TASK_AWAIT_RECTIFICATION = "ReceiveTask_AwaitRectification";

	public static final String BOUNDARY_EVENT_RECTIFICATION_EXPIRED = "BoundaryEvent_RectificationExpired";

	public static final String TASK_RECTIFICATION_REVIEW = "Task_RectificationReview";

	public static final String END_EVENT_RECTIFIED = "EndEvent_Rectified";

	public static final String SERVICE_TASK_LIST_NOT_RECTIFIED = "ServiceTask_ListNotRectified";

	public static final String END_EVENT_NOT_RECTIFIED = "EndEvent_NotRectified";

	private SocialOrgSpotCheckProcess() {
	}

	/** {@link #VAR_AUDIT_RESULT}. */
	public enum AuditResult {

		CLEAN, QUALIFIED

	}

	/** {@link #VAR_INSPECTION_RESULT}. */
	public enum InspectionResult {

		NO_FINDINGS, FINDINGS

	}

	/** {@link #VAR_RECTIFICATION_RESULT}. */
	public enum RectificationResult {

		RECTIFIED, NOT_RECTIFIED

	}

}
