package org.minzheng.flow.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval operations Chinese offices expect on every task, for every process: 转办
 * transfer, 委派 delegate (and its resolution), 退回 send back, 撤回 withdraw, 催办 remind, 抄送
 * copy. Each needs a reason and records who, when and why in the audit chain (and so in
 * the case timeline).
 */
@Service
public class TaskOperations {

	private final Workflow workflow;

	private final WorkItemService workItems;

	private final WorkItemClaims claims;

	private final TaskRecordMapper records;

	private final OperationsMapper operations;

	private final NotificationService notifications;

	private final UserDetailsService users;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final List<TaskRules> rules;

	private final SeparationOfDuties separation;

	private final Clock clock;

	TaskOperations(Workflow workflow, WorkItemService workItems, WorkItemClaims claims, TaskRecordMapper records,
			OperationsMapper operations, NotificationService notifications, UserDetailsService users,
			WorkingDayCalendar calendar, AuditTrail audit, Clock clock, List<TaskRules> rules,
			SeparationOfDuties separation) {
		this.rules = rules;
		this.separation = separation;
		this.workflow = workflow;
		this.workItems = workItems;
		this.claims = claims;
		this.records = records;
		this.operations = operations;
		this.notifications = notifications;
		this.users = users;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 转办: the assignee (or a supervisor of the unit) hands the task to another user who
	 * may handle it.
	 */
	@Transactional
	public void transfer(String taskId, String toUser, String reason, StaffUser user) {
		Context task = context(taskId, user);
		RoleAssignment acting = task.assignedToMe(user) ? task.role(user)
				: supervisorOf(task, user).orElseThrow(() -> forbidden("只有任务办理人或科长可以转办"));
		StaffUser target = candidate(task, toUser);
		workflow.transfer(taskId, target.username());
		notifications.notifyUser("TRANSFERRED", target.username(), task.item.orgUnitCode(), task.item.caseRef(), taskId,
				user.displayName() + " 将「" + task.task.name() + "」转办给您：" + reason);
		record(user, acting, task, "TASK_TRANSFERRED", "转办「" + task.task.name() + "」给 " + target.username(), reason);
	}

	/** 批量转办: a supervisor moves several tasks to one handler; all or none. */
	@Transactional
	public void reassign(List<String> taskIds, String toUser, String reason, StaffUser supervisor) {
		taskIds.forEach(taskId -> transfer(taskId, toUser, reason, supervisor));
	}

	/**
	 * 委派: the assignee asks another user to handle the task; it comes back to them for
	 * confirmation.
	 */
	@Transactional
	public void delegate(String taskId, String toUser, String reason, StaffUser user) {
		Context task = context(taskId, user);
		requireAssignee(task, user);
		if (task.task.delegated()) {
			throw ApiException.conflict("TASK_DELEGATED", "该任务已委派，等待被委派人办理");
		}
		StaffUser target = candidate(task, toUser);
		workflow.delegate(taskId, target.username());
		notifications.notifyUser("DELEGATED", target.username(), task.item.orgUnitCode(), task.item.caseRef(), taskId,
				user.displayName() + " 委派您办理「" + task.task.name() + "」：" + reason);
		record(user, task.role(user), task, "TASK_DELEGATED", "委派「" + task.task.name() + "」给 " + target.username(),
				reason);
	}

	/**
	 * 加签: another user must handle the task too — before me (前加签: they handle it first
	 * and it comes back to me, as a delegation) or after me (后加签: when I complete it, it
	 * goes to them, and the process moves on only once they have signed).
	 */
	@Transactional
	public void addSigner(String taskId, String toUser, SignerPosition position, String reason, StaffUser user) {
		Context task = context(taskId, user);
		requireAssignee(task, user);
		StaffUser target = candidate(task, toUser);
		if (target.username().equals(user.username())) {
			throw ApiException.badRequest("SIGNER_IS_YOU", "username", "不能给自己加签");
		}
		if (position == SignerPosition.BEFORE) {
			if (task.task.delegated()) {
				throw ApiException.conflict("TASK_DELEGATED", "该任务已委派，等待被委派人办理");
			}
			workflow.delegate(taskId, target.username());
		}
		else {
			operations.insertCosigner(taskId, target.username(), user.username(), reason, clock.instant());
		}
		notifications.notifyUser("COSIGN", target.username(), task.item.orgUnitCode(), task.item.caseRef(), taskId,
				user.displayName() + (position == SignerPosition.BEFORE ? " 请您先行办理（前加签）" : " 办理后请您加签（后加签）") + "「"
						+ task.task.name() + "」：" + reason);
		record(user, task.role(user), task, "TASK_SIGNER_ADDED", (position == SignerPosition.BEFORE ? "前加签 " : "后加签 ")
				+ target.username() + "：「" + task.task.name() + "」", reason);
	}

	/** Where an added signer comes: before or after the task's handler. */
	public enum SignerPosition {

		BEFORE, AFTER

	}

	/**
	 * The delegate has done their part: the task goes back to its owner for confirmation.
	 */
	@Transactional
	public void resolve(String taskId, String reason, StaffUser user) {
		Context task = context(taskId, user);
		if (!task.task.delegated() || !user.username().equals(task.task.assignee())) {
			throw ApiException.conflict("TASK_NOT_DELEGATED_TO_YOU", "该任务不是委派给您的");
		}
		String owner = task.task.owner();
		workflow.resolve(taskId, Map.of());
		notifications.notifyUser("DELEGATION_RESOLVED", owner, task.item.orgUnitCode(), task.item.caseRef(), taskId,
				user.displayName() + " 已办理您委派的「" + task.task.name() + "」，请确认：" + reason);
		record(user, task.role(user), task, "TASK_DELEGATION_RESOLVED", "被委派人办理完毕，交回 " + owner, reason);
	}

	/**
	 * The earlier user steps of the case this task may be sent back to, most recent
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<SendBackTarget> sendBackTargets(String taskId, StaffUser user) {
		Context task = context(taskId, user);
		Map<String, SendBackTarget> targets = new LinkedHashMap<>();
		List<TaskRecord> done = records.forCase(task.item.caseRef());
		for (int i = done.size() - 1; i >= 0; i--) {
			TaskRecord record = done.get(i);
			if (!record.taskKey().equals(task.task.taskKey())) {
				targets.putIfAbsent(record.taskKey(),
						new SendBackTarget(record.taskKey(), record.taskName(), record.actor(), record.completedAt()));
			}
		}
		return List.copyOf(targets.values());
	}

	/**
	 * 退回: back to the previous user step, or to an earlier completed one, which goes to
	 * whoever did it before, with the reason. Refused while another step of the case is
	 * active (a parallel branch).
	 */
	@Transactional
	public String sendBack(String taskId, String targetTaskKey, String reason, StaffUser user) {
		Context task = context(taskId, user);
		RoleAssignment acting = task.role(user);
		if (task.task.assignee() != null && !task.assignedToMe(user)) {
			throw ApiException.conflict("TASK_CLAIMED_BY_OTHER", "该任务已由他人签收");
		}
		// 退回 decides the step as much as completing it does
		separation.requireFor(task.item, task.task, user.username());
		List<SendBackTarget> targets = sendBackTargets(taskId, user);
		SendBackTarget target = (targetTaskKey == null ? targets.stream().findFirst()
				: targets.stream().filter(t -> t.taskKey().equals(targetTaskKey)).findFirst())
			.orElseThrow(() -> ApiException.badRequest("NO_SUCH_STEP", "targetTaskKey", "没有可以退回的已办环节"));
		String newTask = move(task, target.taskKey());
		workflow.transfer(newTask, target.actor());
		notifications.notifyUser("SENT_BACK", target.actor(), task.item.orgUnitCode(), task.item.caseRef(), newTask,
				user.displayName() + " 将案件退回至「" + target.taskName() + "」：" + reason);
		record(user, acting, task, "TASK_SENT_BACK",
				"「" + task.task.name() + "」退回至「" + target.taskName() + "」，由 " + target.actor() + " 重新办理", reason);
		return newTask;
	}

	/**
	 * 撤回: the user who completed the case's latest step takes it back, as long as the
	 * next step is unclaimed and nobody has acted on it. Exactly one of a withdrawal and
	 * a claim racing for that step wins.
	 */
	@Transactional
	public String withdraw(String caseRef, String reason, StaffUser user) {
		List<TaskRecord> done = records.forCase(caseRef);
		TaskRecord last = done.isEmpty() ? null : done.get(done.size() - 1);
		if (last == null || !last.actor().equals(user.username())) {
			throw ApiException.conflict("NOTHING_TO_WITHDRAW", "您没有可撤回的已办环节（只能撤回案件最近一步由您办理的环节）");
		}
		String processInstanceId = workItems.processInstanceOf(caseRef)
			.orElseThrow(() -> ApiException.conflict("NEXT_STEP_STARTED", "下一环节已开始处理，不能撤回"));
		List<WorkItem> open = workItems.forProcessInstance(processInstanceId);
		if (open.size() != 1 || !claims.withdraw(open.get(0).taskId())) {
			throw ApiException.conflict("NEXT_STEP_STARTED", "下一环节已被签收或已有多个环节在办，不能撤回");
		}
		Context next = new Context(open.get(0), workflow.task(open.get(0).taskId()).orElseThrow());
		String task = move(next, last.taskKey());
		workflow.transfer(task, user.username());
		audit.record(new AuditRecord(user.username(), last.actorRole(), last.orgUnitCode(), caseRef, "TASK_WITHDRAWN",
				"撤回已办环节「" + last.taskName() + "」（下一环节「" + next.task.name() + "」尚未处理）", reason));
		return task;
	}

	/**
	 * 催办: a reminder to whoever handles the task now; at most once per working day per
	 * task.
	 */
	@Transactional
	public void remind(String taskId, String reason, StaffUser user) {
		Context task = context(taskId, user);
		RoleAssignment acting = user.assignments()
			.stream()
			.filter(a -> (a.role() == Role.CLERK || a.role() == Role.SUPERVISOR) && a.appliesTo(task.item.line())
					&& user.covers(task.item.line(), a.role(), task.item.orgUnitCode()))
			.findFirst()
			.orElseGet(() -> task.roleOrNull(user));
		if (acting == null) {
			throw forbidden("只有申请方受理人员或科长可以催办");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate workingDay = calendar.onOrAfter(today);
		try {
			operations.insertReminder(taskId, workingDay, task.item.caseRef(), user.username(), reason,
					clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("ALREADY_REMINDED", "今天已催办过该任务（每个工作日限一次）");
		}
		String message = user.displayName() + " 催办「" + task.task.name() + "」（" + task.item.caseRef() + "）：" + reason;
		if (task.task.assignee() != null) {
			notifications.notifyUser("REMINDER", task.task.assignee(), task.item.orgUnitCode(), task.item.caseRef(),
					taskId, message);
		}
		else {
			for (String group : task.task.candidateGroups()) {
				Role.ofGroup(group)
					.ifPresent(role -> notifications.notify("REMINDER", task.item.line(), role,
							group.substring(group.indexOf('@') + 1), task.item.caseRef(), taskId, message));
			}
		}
		record(user, acting, task, "TASK_REMINDED", "催办「" + task.task.name() + "」", reason);
	}

	/** 抄送: sends the case to users in scope for their information. */
	@Transactional
	public void copy(BusinessLine line, String caseRef, String orgUnitCode, List<String> recipients, String reason,
			StaffUser user) {
		if (!user.canSee(line, orgUnitCode)) {
			throw ApiException.notFound("CASE_NOT_FOUND", "案件不存在或无权查看");
		}
		// auditors read, they do not send work around
		RoleAssignment acting = user.assignments()
			.stream()
			.filter(a -> a.role() != Role.AUDITOR && a.appliesTo(line) && user.covers(line, a.role(), orgUnitCode))
			.findFirst()
			.orElseThrow(() -> ApiException.forbidden("READ_ONLY", "审计人员只能查阅，不能抄送"));
		for (String recipient : recipients) {
			StaffUser target = user(recipient);
			if (!target.canSee(line, orgUnitCode)) {
				throw ApiException.badRequest("USER_OUT_OF_SCOPE", "usernames", "{0} 无权查看该案件，不能抄送", recipient);
			}
			operations.insertCopy(caseRef, target.username(), user.username(), reason, clock.instant());
		}
		audit.record(new AuditRecord(user.username(), acting.role().name(), acting.orgUnitCode(), caseRef,
				"CASE_COPIED", "抄送给 " + String.join("、", recipients), reason));
	}

	/** The user's 抄送 tab. */
	@Transactional(readOnly = true)
	public List<OperationsMapper.Copy> copies(StaffUser user, boolean unreadOnly, int limit) {
		return operations.copies(user.username(), unreadOnly, limit);
	}

	@Transactional
	public void markCopyRead(long id, StaffUser user) {
		if (operations.markCopyRead(id, user.username(), clock.instant()) == 0) {
			throw ApiException.notFound("COPY_NOT_FOUND", "抄送不存在");
		}
	}

	private String move(Context task, String targetTaskKey) {
		try {
			String reopened = workflow.moveBack(task.task.id(), targetTaskKey);
			rules.stream()
				.filter(rule -> rule.handles(task.task.processKey()))
				.forEach(rule -> rule.reopened(task.item.caseRef(), targetTaskKey));
			return reopened;
		}
		catch (IllegalStateException ex) {
			throw ApiException.conflict("PARALLEL_BRANCH_ACTIVE", "案件还有其他环节在办（并行分支），不能退回或撤回");
		}
	}

	private Context context(String taskId, StaffUser user) {
		WorkItem item = workItems.find(taskId)
			.filter(i -> user.canSee(i.line(), i.orgUnitCode()))
			.orElseThrow(() -> ApiException.notFound("TASK_NOT_FOUND", "任务不存在或无权查看"));
		return new Context(item,
				workflow.task(taskId).orElseThrow(() -> ApiException.notFound("TASK_NOT_FOUND", "任务不存在")));
	}

	private static void requireAssignee(Context task, StaffUser user) {
		if (!task.assignedToMe(user)) {
			throw ApiException.conflict("TASK_NOT_YOURS", "请先签收该任务");
		}
	}

	private static Optional<RoleAssignment> supervisorOf(Context task, StaffUser user) {
		BusinessLine line = task.item.line();
		return user.covers(line, Role.SUPERVISOR, task.item.orgUnitCode())
				? user.assignments().stream().filter(a -> a.role() == Role.SUPERVISOR && a.appliesTo(line)).findFirst()
				: Optional.empty();
	}

	/**
	 * The user, who must be allowed to handle the task (one of its candidate groups) and
	 * not be excluded from it by separation of duties.
	 */
	private StaffUser candidate(Context task, String username) {
		StaffUser target = user(username);
		if (TaskWork.actingRole(task.task, target).isEmpty()) {
			throw ApiException.badRequest("USER_NOT_CANDIDATE", "username", "{0} 无权办理该任务", username);
		}
		separation.requireForTarget(task.item, task.task, target.username());
		return target;
	}

	private StaffUser user(String username) {
		try {
			return (StaffUser) users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			throw ApiException.badRequest("UNKNOWN_USER", "username", "用户不存在：{0}", username);
		}
	}

	private void record(StaffUser user, RoleAssignment acting, Context task, String action, String summary,
			String reason) {
		audit.record(new AuditRecord(user.username(), acting.role().name(), acting.orgUnitCode(), task.item.caseRef(),
				action, summary, reason));
	}

	private static ApiException forbidden(String message) {
		return ApiException.forbidden("ACCESS_DENIED", message);
	}

	/** A task with its work item. */
	private record Context(WorkItem item, OpenTask task) {

		boolean assignedToMe(StaffUser user) {
			return user.username().equals(task.assignee());
		}

		RoleAssignment role(StaffUser user) {
			RoleAssignment role = roleOrNull(user);
			if (role == null) {
				throw ApiException.forbidden("NOT_CANDIDATE", "您不是该任务的办理人");
			}
			return role;
		}

		RoleAssignment roleOrNull(StaffUser user) {
			return TaskWork.actingRole(task, user).orElse(null);
		}

	}

	/** An earlier step a task can be sent back to, and who did it. */
	public record SendBackTarget(String taskKey, String taskName, String actor, java.time.Instant completedAt) {
	}

}
