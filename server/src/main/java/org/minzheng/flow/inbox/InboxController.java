package org.minzheng.flow.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 待办 and the task actions: claim (签收), give back, complete (办理). */
@RestController
@Validated
class InboxController {

	/** Largest page of 待办, 已办 or 我发起. */
	static final int MAX_PAGE_SIZE = 200;

	private final WorkItemService workItems;

	private final TaskWork tasks;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final InboxLists lists;

	private final TaskPreview preview;

	private final org.minzheng.flow.workflow.Workflow workflow;

	private final org.minzheng.flow.org.OrgDivisions divisions;

	InboxController(WorkItemService workItems, TaskWork tasks, WorkingDayCalendar calendar, Clock clock,
			InboxLists lists, TaskPreview preview, org.minzheng.flow.workflow.Workflow workflow,
			org.minzheng.flow.org.OrgDivisions divisions) {
		this.workflow = workflow;
		this.divisions = divisions;
		this.lists = lists;
		this.preview = preview;
		this.workItems = workItems;
		this.tasks = tasks;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The user's 待办 from the work-item read model: filter by process, task, unit, due
	 * state, and applicant (name prefix, or a full ID number).
	 */
	@Access
	@GetMapping("/api/inbox")
	InboxResponse inbox(@RequestParam(required = false) @Size(max = 100) String process,
			@RequestParam(required = false) @Size(max = 100) String task,
			@RequestParam(required = false) @Size(max = 20) String orgUnit,
			@RequestParam(required = false) SlaState due,
			@RequestParam(required = false) @Size(max = 50) String applicant,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "dueAt,asc") @Size(max = 20) String sort) {
		Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
		StaffUser user = CurrentUser.get();
		boolean latestDueFirst = switch (sort.replace(" ", "")) {
			case "dueAt,asc", "dueAt" -> false;
			case "dueAt,desc" -> true;
			default -> throw ApiException.badRequest("SORT_INVALID", "sort", "只能按办理时限排序：dueAt,asc 或 dueAt,desc");
		};
		String idNumber = null;
		String namePrefix = null;
		if (applicant != null && !applicant.isBlank()) {
			String value = applicant.strip();
			if (value.length() == 18 && CitizenIdNumber.problem(value).isEmpty()) {
				idNumber = CitizenIdNumber.of(value).value();
			}
			else if (value.matches(".*\\d.*")) {
				throw ApiException.badRequest("ID_INVALID", "applicant", "请输入完整且正确的身份证号码，或姓名开头");
			}
			else {
				namePrefix = value;
			}
		}
		InboxQuery query = new InboxQuery(user.username(), process, task, orgUnit, due, namePrefix, idNumber,
				paging.offset(), paging.size(), latestDueFirst);
		WorkItemService.InboxPage result = workItems.inbox(query, groups(user), scope(user), lines(user));
		return new InboxResponse(result.items().stream().map(rowMaker()).toList(), result.total(), result.totalCapped(),
				page, size);
	}

	/** The number on each inbox tab: 待办, 已办, unread 抄送, 我发起. */
	@Access
	@GetMapping("/api/inbox/counts")
	InboxLists.Counts counts() {
		StaffUser user = CurrentUser.get();
		return lists.counts(user, groups(user));
	}

