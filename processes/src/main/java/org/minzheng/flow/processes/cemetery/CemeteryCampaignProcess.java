package org.minzheng.flow.processes.cemetery;

/**
 * Names shared by {@value #RESOURCE} (a district's yearly campaign: one
 * {@link CemeteryInspectionProcess} per commercial cemetery, then the district's summary
 * and the city's review) and {@value #SCHEDULE_RESOURCE} (the timer that opens the
 * campaigns before Qingming).
 */
public final class CemeteryCampaignProcess {

	public static final String PROCESS_KEY = "CemeteryCampaignProcess";

	public static final String RESOURCE = "bpmn/cemetery/cemetery-campaign.bpmn";

	public static final String SCHEDULE_PROCESS_KEY = "CemeteryCampaignScheduleProcess";

	public static final String SCHEDULE_RESOURCE = "bpmn/cemetery/cemetery-campaign-schedule.bpmn";

	// ---- start variables (business key = campaign number) ----

	/** Long: the campaign's id. */
	public static final String VAR_CAMPAIGN_ID = "campaignId";

	public static final String VAR_DISTRICT_CODE = "districtCode";

	public static final String VAR_CITY_CODE = "cityCode";

	/** Element variable of the multi-instance call activity. */
	public static final String VAR_INSPECTION_ID = CemeteryInspectionProcess.VAR_INSPECTION_ID;

	public static final String VAR_SUMMARY_DECISION = "summaryDecision";

	public static final String VAR_CITY_REVIEW_DECISION = "cityReviewDecision";

	public static final String FIELD_OPINION = "opinion";

	// ---- beans ----

	/**
	 * {@code ${cemeteryInspections.ids(execution)}}: the inspections of the campaign;
	 * {@code ${cemeteryInspections.numberOf(inspectionId)}}: a child's business key.
	 */
	public static final String BEAN_INSPECTIONS = "cemeteryInspections";

	public static final String BEAN_COMPILE_SUMMARY = "cemeteryCompileSummaryDelegate";

	public static final String BEAN_PUBLISH_RESULTS = "cemeteryPublishResultsDelegate";

	public static final String BEAN_OPEN_CAMPAIGNS = "cemeteryOpenCampaignsDelegate";

	public static final String BEAN_ESCALATE_OVERDUE = CemeteryInspectionProcess.BEAN_ESCALATE_OVERDUE;

	public static final String BEAN_CASE_CLOSED_LISTENER = CemeteryInspectionProcess.BEAN_CASE_CLOSED_LISTENER;

	// ---- forms ----

	public static final String FORM_DISTRICT_SUMMARY = "cemetery-district-summary";

	public static final String FORM_CITY_REVIEW = "cemetery-city-review";

	// ---- elements ----

	public static final String START_EVENT_CAMPAIGN_OPENED = "StartEvent_CampaignOpened";

	public static final String CALL_ACTIVITY_INSPECTIONS = "CallActivity_Inspections";

	public static final String SERVICE_TASK_COMPILE_SUMMARY = "ServiceTask_CompileSummary";

	public static final String TASK_DISTRICT_SUMMARY = "Task_DistrictSummary";

	public static final String TASK_CITY_REVIEW = "Task_CityReview";

	public static final String SERVICE_TASK_PUBLISH_RESULTS = "ServiceTask_PublishResults";

	public static final String END_EVENT_CAMPAIGN_CLOSED = "EndEvent_CampaignClosed";

	public static final String START_EVENT_BEFORE_QINGMING = "StartEvent_BeforeQingming";

	public static final String SERVICE_TASK_OPEN_CAMPAIGNS = "ServiceTask_OpenCampaigns";

	public static final String END_EVENT_CAMPAIGNS_OPENED = "EndEvent_CampaignsOpened";

	private CemeteryCampaignProcess() {
	}

	/** {@link #VAR_SUMMARY_DECISION}. */
	public enum SummaryDecision {

		/** 汇总上报市局. */
		SUBMIT

	}

	/** {@link #VAR_CITY_REVIEW_DECISION}. */
	public enum CityReviewDecision {

		/** 审核通过，公布结果. */
		ACCEPT,
		/** 退回区局重报（须写明理由）. */
		RETURN

	}

}
