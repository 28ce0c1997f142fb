package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.NotificationService;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The total limit of a case as alarms on its current deadline ({@code deadline_date}, set
 * at acceptance and moved once by an extension): reminders at 09:00 Beijing time on the
 * working days the process version names before the deadline, to the street's supervisors
 * and the holders of the open tasks; at 00:00 after the deadline the breach, escalated to
 * the district's supervisors. Each is sent once per deadline and recorded in the audit
 * trail. Nothing is due once the case is decided.
 */
@Service
public class AidTotalLimits {

	static final String BREACH = "BREACH";

	static final String REMINDER = "REMINDER_";

	private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

	private final AidMapper aid;

	private final AidTotalLimitMapper alarms;

	private final WorkingDayCalendar calendar;

	private final NotificationService notifications;

	private final WorkItemService workItems;

	private final org.minzheng.flow.org.OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	AidTotalLimits(AidMapper aid, AidTotalLimitMapper alarms, WorkingDayCalendar calendar,
			NotificationService notifications, WorkItemService workItems, org.minzheng.flow.org.OrgDirectory orgs,
			AuditTrail audit, Clock clock) {
		this.aid = aid;
		this.alarms = alarms;
		this.calendar = calendar;
		this.notifications = notifications;
		this.workItems = workItems;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** One alarm on a deadline. */
	record Alarm(String kind, int workingDaysBefore, Instant at) {
	}

	/** The total limit runs from acceptance. */
	@Transactional
	public void started(long applicationId) {
		AidApplication application = aid.findById(applicationId);
		audit.recordSystem(application.competentStreetCode(), application.applicationNo(), "AID_TOTAL_LIMIT_STARTED",
				"办理总时限自受理起计算，办理期限 " + application.deadlineDate(), null);
	}

	/**
	 * When the next alarm not yet sent is due, or empty when there is none (the case is
	 * decided, or its breach was escalated).
	 * @param reminderDays the working days before the deadline to remind at
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> nextAlarm(long applicationId, List<Integer> reminderDays) {
		AidApplication application = aid.findById(applicationId);
		if (application.decidedAt() != null || application.closedAt() != null || application.deadlineDate() == null) {
			return Optional.empty();
		}
		Set<String> sent = sentFor(applicationId, application.deadlineDate());
		return alarms(application.deadlineDate(), reminderDays).stream()
			.filter(a -> !sent.contains(a.kind()))
			.map(Alarm::at)
			.min(Comparator.naturalOrder());
	}

	/**
	 * Sends the alarms that are due and not yet sent (a reminder overtaken by the breach
	 * is recorded but not sent).
	 * @return whether an alarm is still ahead
	 */
	@Transactional
	public boolean alarm(long applicationId, List<Integer> reminderDays) {
		AidApplication application = aid.findById(applicationId);
		LocalDate deadline = application.deadlineDate();
		if (application.decidedAt() != null || application.closedAt() != null || deadline == null) {
			return false;
		}
		Instant now = clock.instant();
		Set<String> sent = sentFor(applicationId, deadline);
		List<Alarm> due = alarms(deadline, reminderDays).stream()
			.filter(a -> !sent.contains(a.kind()) && !a.at().isAfter(now))
			.toList();
		boolean breached = due.stream().anyMatch(a -> BREACH.equals(a.kind()));
		for (Alarm alarm : due) {
			if (alarms.markSent(applicationId, deadline, alarm.kind(), now) == 0) {
				continue;
			}
			if (BREACH.equals(alarm.kind())) {
				breach(application, deadline);
			}
			else if (!breached && due.stream().noneMatch(a -> a.workingDaysBefore() < alarm.workingDaysBefore())) {
				remind(application, deadline, alarm.workingDaysBefore());
			}
		}
		return nextAlarm(applicationId, reminderDays).isPresent();
	}

	/**
	 * A process version's {@code totalLimitReminderWorkingDays} ({@code 5,2}) as numbers;
	 * none for null.
	 * @throws IllegalStateException for a value that is not a list of whole numbers (a
	 * model error)
	 */
	public static List<Integer> reminderDays(String property) {
		if (property == null) {
			return List.of();
		}
		try {
			return java.util.Arrays.stream(property.split(","))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(Integer::valueOf)
				.toList();
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException(
					"totalLimitReminderWorkingDays='" + property + "' is not a list of whole numbers");
		}
	}

	/** The alarms sent for a case (for the case page). */
	@Transactional(readOnly = true)
	public List<AidTotalLimitMapper.Sent> sent(long applicationId) {
		return alarms.sent(applicationId);
	}

	List<Alarm> alarms(LocalDate deadline, List<Integer> reminderDays) {
		List<Alarm> result = new ArrayList<>();
		for (int days : reminderDays) {
			result.add(new Alarm(REMINDER + days, days,
					workingDaysBefore(deadline, days).atTime(REMINDER_TIME)
						.atZone(WorkingDayCalendar.ZONE)
						.toInstant()));
		}
		result.add(new Alarm(BREACH, 0, deadline.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant()));
		return result;
	}

	/** The working day {@code n} working days before {@code deadline}. */
	LocalDate workingDaysBefore(LocalDate deadline, int n) {
		LocalDate day = deadline;
		while (calendar.workingDaysBetween(day, deadline) < n || !calendar.isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	private Set<String> sentFor(long applicationId, LocalDate deadline) {
		return alarms.sent(applicationId)
			.stream()
			.filter(s -> s.deadlineDate().equals(deadline))
			.map(AidTotalLimitMapper.Sent::kind)
			.collect(Collectors.toSet());
	}

	private void remind(AidApplication application, LocalDate deadline, int days) {
		String no = application.applicationNo();
		String message = "办理时限提醒：" + no + " 距办理期限（" + deadline + "）还有 " + days + " 个工作日";
		notifications.notify("DEADLINE", BusinessLine.AID, Role.SUPERVISOR, application.competentStreetCode(), no, null,
				message);
		for (WorkItem item : workItems.forProcessInstance(application.processInstanceId())) {
			if (item.assignee() != null) {
				notifications.notifyUser("DEADLINE", item.assignee(), item.orgUnitCode(), no, item.taskId(), message);
			}
			else {
				groupRole(item.candidateGroups()).ifPresent(role -> notifications.notify("DEADLINE", BusinessLine.AID,
						role, item.orgUnitCode(), no, item.taskId(), message));
			}
		}
		audit.recordSystem(application.competentStreetCode(), no, "AID_TOTAL_LIMIT_REMINDED", message, null);
	}

	private void breach(AidApplication application, LocalDate deadline) {
		String no = application.applicationNo();
		String message = "超期督办：" + no + " 已超过办理期限（" + deadline + "）仍未作出决定，属地街道 "
				+ orgs.nameOf(application.competentStreetCode());
		notifications.notify("OVERDUE", BusinessLine.AID, Role.SUPERVISOR, application.districtCode(), no, null,
				message);
		audit.recordSystem(application.districtCode(), no, "AID_TOTAL_LIMIT_BREACHED", message, null);
	}

	/** {@code aid-clerk@440308001} → CLERK. */
	private static Optional<Role> groupRole(String candidateGroups) {
		if (candidateGroups == null || !candidateGroups.contains("@")) {
			return Optional.empty();
		}
		String group = candidateGroups.split(",")[0].strip();
		String name = group.substring(0, group.indexOf('@'));
		try {
			return Optional.of(Role.valueOf(name.substring(name.lastIndexOf('-') + 1).toUpperCase()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
