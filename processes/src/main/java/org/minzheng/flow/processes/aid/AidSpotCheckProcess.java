package org.minzheng.flow.processes.aid;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's beans: the
 * district's spot check of one decision a street took under entrustment. A district
 * reviewer confirms it or records a finding; a finding that corrects the decision goes to
 * the district approver, whose confirmation writes the correction.
 */
public final class AidSpotCheckProcess {

	public static final String PROCESS_KEY = "AidSpotCheckProcess";

	public static final String RESOURCE = "bpmn/aid/aid-spot-check.bpmn";

	/** The {@code aid_spot_check} row's id. */
	public static final String VAR_SPOT_CHECK_ID = "spotCheckId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	/** {@link Finding}, from the reviewer's form. */
	public static final String VAR_FINDING = "spotCheckFinding";

	/** {@link CorrectionDecision}, from the approver's form. */
	public static final String VAR_CORRECTION_DECISION = "correctionDecision";

	// ---- form data kept by the server ----

	public static final String FIELD_FINDING_KIND = "findingKind";

	public static final String FIELD_NOTE = "note";

	public static final String FIELD_CORRECTION = "correction";

	public static final String FIELD_ENDS_PAYMENT = "endsPayment";

	public static final String FIELD_OPINION = "opinion";

	// ---- beans ----

	public static final String BEAN_APPLY_CORRECTION = "aidApplySpotCheckCorrectionDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = AidApplicationProcess.BEAN_ESCALATE_OVERDUE;

	public static final String BEAN_CASE_CLOSED_LISTENER = AidApplicationProcess.BEAN_CASE_CLOSED_LISTENER;

	// ---- elements ----

	public static final String START_EVENT_DRAWN = "StartEvent_SpotCheckDrawn";

	public static final String TASK_REVIEW = "Task_SpotCheckReview";

	public static final String TASK_CORRECTION_APPROVAL = "Task_CorrectionApproval";

	public static final String SERVICE_TASK_APPLY_CORRECTION = "ServiceTask_ApplyCorrection";

	public static final String END_EVENT_CONFIRMED = "EndEvent_DecisionConfirmed";

	public static final String END_EVENT_FINDING = "EndEvent_FindingRecorded";

	public static final String END_EVENT_CORRECTED = "EndEvent_DecisionCorrected";

	public static final String END_EVENT_CORRECTION_DECLINED = "EndEvent_CorrectionDeclined";

	public static final String BOUNDARY_EVENT_REVIEW_OVERDUE = "BoundaryEvent_SpotCheckReviewOverdue";

	public static final String SERVICE_TASK_ESCALATE_REVIEW = "ServiceTask_EscalateSpotCheckReview";

	// ---- forms ----

	public static final String FORM_REVIEW = "aid-spot-check-review";

	public static final String FORM_CORRECTION = "aid-spot-check-correction";

	/** The reviewer's conclusion. */
	public enum Finding {

		/** The decision stands. */
		CONFIRMED,
		/** A finding, the decision stands (the street is told). */
		FINDING,
		/** A finding that corrects the decision: the district approver confirms. */
		CORRECTION

	}

	/** The district approver's answer to a proposed correction. */
	public enum CorrectionDecision {

		CONFIRM, DECLINE

	}

	private AidSpotCheckProcess() {
	}

}
