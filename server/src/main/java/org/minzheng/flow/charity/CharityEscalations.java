package org.minzheng.flow.charity;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.NotificationService;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超期督办 of charity tasks: the work item is marked and the supervisors of the bureau the
 * case belongs to are told (for a trustee's overdue supplement too, since the trustee
 * answers to that bureau).
 */
@Service
public class CharityEscalations {

	private static final Logger log = LoggerFactory.getLogger(CharityEscalations.class);

	private final WorkItemService workItems;

	private final NotificationService notifications;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	CharityEscalations(WorkItemService workItems, NotificationService notifications, OrgDirectory orgs,
			AuditTrail audit) {
		this.workItems = workItems;
		this.notifications = notifications;
		this.orgs = orgs;
		this.audit = audit;
	}

	/** Escalates the overdue task of the case to the supervisors of the registrar. */
	@Transactional
	public void escalate(String processInstanceId, String businessKey, String taskKey, String registrarCode) {
		for (WorkItem item : workItems.escalate(processInstanceId, taskKey)) {
			String message = "超期督办：" + item.caseRef() + " 的「" + item.taskName() + "」已超过办理时限（" + item.dueAt() + "），办理单位 "
					+ orgs.nameOf(item.orgUnitCode());
			notifications.notify("OVERDUE", Role.SUPERVISOR, registrarCode, item.caseRef(), item.taskId(), message);
			audit.recordSystem(registrarCode, businessKey, "TASK_ESCALATED", message, null);
			log.info("[{}] {} overdue, escalated to the supervisors of {}", businessKey, taskKey, registrarCode);
		}
	}

}
