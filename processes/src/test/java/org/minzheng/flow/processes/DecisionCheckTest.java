package org.minzheng.flow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.model.DecisionCheck;
import org.minzheng.flow.processes.model.ModelRules;

/**
 * A process owner's decision file is read safely and checked before the engine sees it:
 * no DOCTYPE (so no entity), a size limit, decision ids after the convention, a history
 * time to live, FEEL only.
 */
class DecisionCheckTest {

	@Test
	void acceptsAPlainDecisionTable() throws IOException {
		DecisionCheck.Result result = DecisionCheck.check(sample().getBytes(StandardCharsets.UTF_8));
		assertThat(result.problems()).isEmpty();
		assertThat(result.decisions()).containsExactly("Decision_AidPriority");
	}

	@Test
	void refusesADoctypeAndExternalEntities() throws IOException {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ sample().substring(sample().indexOf("<definitions")).replace("低保办理优先级", "&x;");
		assertThat(codes(xxe)).containsExactly("XML_DOCTYPE_NOT_ALLOWED");
		String bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
				+ "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">&b;</definitions>";
		assertThat(codes(bomb)).containsExactly("XML_DOCTYPE_NOT_ALLOWED");
	}

	@Test
	void refusesMalformedOversizedAndNonDmnFiles() throws IOException {
		assertThat(codes("<definitions><decision")).containsExactly("XML_MALFORMED");
		assertThat(codes("")).containsExactly("DMN_MISSING");
		String huge = sample().replace("</definitions>",
				"<!--" + "x".repeat(DecisionCheck.MAX_DMN_BYTES) + "--></definitions>");
		assertThat(codes(huge)).containsExactly("DMN_TOO_LARGE");
		assertThat(codes("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"))
			.containsExactly("DMN_INVALID");
	}

	@Test
	void decisionIdsFollowTheConventionAndNeedAHistoryTimeToLive() throws IOException {
		String bad = sample().replace("Decision_AidPriority", "aidPriority")
			.replace(" camunda:historyTimeToLive=\"1825\"", "");
		assertThat(codes(bad)).containsExactlyInAnyOrder("DECISION_ID_INVALID", "HISTORY_TTL_MISSING");
		assertThat(ModelRules.DECISION_ID.matcher("Decision_AidPriority").matches()).isTrue();
		assertThat(ModelRules.DECISION_ID.matcher("Decision_aid").matches()).isFalse();
	}

	@Test
	void refusesScriptsJavaFunctionsAndCamundaClasses() throws IOException {
		String script = sample().replace("<inputExpression id=\"InputExpression_District\" typeRef=\"string\">",
				"<inputExpression id=\"InputExpression_District\" typeRef=\"string\" expressionLanguage=\"javascript\">");
		assertThat(codes(script)).containsExactly("SCRIPT_NOT_ALLOWED");
		String juel = sample().replace("<outputEntry id=\"LiteralExpression_Other\">",
				"<outputEntry id=\"LiteralExpression_Other\" expressionLanguage=\"juel\">");
		assertThat(codes(juel)).containsExactly("SCRIPT_NOT_ALLOWED");
		String external = sample().replace("<text>\"NORMAL\"</text>",
				"<text>function(x) external { java: { class: \"java.lang.Runtime\", method signature: \"exec(java.lang.String)\" } }</text>");
		assertThat(codes(external)).containsExactly("SCRIPT_NOT_ALLOWED");
		String className = sample().replace("camunda:historyTimeToLive=\"1825\"",
				"camunda:historyTimeToLive=\"1825\" camunda:class=\"java.lang.ProcessBuilder\"");
		assertThat(codes(className)).containsExactly("CLASS_NOT_ALLOWED");
	}

	private static java.util.List<String> codes(String dmn) {
		return DecisionCheck.check(dmn.getBytes(StandardCharsets.UTF_8))
			.problems()
			.stream()
			.map(ModelRules.Problem::code)
			.toList();
	}

	static String sample() throws IOException {
		try (InputStream in = DecisionCheckTest.class.getResourceAsStream("/dmn-samples/aid-priority.dmn")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
