package org.minzheng.flow.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputRulesTest {

	record Person(String name, @InputRules.Verbatim String password, LocalDate born, BigDecimal area, long fen,
			List<String> aliases, List<Child> children, Map<String, String> notes) {
	}

	record Child(String name) {
	}

	record Form(Map<String, Object> data) {
	}

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.registerModule(InputRulesConfig.module())
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

	private Person person(String field, String valueJson) throws Exception {
		return json.readValue("{\"" + field + "\":" + valueJson + "}", Person.class);
	}

	private InputRules.Violation refusal(String field, String valueJson) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> person(field, valueJson));
		assertThat(thrown).as(field + " = " + valueJson).isInstanceOf(InputRulesConfig.Rejected.class);
		return ((InputRulesConfig.Rejected) thrown).violation();
	}

	@Test
	void textIsNormalisedToNfc() throws Exception {
		// "é" as e + combining acute, and a Hangul syllable in jamo
		assertThat(person("name", "\"Jose\\u0301\"").name()).isEqualTo("Jos\u00e9");
		assertThat(person("name", "\"\\u1112\\u1161\\u11ab\"").name()).isEqualTo("\ud55c");
		assertThat(person("name", "\"𠀀𪚥 王\"").name()).isEqualTo("𠀀𪚥 王");
		// a password keeps its code points
		assertThat(person("password", "\"Jose\\u0301\"").password()).isEqualTo("Jose\u0301");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"a\\u0000b\"", "\"a\\u0007\"", "\"\\u009b\"", "\"x\\u007f\"" })
	void controlCharactersAreRefused(String value) {
		assertThat(refusal("name", value).code()).isEqualTo("TEXT_CONTROL_CHARACTER");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"abc\\u202Egnp.exe\"", "\"\\u2066x\"", "\"a\\u200Fb\"", "\"\\u061C\"" })
	void bidirectionalControlsAreRefused(String value) {
		assertThat(refusal("name", value).code()).isEqualTo("TEXT_BIDI_CONTROL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud800\\ud800\"", "\"\\uFFFF\"", "\"\\uFEFFa\"",
			"\"\\uD83F\\uDFFE\"" })
	void loneSurrogatesAndNonCharactersAreRefused(String value) {
		assertThat(refusal("name", value).code()).isEqualTo("TEXT_INVALID_CHARACTER");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\" \"", "\"\\u3000\\u3000\"", "\"\\t\\n \"", "\"\\u00a0\"" })
	void whiteSpaceOnlyIsRefused(String value) {
		assertThat(refusal("name", value).code()).isEqualTo("TEXT_BLANK");
	}

	@Test
	void emptyTabsAndLineBreaksInsideTextAreKept() throws Exception {
		assertThat(person("name", "\"\"").name()).isEmpty();
		assertThat(person("name", "\"第一行\\n\\t第二行\"").name()).isEqualTo("第一行\n\t第二行");
		assertThat(person("name", "null").name()).isNull();
	}

	@Test
	void theRulesReachListsMapsKeysAndNestedRecords() {
		assertThat(refusal("aliases", "[\"ok\", \"\\u202E\"]").code()).isEqualTo("TEXT_BIDI_CONTROL");
		assertThat(refusal("children", "[{\"name\":\"\\u3000\"}]").code()).isEqualTo("TEXT_BLANK");
		assertThat(refusal("notes", "{\"k\":\"\\u0000\"}").code()).isEqualTo("TEXT_CONTROL_CHARACTER");
		assertThat(refusal("notes", "{\"\\u202Ek\":\"v\"}").code()).isEqualTo("TEXT_BIDI_CONTROL");
	}

	@Test
	void untypedFormDataIsCheckedToo() throws Exception {
		Form form = json.readValue("{\"data\":{\"a\":\"Jose\\u0301\",\"n\":[1,2.5,{\"b\":true}]}}", Form.class);
		assertThat(form.data()).containsEntry("a", "Jos\u00e9");
		assertThat(form.data().get("n")).isEqualTo(List.of(1, 2.5, Map.of("b", true)));
		assertThatThrownBy(() -> json.readValue("{\"data\":{\"a\":[\"\\ud800\"]}}", Form.class))
			.isInstanceOf(InputRulesConfig.Rejected.class);
		assertThatThrownBy(() -> json.readValue("{\"data\":{\"\\u0000\":1}}", Form.class))
			.isInstanceOf(InputRulesConfig.Rejected.class);
	}

	@Test
	void theErrorNamesThePath() {
		Throwable thrown = org.assertj.core.api.Assertions
			.catchThrowable(() -> person("children", "[{\"name\":\"ok\"},{\"name\":\"\\u202E\"}]"));
		assertThat(((JsonMappingException) thrown).getPath())
			.extracting(ref -> ref.getFieldName() == null ? String.valueOf(ref.getIndex()) : ref.getFieldName())
			.containsExactly("children", "1", "name");
	}

	@Test
	void datesLieInARange() throws Exception {
		assertThat(person("born", "\"1900-01-01\"").born()).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(person("born", "\"2199-12-31\"").born()).isEqualTo(LocalDate.of(2199, 12, 31));
		assertThat(refusal("born", "\"+999999999-12-31\"").code()).isEqualTo("DATE_OUT_OF_RANGE");
		assertThat(refusal("born", "\"1899-12-31\"").code()).isEqualTo("DATE_OUT_OF_RANGE");
		assertThat(refusal("born", "\"2200-01-01\"").code()).isEqualTo("DATE_OUT_OF_RANGE");
	}

	@Test
	void decimalsHaveBoundedDigits() throws Exception {
		assertThat(person("area", "1234567890123456.12345678").area())
			.isEqualByComparingTo("1234567890123456.12345678");
		assertThat(person("area", "1.50000000000").area()).isEqualByComparingTo("1.5");
		assertThat(refusal("area", "1E+30").code()).isEqualTo("NUMBER_TOO_LONG");
		assertThat(refusal("area", "1E-10").code()).isEqualTo("NUMBER_TOO_LONG");
		assertThat(refusal("area", "12345678901234567").code()).isEqualTo("NUMBER_TOO_LONG");
	}

	@Test
	void wholeFieldsRefuseFractions() throws Exception {
		assertThat(person("fen", "150").fen()).isEqualTo(150);
		assertThatThrownBy(() -> person("fen", "1.5")).isInstanceOf(JsonMappingException.class);
	}

	@Test
	void listsAndMapsAreBounded() throws Exception {
		String thousand = "[" + "\"a\",".repeat(InputRules.MAX_ITEMS - 1) + "\"a\"]";
		assertThat(person("aliases", thousand).aliases()).hasSize(InputRules.MAX_ITEMS);
		assertThat(refusal("aliases", "[" + "\"a\",".repeat(InputRules.MAX_ITEMS) + "\"a\"]").code())
			.isEqualTo("TOO_MANY_ITEMS");
		assertThat(refusal("children", "[" + "{},".repeat(InputRules.MAX_ITEMS) + "{}]").code())
			.isEqualTo("TOO_MANY_ITEMS");
		StringBuilder map = new StringBuilder("{");
		for (int i = 0; i <= InputRules.MAX_ITEMS; i++) {
			map.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
		}
		assertThat(refusal("notes", map.append('}').toString()).code()).isEqualTo("TOO_MANY_ITEMS");
	}

	@Test
	void textRuleDirectly() {
		assertThat(InputRules.text(null)).isNull();
		assertThat(InputRules.text("深圳市民政局")).isEqualTo("深圳市民政局");
		assertThatThrownBy(() -> InputRules.text("\u3000")).isInstanceOf(InputRules.Violation.class);
	}

}
