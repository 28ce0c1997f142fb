package org.minzheng.flow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.model.ModelRules;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A form a process owner edited is checked before it travels with a change: every shipped
 * form passes; malformed JSON, an id that is not the referenced one, oversize, bad field
 * keys, components the server can't validate and unreadable rules are refused.
 */
class FormCheckTest {

	final ObjectMapper json = new ObjectMapper();

	@Test
	void everyShippedFormPasses() throws IOException {
		Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form");
		assertThat(forms).isNotEmpty();
		for (Resource form : forms) {
			String id = form.getFilename().replace(".form", "");
			try (InputStream in = form.getInputStream()) {
				assertThat(FormCheck.check(id, new String(in.readAllBytes(), StandardCharsets.UTF_8), json)).as(id)
					.isEmpty();
			}
		}
	}

	@Test
	void refusesMalformedJsonAndWhatIsNotAForm() {
		assertThat(codes("aid-acceptance-check", "{\"components\": [")).containsExactly("FORM_MALFORMED");
		assertThat(codes("aid-acceptance-check", "[1, 2]")).containsExactly("FORM_MALFORMED");
		assertThat(codes("aid-acceptance-check", "{\"id\": \"aid-acceptance-check\"}"))
			.containsExactly("FORM_MALFORMED");
		assertThat(codes("aid-acceptance-check", "")).containsExactly("FORM_MALFORMED");
	}

	@Test
	void theFormsIdMustBeTheReferencedOne() throws IOException {
		assertThat(codes("aid-acceptance-check",
				shipped().replace("\"id\": \"aid-acceptance-check\"", "\"id\": \"aid-approval\"")))
			.containsExactly("FORM_ID_MISMATCH");
		assertThat(codes("Aid_Check", shipped())).containsExactly("FORM_ID_INVALID");
	}

	@Test
	void refusesAnOversizedForm() throws IOException {
		String huge = shipped().replace("核对申请材料", "x".repeat(FormCheck.MAX_FORM_BYTES));
		assertThat(codes("aid-acceptance-check", huge)).containsExactly("FORM_TOO_LARGE");
	}

	@Test
	void fieldKeysAreWellFormedAndUnique() throws IOException {
		assertThat(
				codes("aid-acceptance-check", shipped().replace("\"key\": \"opinion\"", "\"key\": \"opinion; drop\"")))
			.containsExactly("FORM_FIELD_KEY_INVALID");
		assertThat(codes("aid-acceptance-check",
				shipped().replace("\"key\": \"opinion\"", "\"key\": \"missingMaterials\"")))
			.containsExactly("FORM_FIELD_KEY_DUPLICATE");
	}

	@Test
	void refusesComponentsValuesPatternsAndConditionsTheServerCannotCheck() throws IOException {
		assertThat(codes("aid-acceptance-check", shipped().replace("\"type\": \"textarea\"", "\"type\": \"iframe\"")))
			.contains("FORM_COMPONENT_NOT_ALLOWED");
		assertThat(codes("aid-acceptance-check", shipped().replace("\"value\": \"ACCEPT\"", "\"value\": \"a b\"")))
			.containsExactly("FORM_VALUE_INVALID");
		assertThat(codes("aid-acceptance-check",
				shipped().replace("\"maxLength\": 500\n      },\n      \"description\"",
						"\"maxLength\": 500, \"pattern\": \"([a-z\"\n      },\n      \"description\"")))
			.containsExactly("FORM_PATTERN_INVALID");
		assertThat(
				codes("aid-acceptance-check",
						shipped().replace("=acceptanceDecision != \\\"SUPPLEMENT\\\"",
								"=matches(acceptanceDecision, \\\"S.*\\\")")))
			.containsExactly("FORM_CONDITION_UNSUPPORTED");
	}

	private List<String> codes(String id, String text) {
		return FormCheck.check(id, text, json).stream().map(ModelRules.Problem::code).toList();
	}

	static String shipped() throws IOException {
		try (InputStream in = FormCheckTest.class.getResourceAsStream("/forms/aid/aid-acceptance-check.form")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
