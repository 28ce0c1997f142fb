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

	/** The server's campaign configuration (registrars, opening day, deadline). */
	public static final String BEAN_SCHEDULE = "socialorgAnnualCampaignSchedule";

	/**
	 * The timer's cycle: 01:05 on the first working day on or after the configured
	 * opening day ({@code minzheng.socialorg.annual-report.open-on}), from the
	 * working-day schedule. Read when the model is deployed and again when the timer is
	 * due.
	 */
	public static final String TIMER_CYCLE = org.minzheng.flow.processes.ProcessConventions
		.workingDayYearly(org.minzheng.flow.processes.ProcessConventions.YEARLY_SOCIALORG_ANNUAL_CAMPAIGN, "01:05");

	public static final String BEAN_OPEN_CAMPAIGNS = "socialorgOpenAnnualCampaignsDelegate";

	public static final String BEAN_CASE_CLOSED_LISTENER = SocialOrgProcesses.BEAN_CASE_CLOSED_LISTENER;

	// ---- elements ----

	public static final String START_EVENT_OPENING_DAY = "StartEvent_OpeningDay";

	public static final String SERVICE_TASK_OPEN_CAMPAIGNS = "ServiceTask_OpenCampaigns";

	public static final String END_EVENT_CAMPAIGNS_OPENED = "EndEvent_CampaignsOpened";

	private SocialOrgAnnualCampaignProcess() {
	}

}
