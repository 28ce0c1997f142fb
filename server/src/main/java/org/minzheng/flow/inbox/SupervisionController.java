package org.minzheng.flow.inbox;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supervisor's (科长) view: overdue work, counts by unit and SLA state, notices, failed
 * registry calls.
 */
@RestController
@Validated
class SupervisionController {

	private final WorkItemService workItems;

	private final NotificationService notifications;

	private final Incidents incidents;

	private final TaskOperations operations;

	private final SupervisionDashboard dashboard;

	SupervisionController(WorkItemService workItems, NotificationService notifications, Incidents incidents,
			TaskOperations operations, SupervisionDashboard dashboard) {
		this.dashboard = dashboard;
		this.workItems = workItems;
		this.notifications = notifications;
		this.incidents = incidents;
		this.operations = operations;
	}

	@Access(roles = Role.SUPERVISOR)
	@GetMapping("/api/supervision/overdue")
	List<WorkItem> overdue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Paging paging = Paging.of(page, size, 200);
		StaffUser user = requireSupervisor();
		return workItems.overdue(LineScope.of(user, Role.SUPERVISOR), paging.offset(), paging.size());
	}

	@Access(roles = Role.SUPERVISOR)
	@GetMapping("/api/supervision/counts")
	List<SlaCount> counts() {
		StaffUser user = requireSupervisor();
		return workItems.slaCounts(LineScope.of(user, Role.SUPERVISOR));
	}

	/**
	 * Open, overdue and near-due work by street and by task, and its age in working days.
	 */
	@Access(roles = Role.SUPERVISOR)
	@GetMapping("/api/supervision/dashboard")
	SupervisionDashboard.Dashboard dashboard() {
		StaffUser user = requireSupervisor();
		return dashboard.of(LineScope.of(user, Role.SUPERVISOR));
	}

	@Access
	@GetMapping("/api/notifications")
	List<NotificationService.Notification> notifications(
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return notifications.forUser(CurrentUser.get(), size);
	}

	@Access(readOnlyMayCall = true)
	@PostMapping("/api/notifications/{id}/read")
	void read(@PathVariable long id) {
		notifications.markRead(id, CurrentUser.get());
	}

	/**
	 * Bulk reassign (批量转办): the supervisor moves several tasks to another handler, with
	 * one reason.
	 */
	@Access(roles = Role.SUPERVISOR)
	@PostMapping("/api/supervision/reassign")
	void reassign(@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody Reassign request) {
		StaffUser supervisor = requireSupervisor();
		operations.reassign(request.taskIds(), request.username(), request.reason(), supervisor);
	}

	@Access(roles = Role.SUPERVISOR)
	@GetMapping("/api/incidents")
	List<Incidents.IncidentRow> incidents() {
		return incidents.visibleTo(requireSupervisor());
	}

	@Access(roles = Role.SUPERVISOR)
	@PostMapping("/api/incidents/{id}/retry")
	void retry(@PathVariable String id) {
		incidents.retry(id, requireSupervisor());
	}

	private static StaffUser requireSupervisor() {
		StaffUser user = CurrentUser.get();
		if (!user.hasRole(Role.SUPERVISOR)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有科长（督办人员）可以查看");
		}
		return user;
	}

	/** Tasks to hand to another handler, and why. */
	record Reassign(
			@jakarta.validation.constraints.NotEmpty @jakarta.validation.constraints.Size(
					max = 100) List<@jakarta.validation.constraints.Size(max = 64) String> taskIds,
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String username,
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500) String reason) {
	}

}
