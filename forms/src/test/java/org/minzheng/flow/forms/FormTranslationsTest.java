package org.minzheng.flow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every text a clerk reads on a shipped task form has its English in the form itself: a
 * component's custom property {@code <field>@en} for its label, description, text (the
 * markdown of a text block) and date, time and placeholder labels, and
 * {@code values.<value>@en} for each option's label. The workbench shows these in English
 * mode (web/src/components/formTranslation.js); docs/process-models.md describes the
 * mechanism for process owners.
 */
class FormTranslationsTest {

	/** The component fields shown as text, as formTranslation.js translates them. */
	static final List<String> FIELDS = List.of("label", "description", "text", "dateLabel", "timeLabel", "placeholder");

	static final String LANGUAGE = "@en";

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final ObjectMapper JSON = new ObjectMapper();

	static List<Path> forms() throws IOException, URISyntaxException {
		Path root = Path.of(FormTranslationsTest.class.getResource("/forms").toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
		}
	}

	@Test
	void findsTheShippedForms() throws Exception {
		assertThat(forms()).hasSizeGreaterThan(50);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void everyTextHasItsEnglish(Path form) throws IOException {
		assertThat(missing(JSON.readTree(form.toFile()))).isEmpty();
	}

	@Test
	void namesAMissingOrChineseOrStaleEnglishText() throws IOException {
		JsonNode form = JSON.readTree("""
				{"components": [
				  {"type": "text", "id": "Text_1", "text": "### 审核"},
				  {"type": "radio", "id": "Field_decision", "key": "decision", "label": "审核结论",
				   "values": [{"label": "通过", "value": "PASS"}, {"label": "退回", "value": "RETURN"}],
				   "properties": {"label@en": "审核结论", "values.PASS@en": "Pass", "values.REFUSE@en": "Refuse"}},
				  {"type": "group", "id": "Group_1", "components": [
				    {"type": "textarea", "id": "Field_opinion", "key": "opinion", "label": "意见",
				     "description": "须写明理由", "properties": {"label@en": "Opinion"}}]}
				]}""");
		assertThat(missing(form)).containsExactly("Text_1 text@en missing", "Field_decision label@en is not English",
				"Field_decision values.RETURN@en missing", "Field_decision values.REFUSE@en names no text",
				"Field_opinion description@en missing");
	}

	/** What a form lacks for English mode, one line per text. */
	static List<String> missing(JsonNode form) {
		List<String> problems = new ArrayList<>();
		components(form.path("components"), problems);
		return problems;
	}

	private static void components(JsonNode components, List<String> problems) {
		for (JsonNode component : components) {
			String id = component.path("id").asText();
			JsonNode properties = component.path("properties");
			Set<String> expected = new HashSet<>();
			for (String field : FIELDS) {
				if (!component.path(field).asText().isBlank()) {
					expected.add(field + LANGUAGE);
				}
			}
			for (JsonNode option : component.path("values")) {
				if (!option.path("label").asText().isBlank()) {
					expected.add("values." + option.path("value").asText() + LANGUAGE);
				}
			}
			expected.stream().sorted(FormTranslationsTest::fieldsFirst).forEach(key -> {
				String english = properties.path(key).asText();
				if (english.isBlank()) {
					problems.add(id + " " + key + " missing");
				}
				else if (HAN.matcher(english).find()) {
					problems.add(id + " " + key + " is not English");
				}
			});
			properties.fieldNames().forEachRemaining(key -> {
				if (key.endsWith(LANGUAGE) && !expected.contains(key)) {
					problems.add(id + " " + key + " names no text");
				}
			});
			components(component.path("components"), problems);
		}
	}

	private static int fieldsFirst(String a, String b) {
		boolean optionA = a.startsWith("values.");
		boolean optionB = b.startsWith("values.");
		return optionA == optionB ? a.compareTo(b) : (optionA ? 1 : -1);
	}

}
