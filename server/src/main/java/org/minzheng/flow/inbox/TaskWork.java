package org.minzheng.flow.inbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.TaskConflictException;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with tasks: claim (签收), give back, complete with validated form data.
 * Access follows the candidate groups: a user acts on a task offered to a group they
 * belong to, inside their org scope; a task outside their scope does not exist for them
 * (404).
 */
@Service
public class TaskWork {

	private final Workflow workflow;

	private final WorkItemService workItems;

	private final FormSchemas forms;

	private final List<TaskRules> rules;

	private final TaskRecordMapper records;

	private final AuditTrail audit;

	private final OperationsMapper operations;

	private final NotificationService notifications;

	private final SeparationOfDuties separation;

	private final ObjectMapper json;

	private final Clock clock;

	private final EndedTasks endedTasks;

	TaskWork(Workflow workflow, WorkItemService workItems, FormSchemas forms, List<TaskRules> rules,
			TaskRecordMapper records, AuditTrail audit, OperationsMapper operations, NotificationService notifications,
			SeparationOfDuties separation, ObjectMapper json, Clock clock, EndedTasks endedTasks) {
		this.workflow = workflow;
		this.workItems = workItems;
		this.forms = forms;
		this.rules = rules;
		this.records = records;
		this.audit = audit;
		this.operations = operations;
		this.notifications = notifications;
		this.separation = separation;
		this.json = json;
		this.clock = clock;
		this.endedTasks = endedTasks;
	}

	/**
	 * A task the user may see, with its form. A user whom separation of duties excludes
	 * from it sees it read-only, with the reason.
	 */
	@Transactional(readOnly = true)
	public TaskView view(String taskId, StaffUser user) {
		WorkItem item = visibleItem(taskId, user);
		OpenTask task = workflow.task(taskId).orElseThrow(TaskWork::notFound);
		boolean candidate = actingRole(task, user).isPresent();
		String excluded = candidate ? separation.refusal(item, task, user.username()).orElse(null) : null;
		boolean canAct = candidate && excluded == null;
		boolean delegated = task.delegated();
		return new TaskView(item, task, workItems.slaState(item), canAct, forms.rawFor(task).orElse(null),
				actions(item, task, canAct, excluded != null, delegated, user), delegated,
				delegated ? task.owner() : null, excluded);
	}

	/**
	 * What the user may do with the task now, for the task page's buttons (the operations
	 * themselves check again): 签收/退签/办理 and the Chinese approval operations. A user
	 * excluded by separation of duties may only give back or hand on a task they hold.
	 */
	private static List<String> actions(WorkItem item, OpenTask task, boolean canAct, boolean excluded,
			boolean delegated, StaffUser user) {
		List<String> actions = new java.util.ArrayList<>();
		boolean mine = user.username().equals(task.assignee());
		if (mine && delegated) {
			actions.addAll(List.of("RESOLVE", "COPY"));
			return actions;
		}
		if (canAct && task.assignee() == null) {
			actions.addAll(List.of("CLAIM", "COMPLETE", "SEND_BACK"));
		}
		if (mine) {
			actions.addAll(excluded ? List.of("UNCLAIM", "TRANSFER")
					: List.of("COMPLETE", "UNCLAIM", "TRANSFER", "DELEGATE", "ADD_SIGNER", "SEND_BACK"));
		}
		else if (user.covers(item.line(), Role.SUPERVISOR, item.orgUnitCode())) {
			actions.add("TRANSFER");
		}
		if (canAct || mine) {
			actions.add("COPY");
		}
		boolean reminder = user.assignments()
			.stream()
			.anyMatch(a -> (a.role() == Role.CLERK || a.role() == Role.SUPERVISOR) && a.appliesTo(item.line())
					&& user.covers(item.line(), a.role(), item.orgUnitCode()));
		if (!mine && (reminder || canAct) && (task.assignee() != null || !canAct)) {
			actions.add("REMIND");
		}
		return actions;
	}

	/** 签收: the task becomes the user's; exactly one of several concurrent claims wins. */
	@Transactional
	public void claim(String taskId, StaffUser user) {
		// one engine command: the task and its identity links are read once for the
		// check and the claim
		try {
			workflow.inOneCommand(() -> {
				checkAndClaim(taskId, user);
				return null;
			});
		}
		catch (TaskConflictException ex) {
			throw ApiException.conflict("TASK_ALREADY_CLAIMED", "该任务已被签收");
		}
	}

