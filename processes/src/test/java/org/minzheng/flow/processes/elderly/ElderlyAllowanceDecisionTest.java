package org.minzheng.flow.processes.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.flow.processes.model.DecisionCheck;

/**
 * The shipped decision file of 高龄津贴: every rule of both tables, the order that makes a
 * disqualifying fact win over an age band (hit policy FIRST), the age bands' edges, and
 * the file passing the console's own check (so a process owner can edit it).
 */
class ElderlyAllowanceDecisionTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static DmnDecision eligibility;

	private static DmnDecision amount;

	@BeforeAll
	static void parse() throws Exception {
		try (InputStream in = resource()) {
			List<DmnDecision> decisions = ENGINE.parseDecisions(in);
			eligibility = decisions.stream()
				.filter(d -> d.getKey().equals(ElderlyAllowanceProcess.DECISION_ELIGIBILITY))
				.findFirst()
				.orElseThrow();
			amount = decisions.stream()
				.filter(d -> d.getKey().equals(ElderlyAllowanceProcess.DECISION_AMOUNT))
				.findFirst()
				.orElseThrow();
		}
	}

	private static InputStream resource() {
		return ElderlyAllowanceDecisionTest.class.getClassLoader()
			.getResourceAsStream(ElderlyAllowanceProcess.DECISION_RESOURCE);
	}

	/** One row per rule of the eligibility table, in its order, then the priorities. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// rule, hukou, age, receiving, deceased, moved out → answer
			"Rule_Deceased,true,85,false,true,false,DECEASED", "Rule_MovedOut,true,85,false,false,true,MOVED_OUT",
			"Rule_NoHukou,false,85,false,false,false,NO_SHENZHEN_HUKOU",
			"Rule_AlreadyReceiving,true,85,true,false,false,ALREADY_RECEIVING",
			"Rule_Under80,true,79,false,false,false,UNDER_80",
			"Rule_Age80to89 lower edge,true,80,false,false,false,AGE_80_89",
			"Rule_Age80to89 upper edge,true,89,false,false,false,AGE_80_89",
			"Rule_Age90to99 lower edge,true,90,false,false,false,AGE_90_99",
			"Rule_Age90to99 upper edge,true,99,false,false,false,AGE_90_99",
			"Rule_Age100Plus,true,100,false,false,false,AGE_100_PLUS",
			"Rule_Age100Plus far,true,107,false,false,false,AGE_100_PLUS",
			// a disqualifying fact wins over the age band and over later disqualifiers
			"deceased before moved out,false,95,true,true,true,DECEASED",
			"moved out before hukou,false,95,true,false,true,MOVED_OUT",
			"no hukou before receiving,false,95,true,false,false,NO_SHENZHEN_HUKOU",
			"receiving before under 80,true,70,true,false,false,ALREADY_RECEIVING" })
	void everyEligibilityRule(String rule, boolean hukou, int age, boolean receiving, boolean deceased,
			boolean movedOut, String expected) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put(ElderlyAllowanceProcess.VAR_HUKOU_SHENZHEN, hukou);
		inputs.put(ElderlyAllowanceProcess.VAR_AGE, age);
		inputs.put(ElderlyAllowanceProcess.VAR_ALREADY_RECEIVING, receiving);
		inputs.put(ElderlyAllowanceProcess.VAR_DECEASED, deceased);
		inputs.put(ElderlyAllowanceProcess.VAR_MOVED_OUT, movedOut);
		Object answer = ENGINE.evaluateDecisionTable(eligibility, inputs).getSingleEntry();
		assertThat(answer).as(rule).isEqualTo(expected);
		assertThat(ElderlyAllowanceProcess.Eligibility.valueOf(expected).eligible())
			.isEqualTo(expected.startsWith("AGE_"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "AGE_80_89,200", "AGE_90_99,500", "AGE_100_PLUS,1000", "UNDER_80,0", "DECEASED,0", "MOVED_OUT,0",
			"NO_SHENZHEN_HUKOU,0", "ALREADY_RECEIVING,0" })
	void everyAmountRule(String eligibilityAnswer, int yuan) {
		Object answer = ENGINE
			.evaluateDecisionTable(amount, Map.of(ElderlyAllowanceProcess.VAR_ELIGIBILITY, eligibilityAnswer))
			.getSingleEntry();
		assertThat(((Number) answer).intValue()).isEqualTo(yuan);
	}

	@Test
	void theTablesHaveTheRowsTheTestsCover() {
		assertThat(((DmnDecisionTableImpl) eligibility.getDecisionLogic()).getRules()).extracting(r -> r.getId())
			.containsExactly("Rule_Deceased", "Rule_MovedOut", "Rule_NoHukou", "Rule_AlreadyReceiving", "Rule_Under80",
					"Rule_Age80to89", "Rule_Age90to99", "Rule_Age100Plus");
		assertThat(((DmnDecisionTableImpl) amount.getDecisionLogic()).getRules()).hasSize(4);
		// every answer of the first table has exactly one amount
		for (ElderlyAllowanceProcess.Eligibility answer : ElderlyAllowanceProcess.Eligibility.values()) {
			assertThat(ENGINE.evaluateDecisionTable(amount, Map.of("eligibility", answer.name())).size())
				.as(answer.name())
				.isOne();
		}
	}

	@Test
	void theRouteSendsEveryUnclearCaseToStaff() {
		assertThat(ElderlyAllowanceProcess.route("AGE_90_99", null)).isEqualTo(ElderlyAllowanceProcess.Route.GRANT);
		assertThat(ElderlyAllowanceProcess.route("DECEASED", null))
			.isEqualTo(ElderlyAllowanceProcess.Route.NOT_ELIGIBLE);
		assertThat(ElderlyAllowanceProcess.route("AGE_80_89", "MISSING_BANK_ACCOUNT"))
			.isEqualTo(ElderlyAllowanceProcess.Route.STAFF);
		assertThat(ElderlyAllowanceProcess.route("NO_SHENZHEN_HUKOU", "CONFLICTING_RECORDS"))
			.isEqualTo(ElderlyAllowanceProcess.Route.STAFF);
	}

	@Test
	void theShippedFilePassesTheConsolesCheck() throws Exception {
		try (InputStream in = resource()) {
			DecisionCheck.Result result = DecisionCheck.check(in.readAllBytes());
			assertThat(result.problems()).isEmpty();
			assertThat(result.decisions()).containsExactly(ElderlyAllowanceProcess.DECISION_ELIGIBILITY,
					ElderlyAllowanceProcess.DECISION_AMOUNT);
		}
	}

}
