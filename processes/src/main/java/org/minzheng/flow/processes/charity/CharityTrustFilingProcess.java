package org.minzheng.flow.processes.charity;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 慈善信托备案: one process for every kind of filing (initial, change, termination, annual
 * report); the server's {@code charity_trust_filing} row says which. A reviewer checks
 * and proposes, the approver signs the receipt, the supplement notice or the refusal.
 */
public final class CharityTrustFilingProcess {

	public static final String PROCESS_KEY = "CharityTrustFilingProcess";

	public static final String RESOURCE = "bpmn/charity/charity-trust-filing.bpmn";

	public static final String VAR_FILING_ID = "filingId";

	/** The bureau the trust is filed with. */
	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	/** The external unit of the trustee that filed: it answers a supplement request. */
	public static final String VAR_TRUSTEE_UNIT_CODE = "trusteeUnitCode";

	public static final String VAR_FILING_REVIEW_DECISION = "filingReviewDecision";

	/**
	 * {@link FilingReviewDecision}, set on {@link #TASK_FILING_DECISION}: what the
	 * approver signs; the gateway follows it, not the reviewer's proposal.
	 */
	public static final String VAR_FILING_DECISION = "filingDecision";

	public static final String VAR_SUPPLEMENT_DECISION = "supplementDecision";

	public static final String FIELD_NOTE = "note";

	public static final String BEAN_NOTIFY_SUPPLEMENT = "charityNotifyTrustSupplementDelegate";

	public static final String BEAN_ISSUE_RECEIPT = "charityIssueReceiptDelegate";

	public static final String FORM_FILING_REVIEW = "charity-trust-filing-review";

	public static final String FORM_FILING_DECISION = "charity-trust-filing-decision";

	public static final String FORM_SUPPLEMENT = "charity-trust-supplement";

	public static final String START_EVENT_FILING_SUBMITTED = "StartEvent_FilingSubmitted";

	public static final String TASK_FILING_REVIEW = "Task_FilingReview";

	/**
	 * The approver (section chief) signs the receipt, the supplement notice or the
	 * refusal.
	 */
	public static final String TASK_FILING_DECISION = "Task_FilingDecision";

	public static final String SERVICE_TASK_NOTIFY_SUPPLEMENT = "ServiceTask_NotifySupplement";

	public static final String TASK_SUPPLEMENT = "Task_Supplement";

	public static final String END_EVENT_NOT_FILED = "EndEvent_NotFiled";

	public static final String SERVICE_TASK_ISSUE_RECEIPT = "ServiceTask_IssueReceipt";

	public static final String END_EVENT_FILED = "EndEvent_Filed";

	private CharityTrustFilingProcess() {
	}

	/**
	 * {@link #VAR_FILING_REVIEW_DECISION}, proposed on {@link #TASK_FILING_REVIEW}, and
	 * {@link #VAR_FILING_DECISION}, signed on {@link #TASK_FILING_DECISION}.
	 */
	public enum FilingReviewDecision {

		/** 材料齐全，出具备案回执. */
		ACCEPT,
		/** 一次性告知补正 (once per filing). */
		SUPPLEMENT,
		/** 不予备案. */
		REJECT

	}

}