	private void checkAndClaim(String taskId, StaffUser user) {
		WorkItem item = visibleItem(taskId, user);
		OpenTask task = workflow.task(taskId).orElseThrow(TaskWork::notFound);
		RoleAssignment role = actingRole(task, user).orElseThrow(TaskWork::notCandidate);
		separation.requireFor(item, task, user.username());
		takeOver(task, user);
		audit.record(new AuditRecord(user.username(), role.role().name(), role.orgUnitCode(), item.caseRef(),
				"TASK_CLAIMED", "签收任务：" + task.name(), null));
	}

	/** Gives a claimed task back to its group. */
	@Transactional
	public void unclaim(String taskId, StaffUser user) {
		WorkItem item = visibleItem(taskId, user);
		OpenTask task = workflow.task(taskId).orElseThrow(TaskWork::notFound);
		if (!user.username().equals(task.assignee())) {
			throw ApiException.conflict("TASK_NOT_YOURS", "该任务不在您名下");
		}
		RoleAssignment role = actingRole(task, user).orElseThrow(TaskWork::notCandidate);
		workflow.unclaim(taskId);
		audit.record(new AuditRecord(user.username(), role.role().name(), role.orgUnitCode(), item.caseRef(),
				"TASK_UNCLAIMED", "退回组任务：" + task.name(), null));
	}

	/**
	 * 办理: validates the data against the task's form and the feature's rules, records who
	 * did what and why, and moves the process on. An unclaimed task is claimed on the
	 * way.
	 */
	@Transactional
	public void complete(String taskId, Map<String, Object> data, StaffUser user) {
		complete(taskId, data, null, user);
	}

	/**
	 * 办理 with the handler's opinion (审批意见): required where the task's model says so
	 * ({@link TaskOpinion}), at most {@value TaskOpinion#MAX_LENGTH} characters, recorded
	 * as the reason of the completion in the case's history. Refused (nothing changed)
	 * without one where required.
	 */
	@Transactional
	public void complete(String taskId, Map<String, Object> data, String opinion, StaffUser user) {
		// one engine command: the task, its identity links and its execution are read
		// once for the checks, the claim on the way, the rules and the completion
		try {
			workflow.inOneCommand(() -> {
				checkAndComplete(taskId, data, opinion, user);
				return null;
			});
		}
		catch (TaskConflictException ex) {
			throw ApiException.conflict("TASK_CHANGED", "任务已被他人处理，请刷新");
		}
	}

	private void checkAndComplete(String taskId, Map<String, Object> data, String opinion, StaffUser user) {
		WorkItem item = visibleItem(taskId, user);
		OpenTask task = workflow.task(taskId).orElseThrow(TaskWork::notFound);
		RoleAssignment role = actingRole(task, user).orElseThrow(TaskWork::notCandidate);
		FormSchema form = forms.findFor(task)
			.orElseThrow(() -> new IllegalStateException("No form " + task.formKey() + " for " + task.taskKey()));
		TaskOpinion.Given given = TaskOpinion.of(workflow, task).check(form, data, opinion);
		data = given.data();
		// before anything is taken over or written, also for a task the engine or a
		// transfer assigned to the user
		separation.requireFor(item, task, user.username());
		if (task.assignee() == null) {
			takeOver(task, user);
		}
		else if (!task.assignee().equals(user.username())) {
			throw ApiException.conflict("TASK_CLAIMED_BY_OTHER", "该任务已由他人签收");
		}
		if (task.delegated()) {
			throw ApiException.conflict("TASK_DELEGATED", "委派的任务请办理完毕后交回委派人，由其确认办理");
		}
		Map<String, String> valid = form.validate(data);
		Map<String, Object> variables = new LinkedHashMap<>(form.codes(valid));
		TaskRules.TaskCompletion completion = new TaskRules.TaskCompletion(task, user, role, valid, variables);
		// 加签: one read of who still has to sign; the handler is marked only if listed
		List<String> unsigned = operations.unsignedCosigners(taskId);
		if (unsigned.contains(user.username())) {
			operations.markSigned(taskId, user.username(), clock.instant());
		}
		String cosigner = unsigned.stream().filter(u -> !u.equals(user.username())).findFirst().orElse(null);
		if (cosigner == null) {
			// the feature's rules record the outcome once: on the completion that moves
			// the process on
			rules.stream().filter(r -> r.handles(task.processKey())).forEach(r -> r.beforeComplete(completion));
		}
		records.insert(new TaskRecord(item.caseRef(), task.id(), task.taskKey(), task.name(), user.username(),
				role.role().name(), role.orgUnitCode(), completion.decision(), toJson(valid), clock.instant()));
		// before the engine moves on, so the history reads in the order things happened
		// (the delegates the
		// completion triggers append their own rows after this one)
		audit.record(new AuditRecord(user.username(), role.role().name(), role.orgUnitCode(), item.caseRef(),
				"TASK_COMPLETED", task.name() + (completion.decision() == null ? "" : "：" + completion.decision()),
				given.opinion() != null ? given.opinion() : valid.get("opinion")));
		if (cosigner != null) {
			// 后加签: the task goes on to the added signer; the process moves only once
			// everyone has signed
			workflow.transfer(taskId, cosigner);
			notifications.notifyUser("COSIGN", cosigner, item.orgUnitCode(), item.caseRef(), taskId,
					user.displayName() + " 已办理「" + task.name() + "」，请您加签");
			return;
		}
		try {
			workflow.complete(taskId, variables);
		}
		catch (TaskConflictException ex) {
			throw ApiException.conflict("TASK_CHANGED", "任务已被他人处理，请刷新");
		}
	}

