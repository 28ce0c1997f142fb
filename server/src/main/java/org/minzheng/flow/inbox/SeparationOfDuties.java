package org.minzheng.flow.inbox;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.ProblemMessages;
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
			throw refused(step.get(), task, null);
		}
	}

	/**
	 * Refuses handing the task to another user (转办, 委派, 加签).
	 * @throws ApiException 409 {@value #CODE}, naming the earlier step
	 */
	void requireForTarget(WorkItem item, OpenTask task, String username) {
		Optional<SeparationOfDutiesMapper.EarlierStep> step = earlierStep(item, task, username);
		if (step.isPresent()) {
			throw refused(step.get(), task, username);
		}
	}

	/** Why the user may not act on the task, for the task page; empty when they may. */
	Optional<String> refusal(WorkItem item, OpenTask task, String username) {
		return earlierStep(item, task, username).map(step -> ProblemMessages.detail(refused(step, task, null)));
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

	/** The refusal of the user, or of handing the task to {@code other}. */
	private static ApiException refused(SeparationOfDutiesMapper.EarlierStep step, OpenTask task, String other) {
		Map<String, Object> properties = Map.of("earlierTaskKey", step.taskKey());
		if (other == null) {
			return new ApiException(HttpStatus.CONFLICT, CODE,
					step.completed() ? "您已办理本案的「{0}」环节，按职责分离规定不能办理「{1}」" : "您已签收本案的「{0}」环节，按职责分离规定不能办理「{1}」",
					properties, step.taskName(), task.name());
		}
		return new ApiException(HttpStatus.CONFLICT, CODE,
				step.completed() ? "{0} 已办理本案的「{1}」环节，按职责分离规定不能办理「{2}」" : "{0} 已签收本案的「{1}」环节，按职责分离规定不能办理「{2}」",
				properties, other, step.taskName(), task.name());
	}

}
