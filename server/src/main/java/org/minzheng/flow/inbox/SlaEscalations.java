package org.minzheng.flow.inbox;

import java.time.Clock;
import java.time.Instant;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA steps around a task's own overdue timer (which the BPMN fires, escalating to
 * the supervisors of the acting unit): a reminder to the handler a configurable number of
 * working days before the due date, and a second level to the supervisors of the unit
 * above once an escalation has stood for a further number of working days. Each is sent
 * once per work item: the compare-and-set on the item keeps several nodes from sending
 * twice.
 */
@Service
public class SlaEscalations {

	private static final Logger log = LoggerFactory.getLogger(SlaEscalations.class);

	private final WorkItemMapper items;

	private final NotificationService notifications;

	private final WorkingDayCalendar calendar;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int nearDueWorkingDays;

	private final int secondLevelAfterWorkingDays;

	SlaEscalations(WorkItemMapper items, NotificationService notifications, WorkingDayCalendar calendar,
			OrgDirectory orgs, AuditTrail audit, TransactionTemplate transactions, Clock clock,
			@Value("${minzheng.sla.near-due-working-days:1}") int nearDueWorkingDays,
			@Value("${minzheng.sla.second-level-after-working-days:2}") int secondLevelAfterWorkingDays) {
		this.items = items;
		this.notifications = notifications;
		this.calendar = calendar;
		this.orgs = orgs;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.nearDueWorkingDays = nearDueWorkingDays;
		this.secondLevelAfterWorkingDays = secondLevelAfterWorkingDays;
	}

	@Scheduled(fixedDelayString = "${minzheng.sla.scan-interval:PT1M}")
	public void scan() {
		remindNearDue();
		escalateAgain();
	}

	/** 超期预警: the handler (or the offered group) hears that the due date is near. */
	void remindNearDue() {
		Instant now = clock.instant();
		for (WorkItem item : items.nearDue(now, calendar.addWorkingDays(now, nearDueWorkingDays))) {
			transactions.executeWithoutResult(status -> {
				if (items.markNearDue(item.taskId(), now) == 0) {
					return;
				}
				String message = "临期预警：" + item.caseRef() + " 的「" + item.taskName() + "」将于 " + item.dueAt() + " 到期";
				if (item.assignee() != null) {
					notifications.notifyUser("NEAR_DUE", item.assignee(), item.orgUnitCode(), item.caseRef(),
							item.taskId(), message);
				}
				else {
					items.groupsOf(item.taskId())
						.forEach(group -> Role.ofGroup(group)
							.ifPresent(role -> notifications.notify("NEAR_DUE", item.line(), role, item.orgUnitCode(),
									item.caseRef(), item.taskId(), message)));
				}
				audit.recordSystem(item.orgUnitCode(), item.caseRef(), "TASK_NEAR_DUE", message, null);
			});
		}
	}

	/**
	 * The second level: an escalation left standing goes to the supervisors of the unit
	 * above.
	 */
	void escalateAgain() {
		Instant now = clock.instant();
		for (WorkItem item : items.escalatedBefore(now)) {
			if (calendar.addWorkingDays(item.escalatedAt(), secondLevelAfterWorkingDays).isAfter(now)) {
				continue;
			}
			String above = orgs.find(item.orgUnitCode())
				.map(OrgUnit::parentCode)
				.filter(code -> code != null)
				.orElse(item.orgUnitCode());
			transactions.executeWithoutResult(status -> {
				if (items.markEscalatedAgain(item.taskId(), now) == 0) {
					return;
				}
				String message = "二级督办：" + item.caseRef() + " 的「" + item.taskName() + "」超期督办后 "
						+ secondLevelAfterWorkingDays + " 个工作日仍未办理，办理单位 " + orgs.nameOf(item.orgUnitCode());
				notifications.notify("OVERDUE_SECOND_LEVEL", item.line(), Role.SUPERVISOR, above, item.caseRef(),
						item.taskId(), message);
				audit.recordSystem(above, item.caseRef(), "TASK_ESCALATED_SECOND_LEVEL", message, null);
				log.info("[{}] {} escalated to the supervisors of {}", item.caseRef(), item.taskKey(), above);
			});
		}
	}

}
