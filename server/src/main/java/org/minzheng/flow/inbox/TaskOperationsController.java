package org.minzheng.flow.inbox;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgLevel;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 转办, 委派, 退回, 撤回, 催办, 抄送 — each with a mandatory reason. */
@RestController
@Validated
class TaskOperationsController {

	private final TaskOperations operations;

	private final WorkItemService workItems;

	private final WorkItemConsistency consistency;

	private final OrgDirectory orgs;

	TaskOperationsController(TaskOperations operations, WorkItemService workItems, WorkItemConsistency consistency,
			OrgDirectory orgs) {
		this.operations = operations;
		this.workItems = workItems;
		this.consistency = consistency;
		this.orgs = orgs;
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.PARTY }, target = "task:taskId")
	@PostMapping("/api/tasks/{taskId}/transfer")
	void transfer(@PathVariable String taskId, @Valid @RequestBody ToUser request) {
		operations.transfer(taskId, request.username(), request.reason(), CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/delegate")
	void delegate(@PathVariable String taskId, @Valid @RequestBody ToUser request) {
		operations.delegate(taskId, request.username(), request.reason(), CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/resolve")
	void resolve(@PathVariable String taskId, @Valid @RequestBody Reason request) {
		operations.resolve(taskId, request.reason(), CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/add-signer")
	void addSigner(@PathVariable String taskId, @Valid @RequestBody AddSigner request) {
		operations.addSigner(taskId, request.username(), request.position(), request.reason(), CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@GetMapping("/api/tasks/{taskId}/send-back-targets")
	List<TaskOperations.SendBackTarget> sendBackTargets(@PathVariable String taskId) {
		return operations.sendBackTargets(taskId, CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/send-back")
	Moved sendBack(@PathVariable String taskId, @Valid @RequestBody SendBack request) {
		return new Moved(operations.sendBack(taskId, request.targetTaskKey(), request.reason(), CurrentUser.get()));
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.PARTY }, target = "case:caseRef")
	@PostMapping("/api/cases/{caseRef}/withdraw")
	Moved withdraw(@PathVariable String caseRef, @Valid @RequestBody Reason request) {
		return new Moved(operations.withdraw(caseRef, request.reason(), CurrentUser.get()));
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.PARTY }, target = "task:taskId")
	@PostMapping("/api/tasks/{taskId}/remind")
	void remind(@PathVariable String taskId, @Valid @RequestBody Reason request) {
		operations.remind(taskId, request.reason(), CurrentUser.get());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.PARTY }, target = "task:taskId")
	@PostMapping("/api/tasks/{taskId}/copies")
	void copy(@PathVariable String taskId, @Valid @RequestBody Copy request) {
		StaffUser user = CurrentUser.get();
		WorkItem item = workItems.find(taskId)
			.filter(i -> user.canSee(i.line(), i.orgUnitCode()))
			.orElseThrow(() -> ApiException.notFound("TASK_NOT_FOUND", "任务不存在或无权查看"));
		operations.copy(item.line(), item.caseRef(), item.orgUnitCode(), request.usernames(), request.reason(), user);
	}

	@Access
	@GetMapping("/api/copies")
	List<OperationsMapper.Copy> copies(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return operations.copies(CurrentUser.get(), unread, size);
	}

	@Access(readOnlyMayCall = true)
	@PostMapping("/api/copies/{id}/read")
	void read(@PathVariable long id) {
		operations.markCopyRead(id, CurrentUser.get());
	}

	@Access(roles = Role.ADMIN)
	@GetMapping("/api/admin/work-items/consistency")
	List<WorkItemConsistency.Difference> consistency() {
		requireCityAdmin();
		return consistency.check();
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/work-items/repair")
	int repair() {
		requireCityAdmin();
		return consistency.repair();
	}

	private void requireCityAdmin() {
		StaffUser user = CurrentUser.get();
		if (user.assignments()
			.stream()
			.noneMatch(a -> a.role() == Role.ADMIN
					&& orgs.find(a.orgUnitCode()).map(OrgUnit::level).orElse(null) == OrgLevel.CITY)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有市局管理员可以检查待办数据");
		}
	}

	/** A reason staff must give. */
	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	/** Another user and the reason. */
	record ToUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 500) String reason) {
	}

	/** Another user to sign the task, before or after the handler, and why. */
	record AddSigner(@NotBlank @Size(max = 64) String username,
			@jakarta.validation.constraints.NotNull TaskOperations.SignerPosition position,
			@NotBlank @Size(max = 500) String reason) {
	}

	/** Where to send a task back (null: the previous step) and why. */
	record SendBack(@Size(max = 100) String targetTaskKey, @NotBlank @Size(max = 500) String reason) {
	}

	/** Users to copy a case to, and why. */
	record Copy(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> usernames,
			@NotBlank @Size(max = 500) String reason) {
	}

	/** The task created by moving a case back. */
	record Moved(String taskId) {
	}

}
