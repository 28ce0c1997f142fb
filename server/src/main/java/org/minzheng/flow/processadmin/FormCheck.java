package org.minzheng.flow.processadmin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.inbox.FormSchemas;
import org.minzheng.flow.processes.model.ModelRules.Problem;

/**
 * Checks a form a process owner edited in the form-js editor before it travels with a
 * change: well-formed form-js JSON within a size limit, its id the id the model's
 * {@code camunda:formRef} names, only the component types the server can validate, field
 * keys well-formed and unique, code values plain, patterns and hide conditions the server
 * can read. The problems name the form (as element id) and use stable codes.
 */
final class FormCheck {

	/** Largest form accepted, in bytes. */
	static final int MAX_FORM_BYTES = 256 * 1024;

	/** A form id: lower case words joined by hyphens, like the shipped forms. */
	static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,8}");

	/** A field key: a process-variable-like lower camel case name. */
	static final Pattern FIELD_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	private static final Pattern CODE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** What the server's form validation understands; no iframes, HTML or scripts. */
	static final Set<String> COMPONENT_TYPES = Set.of("text", "textfield", "textarea", "number", "checkbox", "radio",
			"select", "datetime", "group", "separator", "spacer");

	private static final int MAX_DEPTH = 4;

	private static final int MAX_PATTERN = 200;

	private FormCheck() {
	}

	/** The problems of a form, empty when it may travel with a change. */
	static List<Problem> check(String formId, String text, ObjectMapper json) {
		List<Problem> problems = new ArrayList<>();
		if (formId == null || formId.length() > 64 || !FORM_ID.matcher(formId).matches()) {
			problems.add(new Problem(formId, "FORM_ID_INVALID", "表单标识须为小写英文单词以连字符相连，例如 aid-street-review"));
			return problems;
		}
		if (text == null || text.isBlank()) {
			problems.add(new Problem(formId, "FORM_MALFORMED", "表单内容为空"));
			return problems;
		}
		if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FORM_BYTES) {
			problems.add(new Problem(formId, "FORM_TOO_LARGE", "表单不能超过 256 KB"));
			return problems;
		}
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (IOException ex) {
			problems.add(new Problem(formId, "FORM_MALFORMED", "表单不是格式正确的 JSON"));
			return problems;
		}
		if (root == null || !root.isObject() || !root.path("components").isArray()
				|| !"default".equals(root.path("type").asText())) {
			problems.add(new Problem(formId, "FORM_MALFORMED", "不是 form-js 表单（须有 type=default 和 components）"));
			return problems;
		}
		if (!formId.equals(root.path("id").asText())) {
			problems.add(new Problem(formId, "FORM_ID_MISMATCH",
					"表单内的标识（" + root.path("id").asText() + "）须与引用它的表单标识 " + formId + " 一致"));
		}
		components(formId, root.path("components"), 1, new HashSet<>(), problems);
		if (problems.isEmpty()) {
			try {
				FormSchemas.read(root);
			}
			catch (RuntimeException ex) {
				problems.add(new Problem(formId, "FORM_CONDITION_UNSUPPORTED",
						"服务器无法读取表单的显示条件，只支持 =字段 = \"值\" 与 =字段 != \"值\""));
			}
		}
		return problems;
	}

	private static void components(String formId, JsonNode components, int depth, Set<String> keys,
			List<Problem> problems) {
		if (depth > MAX_DEPTH) {
			problems.add(new Problem(formId, "FORM_MALFORMED", "表单分组嵌套过深"));
			return;
		}
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if (!COMPONENT_TYPES.contains(type)) {
				problems.add(new Problem(formId, "FORM_COMPONENT_NOT_ALLOWED", "不支持的表单组件：" + type));
				continue;
			}
			if (component.has("key")) {
				String key = component.path("key").asText();
				if (!FIELD_KEY.matcher(key).matches()) {
					problems.add(new Problem(formId, "FORM_FIELD_KEY_INVALID", "字段键须为英文小驼峰（字母和数字，64 字符以内）：" + key));
				}
				else if (!keys.add(key)) {
					problems.add(new Problem(formId, "FORM_FIELD_KEY_DUPLICATE", "字段键重复：" + key));
				}
			}
			for (JsonNode value : component.path("values")) {
				if (!CODE_VALUE.matcher(value.path("value").asText()).matches()) {
					problems.add(new Problem(formId, "FORM_VALUE_INVALID",
							"选项的值须为英文字母、数字、下划线或连字符：" + value.path("value").asText()));
				}
			}
			JsonNode pattern = component.path("validate").path("pattern");
			if (pattern.isTextual()) {
				try {
					if (pattern.asText().length() > MAX_PATTERN) {
						throw new PatternSyntaxException("too long", pattern.asText(), MAX_PATTERN);
					}
					Pattern.compile(pattern.asText());
				}
				catch (PatternSyntaxException ex) {
					problems.add(new Problem(formId, "FORM_PATTERN_INVALID",
							"字段的校验格式无效或过长：" + component.path("key").asText()));
				}
			}
			if (component.has("components")) {
				components(formId, component.path("components"), depth + 1, keys, problems);
			}
		}
	}

}
