package org.minzheng.flow.processes.aid;

import org.minzheng.flow.processes.ProcessConventions;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 临时救助: 急难型 (paid at once from the street's reserve fund, regularised afterwards,
 * 先行救助、事后补办) and 支出型 (an expenditure-hardship household, approved before it is paid).
 *
 * <p>
 * Process variables carry ids and codes only. The regularisation limit is the process
 * property {@value #PROPERTY_REGULARISATION_LIMIT}; the step limits and the notice period
 * are element properties read by the {@code sla} bean (see {@link ProcessConventions}).
 */
public final class AidTemporaryAssistanceProcess {

	public static final String PROCESS_KEY = "AidTemporaryAssistanceProcess";

	public static final String RESOURCE = "bpmn/aid/aid-temporary.bpmn";

	/**
	 * Process property: working days from registration within which an emergency case
	 * paid in advance must be regularised (and any case handled).
	 */
	public static final String PROPERTY_REGULARISATION_LIMIT = "regularisationLimitWorkingDays";

	// ---- start variables (business key = case number) ----

	public static final String VAR_CASE_ID = "temporaryCaseId";

	/** {@link Kind} code. */
	public static final String VAR_KIND = "kind";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	public static final String VAR_STREET_CODE = "streetCode";

	/**
	 * Boolean: whether the case goes to public notice (false below the district's
	 * small-amount threshold; the case records why).
	 */
	public static final String VAR_NOTICE_REQUIRED = "noticeRequired";

	/**
	 * Date (emergency only): the end of the regularisation limit, registration plus
	 * {@value #PROPERTY_REGULARISATION_LIMIT} working days, computed by the server from
	 * the process property so that the timer and the case show the same day.
	 */
	public static final String VAR_REGULARISATION_DUE = "regularisationDue";

	// ---- variables written along the way ----

	public static final String VAR_MATERIAL_DECISION = "materialDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_APPROVAL_DECISION = "approvalDecision";

	/** Written by {@link #BEAN_RESOLVE_APPROVAL_AUTHORITY}. */
	public static final String VAR_APPROVER_GROUP = "approverGroup";

	/**
	 * Written by {@link #BEAN_RESOLVE_APPROVAL_AUTHORITY}: the street or the district.
	 */
	public static final String VAR_APPROVING_ORG_UNIT_CODE = "approvingOrgUnitCode";

	// ---- free-text form fields, kept by the server ----

	public static final String FIELD_OPINION = "opinion";

	public static final String FIELD_MATERIAL_NOTE = "materialNote";

	public static final String FIELD_RECOVERY_NOTE = "recoveryNote";

	// ---- messages ----

	public static final String MESSAGE_OBJECTION_RAISED = "AidTemporaryObjectionRaised";

	// ---- beans ----

	public static final String BEAN_PUBLISH_NOTICE = "aidTemporaryPublishNoticeDelegate";

	public static final String BEAN_RESOLVE_APPROVAL_AUTHORITY = "aidTemporaryResolveAuthorityDelegate";

	public static final String BEAN_CONFIRM_REGULARISED = "aidTemporaryConfirmRegularisedDelegate";

	public static final String BEAN_ISSUE_PAYMENT_INSTRUCTION = "aidTemporaryIssuePaymentDelegate";

	public static final String BEAN_RECORD_RECOVERY = "aidTemporaryRecordRecoveryDelegate";

	public static final String BEAN_RECORD_REJECTION = "aidTemporaryRecordRejectionDelegate";

	public static final String BEAN_REMIND_REGULARISATION = "aidTemporaryRemindRegularisationDelegate";

	/** Shared with {@link AidApplicationProcess}: 超期督办 of a user task. */
	public static final String BEAN_ESCALATE_OVERDUE = AidApplicationProcess.BEAN_ESCALATE_OVERDUE;

	/**
	 * Shared with {@link AidApplicationProcess} (one closed-listener bean per feature);
	 * it hands this process's end events on by process key.
	 */
	public static final String BEAN_CASE_CLOSED_LISTENER = AidApplicationProcess.BEAN_CASE_CLOSED_LISTENER;

	// ---- forms ----

	public static final String FORM_REGULARISATION_MATERIAL = "aid-temporary-material";

	public static final String FORM_REVIEW = "aid-temporary-review";

	public static final String FORM_APPROVAL = "aid-temporary-approval";

	// ---- elements ----

	public static final String START_EVENT_CASE_REGISTERED = "StartEvent_CaseRegistered";

	public static final String CATCH_EVENT_REGULARISATION_OVERDUE = "IntermediateCatchEvent_RegularisationOverdue";

	public static final String SERVICE_TASK_REMIND_REGULARISATION = "ServiceTask_RemindRegularisation";

	public static final String END_EVENT_OVERDUE_ESCALATED = "EndEvent_OverdueEscalated";

	public static final String GATEWAY_KIND = "Gateway_Kind";

	public static final String TASK_REGULARISATION_MATERIAL = "Task_RegularisationMaterial";

	public static final String TASK_REVIEW = "Task_Review";

	public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";

	public static final String GATEWAY_NOTICE_REQUIRED = "Gateway_NoticeRequired";

	public static final String SERVICE_TASK_PUBLISH_NOTICE = "ServiceTask_PublishNotice";

	public static final String GATEWAY_NOTICE_EVENTS = "Gateway_NoticeEvents";

	public static final String CATCH_EVENT_NOTICE_PERIOD_ENDED = "IntermediateCatchEvent_NoticePeriodEnded";

	public static final String CATCH_EVENT_OBJECTION_RAISED = "IntermediateCatchEvent_ObjectionRaised";

	public static final String SERVICE_TASK_RESOLVE_APPROVAL_AUTHORITY = "ServiceTask_ResolveApprovalAuthority";

	public static final String TASK_APPROVAL = "Task_Approval";

	public static final String SERVICE_TASK_CONFIRM_REGULARISED = "ServiceTask_ConfirmRegularised";

	public static final String SERVICE_TASK_ISSUE_PAYMENT_INSTRUCTION = "ServiceTask_IssuePaymentInstruction";

	public static final String SERVICE_TASK_RECORD_RECOVERY = "ServiceTask_RecordRecovery";

	public static final String SERVICE_TASK_RECORD_REJECTION = "ServiceTask_RecordRejection";

	public static final String END_EVENT_REGULARISED = "EndEvent_Regularised";

	public static final String END_EVENT_PAID = "EndEvent_Paid";

	public static final String END_EVENT_NOT_DUE = "EndEvent_NotDue";

	public static final String END_EVENT_REJECTED = "EndEvent_Rejected";

	private AidTemporaryAssistanceProcess() {
	}

	/** {@link #VAR_KIND}. */
	public enum Kind {

		/** 急难型: paid at once from the reserve fund, regularised afterwards. */
		EMERGENCY,
		/** 支出型: recognised as an expenditure-hardship household, paid after approval. */
		EXPENDITURE

	}

	/** {@link #VAR_MATERIAL_DECISION}, set on {@link #TASK_REGULARISATION_MATERIAL}. */
	public enum MaterialDecision {

		/** 材料已补齐. */
		COMPLETE

	}

	/** {@link #VAR_REVIEW_DECISION}, set on {@link #TASK_REVIEW}. */
	public enum ReviewDecision {

		/** 符合条件. */
		PASS,
		/** 不符合条件: the approving unit confirms (for 急难, the aid was not due). */
		NOT_DUE

	}

	/** {@link #VAR_APPROVAL_DECISION}, set on {@link #TASK_APPROVAL}. */
	public enum ApprovalDecision {

		/** 批准 (支出型) / 确认补办 (急难型). */
		APPROVE,
		/** 不予批准 (支出型) / 认定不应救助，记录追回 (急难型). */
		REJECT

	}

}
