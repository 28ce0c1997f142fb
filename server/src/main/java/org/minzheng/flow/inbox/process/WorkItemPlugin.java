package org.minzheng.flow.inbox.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.minzheng.flow.inbox.OpenTaskEvent;
import org.minzheng.flow.inbox.WorkItemService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds the work-item listener to every user task of every deployed process, so no BPMN
 * has to remember it: the inbox mirrors each open task in the engine's own transaction.
 */
@Component
class WorkItemPlugin extends AbstractProcessEnginePlugin {

	private final WorkItemService workItems;

	WorkItemPlugin(@Lazy WorkItemService workItems) {
		this.workItems = workItems;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
					.getTaskDefinition();
				TaskListener listener = WorkItemPlugin.this::notify;
				definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
				definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
				definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
				definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
				definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
			}
		});
	}

	private void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> workItems.opened(event(task));
			case TaskListener.EVENTNAME_ASSIGNMENT -> workItems.assigned(task.getId(), task.getAssignee());
			case TaskListener.EVENTNAME_UPDATE -> {
				// the update event also fires for a claim or a variable: write only a new
				// due date
				if (dueDateChanged(task)) {
					workItems.dueChanged(task.getId(),
							task.getDueDate() == null ? null : task.getDueDate().toInstant());
				}
			}
			case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> workItems.closed(task.getId());
			default -> {
			}
		}
	}

	private static boolean dueDateChanged(DelegateTask task) {
		return !(task instanceof TaskEntity entity) || entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE);
	}

	/**
	 * The key of the task's process. Not from the definition id: a key longer than about
	 * 25 characters makes the engine use a bare generated id (ids are capped at 64).
	 */
	private static String processKeyOf(DelegateTask task) {
		org.camunda.bpm.model.xml.instance.ModelElementInstance element = task.getBpmnModelElementInstance();
		while (element != null && !(element instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
			element = element.getParentElement();
		}
		return element == null ? task.getProcessDefinitionId().split(":")[0] : element.getAttributeValue("id");
	}

	private static OpenTaskEvent event(DelegateTask task) {
		List<String> groups = task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.sorted()
			.toList();
		String processKey = task.getProcessDefinitionId() == null ? null : processKeyOf(task);
		return new OpenTaskEvent(task.getId(), task.getExecution().getProcessBusinessKey(), processKey,
				task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(), groups, task.getAssignee(),
				task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant());
	}

}
