package org.minzheng.flow.processes.aid;

/**
 * Names shared by {@value #RESOURCE}, its process test and the server's beans: a timer
 * start event that every weekday morning asks the server to draw last month's spot-check
 * sample of every district with entrusted streets; the server draws on the first working
 * day of the month (or the first run after it) and once per district and month.
 */
public final class AidSpotCheckScheduleProcess {

	public static final String PROCESS_KEY = "AidSpotCheckScheduleProcess";

	public static final String RESOURCE = "bpmn/aid/aid-spot-check-schedule.bpmn";

	public static final String BEAN_DRAW_SPOT_CHECKS = "aidDrawSpotChecksDelegate";

	public static final String START_EVENT_MORNING = "StartEvent_SpotCheckMorning";

	public static final String SERVICE_TASK_DRAW = "ServiceTask_DrawSpotChecks";

	public static final String END_EVENT_DRAWN = "EndEvent_SpotChecksDrawn";

	private AidSpotCheckScheduleProcess() {
	}

}
