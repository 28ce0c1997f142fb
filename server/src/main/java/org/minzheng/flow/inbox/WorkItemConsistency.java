package org.minzheng.flow.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the inbox read model with the engine's open tasks (the source of truth) and
 * repairs it. Tests run the check after every operation; an administrator can run it, and
 * the repair, on a live system.
 */
@Service
public class WorkItemConsistency {

	private final Workflow workflow;

	private final WorkItemMapper items;

	private final WorkItemService workItems;

	WorkItemConsistency(Workflow workflow, WorkItemMapper items, WorkItemService workItems) {
		this.workflow = workflow;
		this.items = items;
		this.workItems = workItems;
	}

	/**
	 * Every difference between the engine's open tasks and the work items; empty when
	 * they agree.
	 */
	@Transactional(readOnly = true)
	public List<Difference> check() {
		Map<String, OpenTask> tasks = workflow.allOpenTasks()
			.stream()
			.collect(Collectors.toMap(OpenTask::id, Function.identity()));
		Map<String, WorkItem> rows = items.findAll()
			.stream()
			.collect(Collectors.toMap(WorkItem::taskId, Function.identity()));
		List<Difference> differences = new ArrayList<>();
		tasks.values()
			.stream()
			.filter(task -> !rows.containsKey(task.id()))
			.forEach(task -> differences.add(new Difference(task.id(), Kind.MISSING, task.businessKey())));
		for (WorkItem row : rows.values()) {
			OpenTask task = tasks.get(row.taskId());
			if (task == null) {
				differences.add(new Difference(row.taskId(), Kind.EXTRA, row.caseRef()));
			}
			else if (!Objects.equals(task.assignee(), row.assignee())) {
				differences.add(new Difference(row.taskId(), Kind.ASSIGNEE, row.caseRef()));
			}
			else if (!task.candidateGroups().stream().sorted().toList().equals(items.groupsOf(row.taskId()))) {
				differences.add(new Difference(row.taskId(), Kind.GROUPS, row.caseRef()));
			}
		}
		return differences;
	}

	/** Rebuilds the rows that differ from the engine. */
	@Transactional
	public int repair() {
		List<Difference> differences = check();
		for (Difference difference : differences) {
			workItems.closed(difference.taskId());
			workflow.task(difference.taskId())
				.ifPresent(task -> workItems.opened(new OpenTaskEvent(task.id(), task.businessKey(), task.processKey(),
						task.processInstanceId(), task.taskKey(), task.name(), task.candidateGroups(), task.assignee(),
						task.created(), task.due())));
		}
		return differences.size();
	}

	/** What differs. */
	public enum Kind {

		/** An open task without a work item. */
		MISSING,
		/** A work item without an open task. */
		EXTRA,
		/** Assigned to someone else in the engine. */
		ASSIGNEE,
		/** Offered to other groups in the engine. */
		GROUPS

	}

	/** One difference. */
	public record Difference(String taskId, Kind kind, String caseRef) {
	}

}
