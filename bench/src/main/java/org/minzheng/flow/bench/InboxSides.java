package org.minzheng.flow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.inbox.InboxQuery;
import org.minzheng.flow.inbox.SlaState;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.processes.aid.AidApplicationProcess;

/**
 * The same 待办 question asked both ways: of our {@code work_item} read model, and of plain
 * Camunda's {@code TaskQuery} with candidate groups and process-variable filters — the
 * way a Camunda application without a read model builds its inbox. Both answer with task
 * ids in due-date order.
 */
public final class InboxSides {

	/** What a clerk filters by; null means not filtered. */
	public record Filter(String label, String taskKey, SlaState due, String namePrefix, String idNumber) {
	}

	private final WorkItemService ours;

	private final TaskService camunda;

	public InboxSides(BenchApplication app) {
		this.ours = app.bean(WorkItemService.class);
		this.camunda = app.bean(TaskService.class);
	}

	/** The filter combinations a street clerk uses. */
	public static List<Filter> filters(String idNumber) {
		return List.of(new Filter("no filter, page 1", null, null, null, null),
				new Filter("task + overdue", AidApplicationProcess.TASK_ACCEPTANCE_CHECK, SlaState.OVERDUE, null, null),
				new Filter("task + due soon", AidApplicationProcess.TASK_ACCEPTANCE_CHECK, SlaState.DUE_SOON, null,
						null),
				new Filter("name prefix 张", null, null, "张", null),
				new Filter("ID number", null, null, null, idNumber));
	}

	public List<String> ours(String street, Filter filter, int page, int size) {
		String clerk = CaseGenerator.clerk(street);
		InboxQuery query = new InboxQuery(clerk, AidApplicationProcess.PROCESS_KEY, filter.taskKey(), null,
				filter.due(), filter.namePrefix(), filter.idNumber(), page * size, size);
		return ours
			.inbox(query, Set.of(AidApplicationProcess.clerkGroup(street)), Set.of(street),
					Set.of(BusinessLine.AID.code()))
			.items()
			.stream()
			.map(WorkItem::taskId)
			.toList();
	}

	public List<String> camunda(String street, Filter filter, int page, int size) {
		Instant now = Instant.now();
		TaskQuery query = camunda.createTaskQuery()
			.processDefinitionKey(AidApplicationProcess.PROCESS_KEY)
			.taskCandidateGroupIn(List.of(AidApplicationProcess.clerkGroup(street)));
		if (filter.taskKey() != null) {
			query.taskDefinitionKey(filter.taskKey());
		}
		if (filter.due() == SlaState.OVERDUE) {
			query.dueBefore(Date.from(now));
		}
		else if (filter.due() == SlaState.DUE_SOON) {
			query.dueAfter(Date.from(now.minusMillis(1))).dueBefore(Date.from(now.plus(Duration.ofDays(1))));
		}
		if (filter.namePrefix() != null) {
			query.processVariableValueLike("applicantName", filter.namePrefix() + "%");
		}
		if (filter.idNumber() != null) {
			query.processVariableValueEquals("applicantIdNumber", filter.idNumber());
		}
		return query.orderByDueDate().asc().listPage(page * size, size).stream().map(Task::getId).toList();
	}

}
