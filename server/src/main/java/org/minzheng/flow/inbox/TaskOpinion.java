package org.minzheng.flow.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;

/**
 * Whether completing a task asks for the handler's opinion (审批意见), as its user task says
 * in the model (extension property {@value ProcessConventions#PROPERTY_OPINION}:
 * required, optional — the default — or none). The opinion is sent beside the form's data
 * and becomes the reason of the completion in the case's history.
 * <p>
 * Clients written before the 办理 dialog sent it as the form field {@code opinion}; where
 * the task's form has no such field, that value is still taken as the opinion. Where the
 * form has its own {@code opinion} field (e.g. 审核意见, or 不予受理理由 shown only on a refusal),
 * that field counts as the opinion when none is sent beside it, and takes the opinion
 * sent beside it when it is shown and left empty.
 */
record TaskOpinion(String setting) {

	/** Longest opinion, in characters. */
	static final int MAX_LENGTH = 500;

	/** The form field older clients send the opinion in. */
	static final String FIELD = "opinion";

	static TaskOpinion of(Workflow workflow, OpenTask task) {
		String setting = workflow.taskProperties(task.processDefinitionId(), task.taskKey())
			.getOrDefault(ProcessConventions.PROPERTY_OPINION, ProcessConventions.OPINION_OPTIONAL);
		return new TaskOpinion(
				ProcessConventions.OPINION_VALUES.contains(setting) ? setting : ProcessConventions.OPINION_OPTIONAL);
	}

	boolean required() {
		return ProcessConventions.OPINION_REQUIRED.equals(setting);
	}

	/**
	 * Checks the opinion sent with a completion.
	 * @param form the task's form
	 * @param data the form's data as sent (may be null)
	 * @param opinion the opinion as sent beside it (may be null)
	 * @return the form data to validate and the opinion to record (null when none)
	 * @throws ApiException 400 {@code OPINION_REQUIRED}, {@code OPINION_TOO_LONG},
	 * {@code OPINION_NOT_TAKEN} or {@code WRONG_TYPE}, all on the field {@code opinion}
	 */
	Given check(FormSchema form, Map<String, Object> data, String opinion) {
		Map<String, Object> fields = new LinkedHashMap<>(data == null ? Map.of() : data);
		boolean formHasOpinion = form.fields().stream().anyMatch(f -> FIELD.equals(f.key()));
		String given = opinion == null || opinion.isBlank() ? null : opinion.strip();
		if (given == null && !formHasOpinion && fields.containsKey(FIELD)) {
			Object old = fields.remove(FIELD);
			if (old != null && !(old instanceof String)) {
				throw ApiException.badRequest("WRONG_TYPE", FIELD, "审批意见：类型不对");
			}
			given = old == null || old.toString().isBlank() ? null : old.toString().strip();
		}
		if (given != null && ProcessConventions.OPINION_NONE.equals(setting)) {
			throw ApiException.badRequest("OPINION_NOT_TAKEN", FIELD, "该环节不填写审批意见");
		}
		if (given != null && given.codePointCount(0, given.length()) > MAX_LENGTH) {
			throw ApiException.badRequest("OPINION_TOO_LONG", FIELD, "审批意见不能超过 {0} 字", MAX_LENGTH);
		}
		Object inForm = formHasOpinion ? fields.get(FIELD) : null;
		boolean formGives = inForm != null && !inForm.toString().isBlank();
		if (given != null && !formGives
				&& form.fields()
					.stream()
					.anyMatch(f -> FIELD.equals(f.key()) && !f.hidden(fields) && "textarea".equals(f.type()))) {
			// the form's own opinion field, shown and left empty, takes the opinion
			fields.put(FIELD, given);
		}
		if (required() && given == null && !formGives) {
			throw ApiException.badRequest("OPINION_REQUIRED", FIELD, "请填写审批意见");
		}
		return new Given(fields, given);
	}

	/**
	 * The form data without the opinion older clients sent in it (where the form has no
	 * {@code opinion} field).
	 */
	static Map<String, Object> withoutOldOpinion(FormSchema form, Map<String, Object> data) {
		Map<String, Object> fields = new LinkedHashMap<>(data == null ? Map.of() : data);
		if (form.fields().stream().noneMatch(f -> FIELD.equals(f.key()))) {
			fields.remove(FIELD);
		}
		return fields;
	}

	/** The form data to validate, and the opinion sent beside it (null when none). */
	record Given(Map<String, Object> data, String opinion) {
	}

}
