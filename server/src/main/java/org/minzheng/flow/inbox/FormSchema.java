package org.minzheng.flow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.minzheng.flow.shared.ApiException;

/**
 * A form's fields and their rules. Fields with a fixed list of values (radio, select,
 * checkbox) are codes and become process variables; everything else (opinions, lists of
 * missing materials, dates) is data that the server keeps in its own tables: the engine
 * never sees free text.
 */
public record FormSchema(String id, List<Field> fields) {

	/** Field types whose value is a code from a fixed list. */
	static final List<String> CODE_TYPES = List.of("radio", "select", "checkbox");

	/** Longest text accepted where the form sets no limit. */
	static final int DEFAULT_MAX_LENGTH = 2000;

	/**
	 * Checks submitted data against the form: only known fields, required ones present,
	 * codes from the list, text within its length and pattern.
	 * @return the validated data as text values, in form order
	 * @throws ApiException 400 with the failing field
	 */
	public Map<String, String> validate(Map<String, Object> data) {
		for (String key : data.keySet()) {
			if (fields.stream().noneMatch(f -> f.key().equals(key))) {
				throw ApiException.badRequest("UNKNOWN_FIELD", key, "表单没有字段 {0}", key);
			}
		}
		Map<String, String> valid = new LinkedHashMap<>();
		for (Field field : fields) {
			Object raw = data.get(field.key());
			if (field.hidden(data)) {
				if (raw != null && !raw.toString().isBlank()) {
					throw ApiException.badRequest("FIELD_NOT_APPLICABLE", field.key(), "{0}：当前选择下不应填写",
							field.readerLabel());
				}
				continue;
			}
			if (raw != null && !(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
				throw ApiException.badRequest("WRONG_TYPE", field.key(), "{0}：类型不对", field.readerLabel());
			}
			String value = raw == null ? null : raw.toString().strip();
			if (value == null || value.isEmpty()) {
				if (field.required()) {
					throw ApiException.badRequest("FIELD_REQUIRED", field.key(), "请填写：{0}", field.readerLabel());
				}
				continue;
			}
			if (!field.values().isEmpty() && !field.values().contains(value)) {
				throw ApiException.badRequest("INVALID_OPTION", field.key(), "{0}：不是可选的值", field.readerLabel());
			}
			int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
			if (value.codePointCount(0, value.length()) > max) {
				throw ApiException.badRequest("FIELD_TOO_LONG", field.key(), "{0}：不能超过 {1} 字", field.readerLabel(),
						max);
			}
			if (field.pattern() != null && !Pattern.matches(field.pattern(), value)) {
				throw ApiException.badRequest("FIELD_PATTERN", field.key(), "{0}：格式不对", field.readerLabel());
			}
			valid.put(field.key(), value);
		}
		return valid;
	}

	/**
	 * The codes the data chooses so far, for a preview of the completion: fields the form
	 * does not have and values outside a field's list are refused as by
	 * {@link #validate}; nothing is required yet.
	 * @throws ApiException 400 with the failing field
	 */
	public Map<String, Object> chosenCodes(Map<String, Object> data) {
		Map<String, Object> codes = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : data.entrySet()) {
			Field field = fields.stream()
				.filter(f -> f.key().equals(entry.getKey()))
				.findFirst()
				.orElseThrow(
						() -> ApiException.badRequest("UNKNOWN_FIELD", entry.getKey(), "表单没有字段 {0}", entry.getKey()));
			Object raw = entry.getValue();
			if (raw == null || !CODE_TYPES.contains(field.type()) || field.values().isEmpty()) {
				continue;
			}
			if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)
					|| !field.values().contains(raw.toString().strip())) {
				throw ApiException.badRequest("INVALID_OPTION", field.key(), "{0}：不是可选的值", field.readerLabel());
			}
			codes.put(field.key(), raw.toString().strip());
		}
		return codes;
	}

	/** The validated values that are codes, to become process variables. */
	public Map<String, Object> codes(Map<String, String> valid) {
		Map<String, Object> codes = new LinkedHashMap<>();
		fields.stream()
			.filter(f -> CODE_TYPES.contains(f.type()) && !f.values().isEmpty() && valid.containsKey(f.key()))
			.forEach(f -> codes.put(f.key(), valid.get(f.key())));
		return codes;
	}

	/**
	 * One input of a form; hidden (neither required nor accepted) while its condition
	 * holds.
	 */
	public record Field(String key, String type, String label, String labelEn, boolean required, Integer maxLength,
			String pattern, List<String> values, HideCondition hideWhen) {

		/**
		 * The label in the reader's language: the form's own English ({@code label@en},
		 * see docs/process-models.md) for English readers where it has one.
		 */
		String readerLabel() {
			return org.minzheng.flow.shared.Languages.text(label, labelEn);
		}

		boolean hidden(Map<String, Object> data) {
			return hideWhen != null && hideWhen.holds(data);
		}

	}

	/**
	 * The FEEL conditions our forms use to hide a field: {@code =key = "VALUE"} and
	 * {@code =key != "VALUE"}. Any other expression fails when the form is loaded, so the
	 * server never silently skips a rule it can't read.
	 */
	public record HideCondition(String key, boolean equal, String value) {

		private static final Pattern FORM = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

		static HideCondition parse(String expression) {
			java.util.regex.Matcher matcher = FORM.matcher(expression);
			if (!matcher.matches()) {
				throw new IllegalStateException("Unsupported form condition: " + expression);
			}
			return new HideCondition(matcher.group(1), matcher.group(2).equals("="), matcher.group(3));
		}

		boolean holds(Map<String, Object> data) {
			Object actual = data.get(key);
			boolean same = actual != null && value.equals(actual.toString());
			return equal == same;
		}

	}

}
