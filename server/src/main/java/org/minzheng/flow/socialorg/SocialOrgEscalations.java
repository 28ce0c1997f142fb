package org.minzheng.flow.socialorg;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.NotificationService;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 超期督办 of socialorg tasks: the supervisors of the acting unit are told. */
@Service
public class SocialOrgEscalations {

	private final WorkItemService workItems;

	private final NotificationService notifications;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	SocialOrgEscalations(WorkItemService workItems, NotificationService notifications, OrgDirectory orgs,
			AuditTrail audit) {
		this.workItems = workItems;
		this.notifications = notifications;
		this.orgs = orgs;
		this.audit = audit;
	}

	@Transactional
	public void escalate(String processInstanceId, String businessKey, String taskKey) {
		for (WorkItem item : workItems.escalate(processInstanceId, taskKey)) {
			String message = "超期督办：" + item.caseRef() + " 的「" + item.taskName() + "」已超过办理时限，办理单位 "
					+ orgs.nameOf(item.orgUnitCode());
			notifications.notify("OVERDUE", Role.SUPERVISOR, item.orgUnitCode(), item.caseRef(), item.taskId(),
					message);
			audit.recordSystem(item.orgUnitCode(), businessKey, "TASK_ESCALATED", message, null);
		}
	}

}
