package org.minzheng.flow.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where open tasks live, for the permission check before a task endpoint runs:
 * {@code task} (the task's unit, for anyone with a role of its line there) and
 * {@code task-actor} (its candidate groups and assignee: those who may work on it). Cases
 * ({@code case}) are the case module's.
 */
@Component
class InboxTargets implements AccessTargets {

	private static final String TASK_NOT_FOUND = "TASK_NOT_FOUND";

	private static final String TASK_NOT_FOUND_TEXT = "任务不存在或无权查看";

	private final WorkItemMapper items;

	private final EndedTasks endedTasks;

	InboxTargets(WorkItemMapper items, EndedTasks endedTasks) {
		this.items = items;
		this.endedTasks = endedTasks;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(new Kind("task", id -> task("task", id), TASK_NOT_FOUND, TASK_NOT_FOUND_TEXT),
				new Kind("task-actor", id -> task("task-actor", id), TASK_NOT_FOUND, TASK_NOT_FOUND_TEXT));
	}

	private Optional<Target> task(String kind, String id) {
		WorkItem item = items.find(id);
		if (item == null) {
			return ended(kind, id);
		}
		if (item.line() == null) {
			return Optional.empty();
		}
		if ("task".equals(kind)) {
			return Optional.of(Target.at(item.line(), item.orgUnitCode()));
		}
		return Optional.of(new Target(item.line(), Set.of(item.orgUnitCode()), new LinkedHashSet<>(items.groupsOf(id)),
				item.assignee()));
	}

	/**
	 * A task completed since the user's page was loaded: those of the role and unit it
	 * was completed in pass, and the endpoint tells them it has changed.
	 */
	private Optional<Target> ended(String kind, String taskId) {
		Optional<List<String>> groups = endedTasks.groups(taskId);
		if (groups.isEmpty() || groups.get().isEmpty()) {
			return Optional.empty();
		}
		Optional<BusinessLine> line = groups.get()
			.stream()
			.map(BusinessLine::ofGroup)
			.flatMap(Optional::stream)
			.findFirst();
		if (line.isEmpty()) {
			return Optional.empty();
		}
		Set<String> units = new LinkedHashSet<>();
		groups.get().stream().filter(g -> g.contains("@")).forEach(g -> units.add(g.substring(g.indexOf('@') + 1)));
		return Optional.of("task".equals(kind) ? Target.at(line.get(), units)
				: new Target(line.get(), units, new LinkedHashSet<>(groups.get()), null));
	}

}
