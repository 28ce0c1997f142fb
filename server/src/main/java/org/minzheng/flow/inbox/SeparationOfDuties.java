package org.minzheng.flow.inbox;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Separation of duties on one case (职责分离): the user tasks a process version declares
 * together ({@value ProcessConventions#PROPERTY_SEPARATE_DUTIES}) are done by different
 * people. Who did a step is what {@code task_record} says (our record of who completed
 * it, not the engine's history); a step the user holds claimed counts too, so one person
 * cannot take two of them at once. Every way to a task asks here: claim, complete, send
 * back, and the target of a transfer, delegation or added signer.
 */
@Component
class SeparationOfDuties {

	static final String CODE = "SEPARATION_OF_DUTIES";

	private final Workflow workflow;

	private final SeparationOfDutiesMapper steps;

	SeparationOfDuties(Workflow workflow, SeparationOfDutiesMapper steps) {
		this.workflow = workflow;
		this.steps = steps;
	}

	/**
	 * Refuses the user acting on the task themselves.
	 * @throws ApiException 409 {@value #CODE}, naming the earlier step
	 */
	void requireFor(WorkItem item, OpenTask task, String username) {
		Optional<SeparationOfDutiesMapper.EarlierStep> step = earlierStep(item, task, username);
		if (step.isPresent()) {
			throw refused(step.get(), message("您", step.get(), task));
		}
	}

	/**
	 * Refuses handing the task to another user (转办, 委派, 加签).
	 * @throws ApiException 409 {@value #CODE}, naming the earlier step
	 */
	void requireForTarget(WorkItem item, OpenTask task, String username) {
		Optional<SeparationOfDutiesMapper.EarlierStep> step = earlierStep(item, task, username);
		if (step.isPresent()) {
			throw refused(step.get(), message(username + " ", step.get(), task));
		}
	}

	/** Why the user may not act on the task, for the task page; empty when they may. */
	Optional<String> refusal(WorkItem item, OpenTask task, String username) {
		return earlierStep(item, task, username).map(step -> message("您", step, task));
	}

	/**
	 * The step of the same declared group(s) the user did (or holds) on this case, if
	 * any. No query at all for a task outside every group.
	 */
	Optional<SeparationOfDutiesMapper.EarlierStep> earlierStep(WorkItem item, OpenTask task, String username) {
		Set<String> others = new LinkedHashSet<>();
		for (Set<String> group : ProcessConventions
			.separateDuties(workflow.processProperties(task.processDefinitionId()))) {
			if (group.contains(task.taskKey())) {
				others.addAll(group);
			}
		}
		// the same step again (a second review after a return, a panel's other
		// instances) is no conflict
		others.remove(task.taskKey());
		if (others.isEmpty()) {
			return Optional.empty();
		}
		return steps.stepsOf(item.caseRef(), username, others, task.id()).stream().findFirst();
	}

	private static String message(String who, SeparationOfDutiesMapper.EarlierStep step, OpenTask task) {
		return who + (step.completed() ? "已办理" : "已签收") + "本案的「" + step.taskName() + "」环节，按职责分离规定不能办理「" + task.name()
				+ "」";
	}

	private static ApiException refused(SeparationOfDutiesMapper.EarlierStep step, String message) {
		return new ApiException(HttpStatus.CONFLICT, CODE, message, Map.of("earlierTaskKey", step.taskKey()));
	}

}
