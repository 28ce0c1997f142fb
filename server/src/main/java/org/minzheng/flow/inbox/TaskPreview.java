package org.minzheng.flow.inbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgDivisions;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.NextStep;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 办理 dialog shows before a completion: whether the task asks for an opinion, and
 * what completing it with the form's data leads to — the next steps and who does them
 * (the unit and role of their candidate groups). Read-only; whoever may see the task may
 * ask, except auditors (the access rules treat any POST of theirs as a write).
 */
@Service
public class TaskPreview {

	private final TaskWork tasks;

	private final Workflow workflow;

	private final FormSchemas forms;

	private final OrgDirectory orgs;

	private final OrgDivisions divisions;

	TaskPreview(TaskWork tasks, Workflow workflow, FormSchemas forms, OrgDirectory orgs, OrgDivisions divisions) {
		this.tasks = tasks;
		this.workflow = workflow;
		this.forms = forms;
		this.orgs = orgs;
		this.divisions = divisions;
	}

	/**
	 * The preview of completing the task with the given form data.
	 * @throws org.minzheng.flow.shared.ApiException 404 when the user may not see the
	 * task, 400 when the data names a field the form does not have or an option outside a
	 * field's list (fields may still be missing)
	 */
	@Transactional(readOnly = true)
	public Preview preview(String taskId, Map<String, Object> data, StaffUser user) {
		OpenTask task = tasks.view(taskId, user).task();
		TaskOpinion opinion = TaskOpinion.of(workflow, task);
		Map<String, Object> codes = forms.findFor(task)
			.map(form -> form.chosenCodes(TaskOpinion.withoutOldOpinion(form, data)))
			.orElse(Map.of());
		List<Step> steps = workflow.nextSteps(taskId, codes).stream().map(this::step).toList();
		return new Preview(opinion.setting(), TaskOpinion.MAX_LENGTH, steps);
	}

	private Step step(NextStep step) {
		List<Who> who = step.candidateGroups().stream().map(this::who).flatMap(Optional::stream).toList();
		return new Step(step.kind(), step.elementId(),
				org.minzheng.flow.shared.Languages.text(step.name(), step.nameEn()), step.certain(), who);
	}

	/**
	 * A candidate group as the inbox reads it: line, role, unit ({@code aid-clerk@…}).
	 */
	Optional<Who> who(String group) {
		int at = group.indexOf('@');
		if (at < 0) {
			return Optional.empty();
		}
		String unit = group.substring(at + 1);
		String line = BusinessLine.ofGroup(group).map(BusinessLine::code).orElse(null);
		return Role.ofGroup(group)
			.map(role -> new Who(line, role, unit, orgs.nameOf(unit), divisions.nameFor(line, unit)));
	}

	/**
	 * The opinion setting ({@code required}, {@code optional}, {@code none}), its longest
	 * length, and the steps that follow.
	 */
	public record Preview(String opinion, int opinionMaxLength, List<Step> nextSteps) {
	}

	/**
	 * A step that follows: {@code kind} USER_TASK, END, MESSAGE, TIMER or CALL;
	 * {@code taskKey} the element id (for a user task, its task key); {@code name} the
	 * model's name in the reader's language (its {@code name@en} for English);
	 * {@code certain} false where a condition left the branch open; {@code who} the units
	 * and roles it is offered to, as far as known now.
	 */
	public record Step(String kind, String taskKey, String name, boolean certain, List<Who> who) {
	}

	/**
	 * Who a step is offered to: a role at an org unit, in a business line, and the
	 * division that does the line's work there (社会组织管理科; null where none is known), in
	 * the reader's language.
	 */
	public record Who(String line, Role role, String orgUnitCode, String orgUnitName, String division) {
	}

}