	/** What the user entered on the case's tasks, oldest first. */
	public List<TaskRecord> recordsOf(String caseRef) {
		return records.forCase(caseRef);
	}

	private void takeOver(OpenTask task, StaffUser user) {
		if (!workItems.claim(task.id(), user.username())) {
			throw ApiException.conflict("TASK_ALREADY_CLAIMED", "该任务已被签收");
		}
		try {
			workflow.claim(task.id(), user.username());
		}
		catch (TaskConflictException ex) {
			throw ApiException.conflict("TASK_ALREADY_CLAIMED", "该任务已被签收");
		}
	}

	private WorkItem visibleItem(String taskId, StaffUser user) {
		Optional<WorkItem> item = workItems.find(taskId);
		if (item.isEmpty() && endedInScope(taskId, user)) {
			// completed or withdrawn by someone else since the user's page was loaded
			throw ApiException.conflict("TASK_CHANGED", "任务已被他人处理或已撤回，请刷新");
		}
		return item.filter(i -> user.canSee(i.line(), i.orgUnitCode())).orElseThrow(TaskWork::notFound);
	}

	/** Whether the task has ended and was completed at a unit inside the user's scope. */
	private boolean endedInScope(String taskId, StaffUser user) {
		return endedTasks.groups(taskId)
			.map(groups -> groups.stream()
				.filter(g -> g.contains("@"))
				.anyMatch(g -> BusinessLine.ofGroup(g)
					.map(line -> user.canSee(line, g.substring(g.indexOf('@') + 1)))
					.orElse(false)))
			.orElse(false);
	}

	/**
	 * The role in which the user may act on the task: through one of its candidate
	 * groups, or as assignee.
	 */
	static Optional<RoleAssignment> actingRole(OpenTask task, StaffUser user) {
		for (String group : task.candidateGroups()) {
			Optional<RoleAssignment> assignment = user.assignmentFor(group);
			if (assignment.isPresent()) {
				return assignment;
			}
		}
		return Optional.empty();
	}

	private String toJson(Map<String, String> data) {
		try {
			return json.writeValueAsString(data);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ApiException notFound() {
		return ApiException.notFound("TASK_NOT_FOUND", "任务不存在或无权查看");
	}

	private static ApiException notCandidate() {
		return new ApiException(HttpStatus.FORBIDDEN, "NOT_CANDIDATE", "您不是该任务的办理人");
	}

	/**
	 * A task as its page shows it; {@code separationOfDuties} says why the user may not
	 * act on it although they are a candidate (null when they may).
	 */
	public record TaskView(WorkItem item, OpenTask task, SlaState slaState, boolean canAct, String formSchema,
			List<String> actions, boolean delegated, String owner, String separationOfDuties) {
	}

}
