package org.minzheng.flow.inbox;

import java.util.List;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans added to a case from one of its tasks, whatever the chain: the task page's
 * material (补齐的材料 of a temporary-assistance regularisation, a review's evidence, a
 * registration's documents). Whoever may see the task reads the case's files; only a user
 * who may work on the task now adds one — the same test as the task page's 办理 button,
 * separation of duties included.
 */
@Service
public class TaskAttachments {

	private final TaskWork tasks;

	private final Attachments attachments;

	TaskAttachments(TaskWork tasks, Attachments attachments) {
		this.tasks = tasks;
		this.attachments = attachments;
	}

	/** The files of the task's case. */
	@Transactional(readOnly = true)
	public List<Attachment> list(String taskId, StaffUser user) {
		return attachments.forCase(tasks.view(taskId, user).item().caseRef());
	}

	/** Adds a file to the task's case, in the role the user works on the task in. */
	@Transactional
	public Attachment add(String taskId, String fileName, byte[] content, StaffUser user) {
		TaskWork.TaskView view = tasks.view(taskId, user);
		if (!view.canAct()) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有办理该任务的工作人员可以上传附件");
		}
		RoleAssignment role = TaskWork.actingRole(view.task(), user)
			.orElseThrow(() -> ApiException.forbidden("ACCESS_DENIED", "只有办理该任务的工作人员可以上传附件"));
		return attachments.add(view.item().caseRef(), fileName, content, user, role.role(), role.orgUnitCode());
	}

}
