package org.minzheng.flow.processes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conventions every process model follows, checked by {@code ModelConventionsTest} and
 * relied on by the server: SLA properties read by the {@value #BEAN_SLA} bean, the
 * overdue-escalation pattern of user tasks, registry calls marked
 * {@value #PROPERTY_REMOTE}, the separation of duties a process declares
 * ({@value #PROPERTY_SEPARATE_DUTIES}).
 */
public final class ProcessConventions {

	/**
	 * Days the engine keeps an ended instance's history
	 * ({@code camunda:historyTimeToLive} of every shipped process): six months, the time
	 * to bring an administrative suit against a decision (行政诉讼法 第四十六条; 行政复议 is 60 days),
	 * during which operators may still look at its incidents, failed jobs and decision
	 * evaluations. The legal record is ours and stays: the audit trail, task records, the
	 * case's tables and the archive of its path (case_path), which the case page and
	 * diagram read afterwards.
	 */
	public static final int ENGINE_HISTORY_DAYS = 180;

	/** Bean evaluated by due dates and SLA timers: {@value #SLA_DUE}. */
	public static final String BEAN_SLA = "sla";

	/**
	 * Due date of a user task, and time of its overdue timer: the limit of the element
	 * being entered.
	 */
	public static final String SLA_DUE = "${sla.due(execution)}";

	/**
	 * Bean that gives every timer start event its cycle: the next firing on a working day
	 * of the shipped calendar, {@value #WORKING_DAY_DAILY} or
	 * {@value #WORKING_DAY_YEARLY} (the engine reads the cycle when it deploys the model
	 * and again when the timer is due). A literal cron never fires on a working day only:
	 * it knows weekends, not holidays or 调休.
	 */
	public static final String BEAN_WORKING_DAY_SCHEDULE = "workingDaySchedule";

	/** Every working day at the time given ({@code HH:mm}). */
	public static final String WORKING_DAY_DAILY = "${workingDaySchedule.daily('HH:mm')}";

	/**
	 * Once a year at the time given, on the first working day on or after the configured
	 * day of the named yearly schedule ({@link #YEARLY_SCHEDULES}).
	 */
	public static final String WORKING_DAY_YEARLY = "${workingDaySchedule.yearly('name', 'HH:mm')}";

	/** Yearly schedule: the social organisations' annual-report campaign. */
	public static final String YEARLY_SOCIALORG_ANNUAL_CAMPAIGN = "socialorg-annual-campaign";

	/** Yearly schedule: the cemetery campaign before 清明. */
	public static final String YEARLY_CEMETERY_CAMPAIGN = "cemetery-campaign";

	/** Yearly schedule: the lottery outlets' yearly review. */
	public static final String YEARLY_LOTTERY_REVIEW = "lottery-yearly-review";

	/** The yearly schedules the server configures (the day of each is configuration). */
	public static final List<String> YEARLY_SCHEDULES = List.of(YEARLY_SOCIALORG_ANNUAL_CAMPAIGN,
			YEARLY_CEMETERY_CAMPAIGN, YEARLY_LOTTERY_REVIEW);

	/** {@code ${workingDaySchedule.daily('08:30')}}. */
	public static String workingDayDaily(String time) {
		return "${" + BEAN_WORKING_DAY_SCHEDULE + ".daily('" + time + "')}";
	}

	/** {@code ${workingDaySchedule.yearly('cemetery-campaign', '09:00')}}. */
	public static String workingDayYearly(String schedule, String time) {
		return "${" + BEAN_WORKING_DAY_SCHEDULE + ".yearly('" + schedule + "', '" + time + "')}";
	}

	/** Extension property on a user task or receive task: limit in working days (工作日). */
	public static final String PROPERTY_SLA_WORKING_DAYS = "slaWorkingDays";

	/**
	 * Extension property on a timer event: limit in calendar days (e.g. the 7-day public
	 * notice).
	 */
	public static final String PROPERTY_SLA_CALENDAR_DAYS = "slaCalendarDays";

	/** Extension property on the process: total limit of a case in working days. */
	public static final String PROPERTY_TOTAL_LIMIT_WORKING_DAYS = "totalLimitWorkingDays";

	/**
	 * Extension property on the process: total limit once extended (with a recorded
	 * reason).
	 */
	public static final String PROPERTY_EXTENDED_LIMIT_WORKING_DAYS = "extendedLimitWorkingDays";

	/**
	 * Extension property {@code remote=true} on a service task that calls an external
	 * registry.
	 */
	public static final String PROPERTY_REMOTE = "remote";

	/**
	 * Extension property on the process: user tasks (ids, comma-separated) that different
	 * people must do on one case (职责分离: 受理、审核、审批 by three people). A process may declare
	 * several groups: {@code separateDuties}, {@code separateDuties.2}, … (any suffix
	 * after a dot); a task may be in more than one group.
	 */
	public static final String PROPERTY_SEPARATE_DUTIES = "separateDuties";

	/**
	 * Extension property on every named element a diagram shows (events, gateways, tasks,
	 * sequence flows, sub-processes, call activities): its name in English, shown in
	 * place of the Chinese {@code name} when the workbench is in English. It lives in the
	 * model, so a process owner's change carries it and the change review lists it.
	 */
	public static final String PROPERTY_NAME_EN = "name@en";

	/**
	 * Process property: comma-separated ids of the waits of a watching branch (e.g. the
	 * total-limit timer that runs beside the case's steps). They do not count as another
	 * active step when a task is sent back or withdrawn, and they keep running.
	 */
	public static final String PROPERTY_BACKGROUND_ACTIVITIES = "backgroundActivities";

	/**
	 * Extension property on a user task: whether completing it asks for the handler's
	 * opinion (审批意见), one of {@value #OPINION_REQUIRED}, {@value #OPINION_OPTIONAL} (the
	 * default) and {@value #OPINION_NONE}. Set {@value #OPINION_REQUIRED} where a person
	 * decides (审核, 审批, 复核, 决定): the server refuses the completion without one.
	 */
	public static final String PROPERTY_OPINION = "opinion";

	/** {@value #PROPERTY_OPINION}: completing the task needs an opinion. */
	public static final String OPINION_REQUIRED = "required";

	/** {@value #PROPERTY_OPINION}: an opinion may be given (the default). */
	public static final String OPINION_OPTIONAL = "optional";

	/** {@value #PROPERTY_OPINION}: the task takes no opinion. */
	public static final String OPINION_NONE = "none";

	/** The values {@value #PROPERTY_OPINION} may take. */
	public static final List<String> OPINION_VALUES = List.of(OPINION_REQUIRED, OPINION_OPTIONAL, OPINION_NONE);

	/**
	 * Local variable (input parameter) of every escalation service task: the id (task
	 * definition key) of the user task that is overdue.
	 */
	public static final String VAR_OVERDUE_TASK_KEY = "overdueTaskKey";

	/**
	 * Bean name suffix of the listener on every case-closing end event:
	 * {@code aidCaseClosedListener}.
	 */
	public static final String CASE_CLOSED_LISTENER_SUFFIX = "CaseClosedListener";

	private static final String TASK_PREFIX = "Task_";

	private ProcessConventions() {
	}

	/**
	 * {@code Task_Approval} → {@code BoundaryEvent_ApprovalOverdue} (non-interrupting
	 * timer, 超期).
	 */
	public static String overdueBoundaryEventOf(String userTaskId) {
		return "BoundaryEvent_" + shortName(userTaskId) + "Overdue";
	}

	/**
	 * {@code Task_Approval} → {@code ServiceTask_EscalateApproval} (超期督办, asynchronous).
	 */
	public static String escalationTaskOf(String userTaskId) {
		return "ServiceTask_Escalate" + shortName(userTaskId);
	}

	/**
	 * {@code Task_Approval} → {@code EndEvent_ApprovalEscalated} (已督办): ends the
	 * escalation token only, so it carries no case-closed listener.
	 */
	public static String escalatedEndEventOf(String userTaskId) {
		return "EndEvent_" + shortName(userTaskId) + "Escalated";
	}

	/**
	 * The groups of user tasks the process declares for separation of duties, in the
	 * order of its properties.
	 * @param processProperties the process's extension properties by name
	 * @return each group's task ids (blank entries dropped, duplicates once), never
	 * {@code null}
	 */
	public static List<Set<String>> separateDuties(Map<String, String> processProperties) {
		List<Set<String>> groups = new ArrayList<>();
		processProperties.forEach((name, value) -> {
			if (isSeparateDuties(name) && value != null) {
				Set<String> group = new LinkedHashSet<>();
				Arrays.stream(value.split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(group::add);
				groups.add(group);
			}
		});
		return groups;
	}

	/**
	 * Whether a process property declares a group: {@value #PROPERTY_SEPARATE_DUTIES} or
	 * {@code separateDuties.<suffix>}.
	 */
	public static boolean isSeparateDuties(String propertyName) {
		return PROPERTY_SEPARATE_DUTIES.equals(propertyName)
				|| propertyName != null && propertyName.startsWith(PROPERTY_SEPARATE_DUTIES + ".")
						&& propertyName.length() > PROPERTY_SEPARATE_DUTIES.length() + 1;
	}

	private static String shortName(String userTaskId) {
		if (!userTaskId.startsWith(TASK_PREFIX)) {
			throw new IllegalArgumentException("not a user task id: " + userTaskId);
		}
		return userTaskId.substring(TASK_PREFIX.length());
	}

}
