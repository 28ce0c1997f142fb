package org.minzheng.flow.inbox;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超期督办, the same for every chain: a task's timer fired, so its open work items are marked
 * escalated, the supervisors are told and the audit trail records it. Which supervisors
 * is the feature's choice: those of the unit handling the task, or those of the bureau
 * the case belongs to (when the handler is an external party or a street answering to
 * it). {@link SlaEscalations} takes it a level up if it stays undone.
 */
@Service
public class OverdueEscalations {

	private static final Logger log = LoggerFactory.getLogger(OverdueEscalations.class);

	private final WorkItemService workItems;

	private final NotificationService notifications;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	OverdueEscalations(WorkItemService workItems, NotificationService notifications, OrgDirectory orgs,
			AuditTrail audit) {
		this.workItems = workItems;
		this.notifications = notifications;
		this.orgs = orgs;
		this.audit = audit;
	}

	/** Escalates to the supervisors of the unit handling each overdue work item. */
	@Transactional
	public void escalate(String processInstanceId, String businessKey, String taskKey) {
		escalate(processInstanceId, businessKey, taskKey, null);
	}

	/**
	 * Escalates to the supervisors of {@code supervisingUnit}, or of the unit handling
	 * each work item when it is null. Items escalated before are not told again.
	 */
	@Transactional
	public void escalate(String processInstanceId, String businessKey, String taskKey, String supervisingUnit) {
		for (WorkItem item : workItems.escalate(processInstanceId, taskKey)) {
			String unit = supervisingUnit != null ? supervisingUnit : item.orgUnitCode();
			String message = "超期督办：" + item.caseRef() + " 的「" + item.taskName() + "」已超过办理时限（" + item.dueAt() + "），办理单位 "
					+ orgs.nameOf(item.orgUnitCode());
			notifications.notify("OVERDUE", item.line(), Role.SUPERVISOR, unit, item.caseRef(), item.taskId(), message);
			audit.recordSystem(unit, businessKey, "TASK_ESCALATED", message, null);
			log.info("[{}] {} overdue, escalated to the supervisors of {}", businessKey, taskKey, unit);
		}
	}

}