	/** 已办: tasks the user completed. */
	@Access
	@GetMapping("/api/inbox/done")
	InboxLists.DonePage done(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
		return lists.done(CurrentUser.get(), paging.page(), paging.size());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "task:taskId")
	@GetMapping("/api/tasks/{taskId}")
	TaskWork.TaskView task(@PathVariable @Size(max = 64) String taskId) {
		TaskWork.TaskView view = tasks.view(taskId, CurrentUser.get());
		if (!java.util.Locale.ENGLISH.equals(org.minzheng.flow.shared.Languages.reader())) {
			return view;
		}
		// an English reader reads the step by the model's English name, where it has one
		var task = view.task();
		String name = org.minzheng.flow.shared.Languages.text(task.name(),
				workflow.taskProperties(task.processDefinitionId(), task.taskKey())
					.get(org.minzheng.flow.processes.ProcessConventions.PROPERTY_NAME_EN));
		return new TaskWork.TaskView(view.item(), task.withName(name), view.slaState(), view.canAct(),
				view.formSchema(), view.actions(), view.delegated(), view.owner(), view.separationOfDuties());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/claim")
	void claim(@PathVariable @Size(max = 64) String taskId) {
		tasks.claim(taskId, CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/unclaim")
	void unclaim(@PathVariable @Size(max = 64) String taskId) {
		tasks.unclaim(taskId, CurrentUser.get());
	}

	/**
	 * 办理: the form's data and the handler's opinion (审批意见), required where the task's
	 * model says so.
	 */
	@Access(target = "task-actor:taskId")
	@PostMapping("/api/tasks/{taskId}/complete")
	void complete(@PathVariable @Size(max = 64) String taskId, @RequestBody CompleteRequest request) {
		tasks.complete(taskId, request.data(), request.opinion(), CurrentUser.get());
	}

	/**
	 * What completing the task with this form data leads to, for the 办理 dialog: whether
	 * it asks for an opinion, the next steps and who does them. Nothing is changed.
	 */
	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "task:taskId")
	@PostMapping("/api/tasks/{taskId}/next-steps")
	TaskPreview.Preview nextSteps(@PathVariable @Size(max = 64) String taskId,
			@RequestBody(required = false) @jakarta.validation.Valid PreviewRequest request) {
		return preview.preview(taskId, request == null ? null : request.data(), CurrentUser.get());
	}

	/**
	 * Rows with the step named in the reader's language: an English reader reads the
	 * model's English name ({@code name@en}), looked up once per process and request.
	 */
	private java.util.function.Function<WorkItem, InboxRow> rowMaker() {
		if (!java.util.Locale.ENGLISH.equals(org.minzheng.flow.shared.Languages.reader())) {
			return item -> row(item, item.taskName());
		}
		Map<String, Map<String, String>> names = new java.util.HashMap<>();
		return item -> row(item, names.computeIfAbsent(item.processKey(), workflow::englishNames)
			.getOrDefault(item.taskKey(), item.taskName()));
	}

	private InboxRow row(WorkItem item, String taskName) {
		return new InboxRow(item.taskId(), item.caseRef(), item.processKey(), item.taskKey(), taskName,
				item.orgUnitCode(), item.assignee(), item.applicantNameMasked(), item.applicantIdMasked(),
				item.createdAt(), item.dueAt(), workingDaysLeft(item), workItems.slaState(item),
				item.escalatedAt() != null, division(item));
	}

	/**
	 * The division that does the step (社会组织管理科 …), read from its first candidate group of
	 * a business line that has one; null where none is known (streets, line-less).
	 */
	private String division(WorkItem item) {
		if (item.candidateGroups() == null) {
			return null;
		}
		for (String group : item.candidateGroups().split(",")) {
			String candidate = group.strip();
			int at = candidate.indexOf('@');
			String name = at < 0 ? null
					: org.minzheng.flow.security.BusinessLine.ofGroup(candidate)
						.map(line -> divisions.nameFor(line.code(), candidate.substring(at + 1)))
						.orElse(null);
			if (name != null) {
				return name;
			}
		}
		return null;
	}

	/**
	 * Working days from today to the due date: 0 when due today, negative when overdue,
	 * null without a due date.
	 */
	private Integer workingDaysLeft(WorkItem item) {
		if (item.dueAt() == null) {
			return null;
		}
		return calendar.workingDaysBetween(LocalDate.now(clock), LocalDate.ofInstant(item.dueAt(), clock.getZone()));
	}

	/** The candidate groups of every line the user holds a role for. */
	static Set<String> groups(StaffUser user) {
		return user.groups();
	}

	/**
	 * The units of the user's scope over all their lines (each line's tasks come only
	 * through its groups).
	 */
	static Set<String> scope(StaffUser user) {
		Set<String> scope = new HashSet<>();
		user.lines().forEach(line -> scope.addAll(user.scope(line)));
		return scope;
	}

	/** The codes of the lines the user holds a role for. */
	static Set<String> lines(StaffUser user) {
		Set<String> lines = new HashSet<>();
		user.lines().forEach(line -> lines.add(line.code()));
		return lines;
	}

	/**
	 * Completion data: the form's fields by key, and the handler's opinion (at most 500
	 * characters, checked by the task's rules).
	 */
	record CompleteRequest(Map<String, Object> data, String opinion) {
	}

	/**
	 * The form's fields by key, as they would be submitted (no form has more than a few
	 * dozen; the values are checked against the form).
	 */
	record PreviewRequest(@Size(max = 200) Map<String, Object> data) {
	}

	/** One line of 待办 (personal data masked). */
	record InboxRow(String taskId, String caseRef, String processKey, String taskKey, String taskName,
			String orgUnitCode, String assignee, String applicantName, String applicantIdNumber, Instant createdAt,
			Instant dueAt, Integer workingDaysLeft, SlaState slaState, boolean escalated, String division) {
	}

	/** A page of 待办. */
	record InboxResponse(List<InboxRow> items, long total, boolean totalCapped, int page, int size) {
	}

}
