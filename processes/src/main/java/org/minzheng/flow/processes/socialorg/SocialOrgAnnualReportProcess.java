package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 社会组织年度报告: one instance per organisation and campaign.
 */
public final class SocialOrgAnnualReportProcess {

	public static final String PROCESS_KEY = "SocialOrgAnnualReportProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-annual-report.bpmn";

	// ---- start variables (business key = report number) ----

	public static final String VAR_REPORT_ID = "reportId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	public static final String VAR_MANAGEMENT_MODE = "managementMode";

	public static final String VAR_SUPERVISORY_UNIT_CODE = "supervisoryUnitCode";

	// ---- written by tasks ----

	public static final String VAR_PRE_REVIEW_DECISION = "preReviewDecision";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String FIELD_OPINION = "opinion";

	// ---- messages ----

	public static final String MESSAGE_REPORT_SUBMITTED = "SocialorgAnnualReportSubmitted";

	public static final String MESSAGE_REPORT_CORRECTED = "SocialorgAnnualReportCorrected";

	/**
	 * Sent by the campaign on its reminder day to every case still waiting (the dates are
	 * the campaign's, not limits of this process, so no timer carries them).
	 */
	public static final String MESSAGE_REMINDER_DUE = "SocialorgAnnualReportReminderDue";

	/** Sent by the campaign once its deadline has passed to every case still waiting. */
	public static final String MESSAGE_DEADLINE_PASSED = "SocialorgAnnualReportDeadlinePassed";

	// ---- beans ----

	public static final String BEAN_SEND_REMINDER = "socialorgSendReportReminderDelegate";

	public static final String BEAN_LIST_NOT_REPORTED = "socialorgListNotReportedDelegate";

	public static final String BEAN_RECORD_ACCEPTED = "socialorgRecordReportAcceptedDelegate";

	public static final String BEAN_ORDER_CORRECTION = "socialorgOrderReportCorrectionDelegate";

	public static final String BEAN_LIST_NOT_CORRECTED = "socialorgListNotCorrectedDelegate";

	// ---- forms ----

	public static final String FORM_PRE_REVIEW = "socialorg-annual-pre-review";

	public static final String FORM_REVIEW = "socialorg-annual-review";

	// ---- elements ----

	public static final String RECEIVE_TASK_AWAIT_REPORT = "ReceiveTask_AwaitReport";

	public static final String BOUNDARY_EVENT_REMINDER = "BoundaryEvent_Reminder";

	public static final String SERVICE_TASK_SEND_REMINDER = "ServiceTask_SendReminder";

	public static final String END_EVENT_REMINDED = "EndEvent_Reminded";

	public static final String BOUNDARY_EVENT_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";

	public static final String SERVICE_TASK_LIST_NOT_REPORTED = "ServiceTask_ListNotReported";

	public static final String END_EVENT_LISTED_NOT_REPORTED = "EndEvent_ListedNotReported";

	public static final String TASK_PRE_REVIEW = "Task_PreReview";

	public static final String TASK_REGISTRAR_REVIEW = "Task_RegistrarReview";

	public static final String SERVICE_TASK_RECORD_ACCEPTED = "ServiceTask_RecordAccepted";

	public static final String END_EVENT_ACCEPTED = "EndEvent_Accepted";

	public static final String SERVICE_TASK_ORDER_CORRECTION = "ServiceTask_OrderCorrection";

	public static final String RECEIVE_TASK_AWAIT_CORRECTION = "ReceiveTask_AwaitCorrection";

	public static final String BOUNDARY_EVENT_CORRECTION_EXPIRED = "BoundaryEvent_CorrectionExpired";

	public static final String SERVICE_TASK_LIST_NOT_CORRECTED = "ServiceTask_ListNotCorrected";

	public static final String END_EVENT_NOT_CORRECTED = "EndEvent_NotCorrected";

	private SocialOrgAnnualReportProcess() {
	}

	/** {@link #VAR_PRE_REVIEW_DECISION}. */
	public enum PreReviewDecision {

		/** 同意报送. */
		AGREE,
		/** 有异议 (recorded; the registrar decides). */
		DISAGREE

	}

	/** {@link #VAR_REVIEW_DECISION}. */
	public enum ReviewDecision {

		/** 通过. */
		ACCEPT,
		/** 责令限期改正. */
		CORRECT

	}

}
