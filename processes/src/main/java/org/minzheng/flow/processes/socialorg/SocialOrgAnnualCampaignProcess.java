package org.minzheng.flow.processes.socialorg;

/**
 * Names shared by {@value #RESOURCE}, its process test and the server's beans: a timer
 * start event (an engine job, so one node of a cluster runs it) that once a year, on the
 * configured opening day, opens the annual-report campaign
 * ({@link SocialOrgAnnualReportProcess}, one case per organisation) of every configured
 * registrar that has none for the year yet.
 */
public final class SocialOrgAnnualCampaignProcess {

	public static final String PROCESS_KEY = "SocialOrgAnnualCampaignProcess";

	public static final String RESOURCE = "bpmn/socialorg/socialorg-annual-campaign.bpmn";

	// ---- beans ----

	/**
	 * {@code ${socialorgAnnualCampaignSchedule.cycle()}}: the timer's cron cycle, from
	 * the server's configured opening day. Read when the model is deployed (and again
	 * when the timer is due), so the bean must not depend on the engine.
	 */
	public static final String BEAN_SCHEDULE = "socialorgAnnualCampaignSchedule";

	public static final String TIMER_CYCLE = "${" + BEAN_SCHEDULE + ".cycle()}";

	public static final String BEAN_OPEN_CAMPAIGNS = "socialorgOpenAnnualCampaignsDelegate";

	public static final String BEAN_CASE_CLOSED_LISTENER = SocialOrgProcesses.BEAN_CASE_CLOSED_LISTENER;

	// ---- elements ----

	public static final String START_EVENT_OPENING_DAY = "StartEvent_OpeningDay";

	public static final String SERVICE_TASK_OPEN_CAMPAIGNS = "ServiceTask_OpenCampaigns";

	public static final String END_EVENT_CAMPAIGNS_OPENED = "EndEvent_CampaignsOpened";

	private SocialOrgAnnualCampaignProcess() {
	}

}
