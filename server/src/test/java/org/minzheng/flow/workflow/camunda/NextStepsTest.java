package org.minzheng.flow.workflow.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.workflow.Workflow.NextStep;

/**
 * The walk from a user task of the shipped 低保 model to what its completion leads to,
 * without an engine: the branch the submitted decision takes, who does the next step,
 * waits, and every branch possible where a condition needs what a later step sets.
 */
class NextStepsTest {

	private static final Map<String, Object> MEISHA = Map.of("competentStreetCode", "440308001");

	@Test
	void aReturnedReviewGoesBackToTheStreetsClerks() {
		List<NextStep> steps = NextSteps.of(model(), "Task_StreetReview", with("reviewDecision", "RETURN"), Set.of());

		assertThat(steps).containsExactly(new NextStep(NextStep.USER_TASK, "Task_HomeInvestigation", "入户调查",
				"Home investigation", List.of("aid-clerk@440308001"), true));
	}

	@Test
	void aPassedReviewWaitsForTheNoticePeriod() {
		List<NextStep> steps = NextSteps.of(model(), "Task_StreetReview", with("reviewDecision", "PASS"), Set.of());

		assertThat(steps).extracting(NextStep::kind).isNotEmpty().isSubsetOf(NextStep.MESSAGE, NextStep.TIMER);
		assertThat(steps).allMatch(NextStep::certain);
	}

	@Test
	void aConditionOnWhatALaterStepSetsLeavesEveryBranchPossible() {
		// after 入户调查: 低保 or 特困 decides the path, and the benefit type is not known
		List<NextStep> steps = NextSteps.of(model(), "Task_HomeInvestigation", MEISHA, Set.of());

		assertThat(steps).extracting(NextStep::elementId).contains("Task_SelfCareAssessment");
		assertThat(steps).filteredOn(s -> s.elementId().equals("Task_SelfCareAssessment")).allMatch(s -> !s.certain());
	}

	@Test
	void aRefusedAcceptanceEndsTheCaseAndAWatchingBranchIsLeftOut() {
		assertThat(NextSteps.of(model(), "Task_AcceptanceCheck", with("acceptanceDecision", "REJECT"), Set.of()))
			.extracting(NextStep::kind)
			.containsExactly(NextStep.END);
		List<NextStep> accepted = NextSteps.of(model(), "Task_AcceptanceCheck", with("acceptanceDecision", "ACCEPT"),
				Set.of("IntermediateCatchEvent_TotalLimitAlarm", "Gateway_TotalLimitEvents"));
		assertThat(accepted).extracting(NextStep::elementId)
			.doesNotContain("IntermediateCatchEvent_TotalLimitAlarm", "Gateway_TotalLimitEvents");
	}

	@Test
	void aCandidateGroupFromAVariableNotYetSetIsLeftOpen() {
		List<NextStep> steps = NextSteps.of(model(), "Task_StreetReview", with("reviewDecision", "RETURN"), Set.of());
		assertThat(steps.get(0).candidateGroups()).isNotEmpty();
		List<NextStep> unknown = NextSteps.of(model(), "Task_StreetReview", Map.of("reviewDecision", "RETURN"),
				Set.of());
		assertThat(unknown.get(0).candidateGroups()).isEmpty();
	}

	private static Map<String, Object> with(String name, Object value) {
		Map<String, Object> variables = new java.util.HashMap<>(MEISHA);
		variables.put(name, value);
		return variables;
	}

	private static BpmnModelInstance model() {
		try (InputStream in = NextStepsTest.class.getClassLoader()
			.getResourceAsStream(AidApplicationProcess.RESOURCE)) {
			return Bpmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
