package org.minzheng.flow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.minzheng.flow.processes.charity.CharityFundraisingProcess;
import org.minzheng.flow.processes.charity.CharityRecognitionProcess;
import org.minzheng.flow.processes.charity.CharityTrustFilingProcess;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.processes.model.BpmnProperties;
import org.minzheng.flow.processes.socialorg.SocialOrgChangeProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgDeregistrationProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;

/**
 * Separation of duties (职责分离) as the shipped chains declare it: who accepts, reviews and
 * decides a case are different people. The declarations are data of each process version;
 * this test pins them, so that a change is deliberate.
 */
class SeparateDutiesTest {

	@Test
	void readsEveryDeclaredGroupAndIgnoresOtherProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("totalLimitWorkingDays", "30");
		properties.put("separateDuties", "Task_A, Task_B ,,Task_C");
		properties.put("separateDuties.2", "Task_C,Task_D,Task_C");
		properties.put("separateDuties.", "Task_X,Task_Y");
		properties.put("separateDutiesOther", "Task_X,Task_Y");

		assertThat(ProcessConventions.separateDuties(properties)).containsExactly(Set.of("Task_A", "Task_B", "Task_C"),
				Set.of("Task_C", "Task_D"));
		assertThat(ProcessConventions.separateDuties(Map.of())).isEmpty();
	}

	@Test
	void aidSeparatesAcceptanceStreetReviewAndApproval() {
		assertThat(declared(AidApplicationProcess.RESOURCE))
			.containsExactly(Set.of(AidApplicationProcess.TASK_ACCEPTANCE_CHECK,
					AidApplicationProcess.TASK_STREET_REVIEW, AidApplicationProcess.TASK_APPROVAL));
	}

	@Test
	void registrationAndRecognitionSeparateAcceptanceReviewAndDecision() {
		// an association's two stages: the approver of the preparation is not who
		// accepted or
		// reviewed it, the approver of the establishment not who reviewed that
		assertThat(declared(SocialOrgRegistrationProcess.RESOURCE)).containsExactly(
				Set.of(SocialOrgRegistrationProcess.TASK_ACCEPTANCE, SocialOrgRegistrationProcess.TASK_REVIEW,
						SocialOrgRegistrationProcess.TASK_DECISION),
				Set.of(SocialOrgRegistrationProcess.TASK_ACCEPTANCE, SocialOrgRegistrationProcess.TASK_REVIEW,
						SocialOrgRegistrationProcess.TASK_PREPARATION_DECISION),
				Set.of(SocialOrgRegistrationProcess.TASK_ESTABLISHMENT_REVIEW,
						SocialOrgRegistrationProcess.TASK_DECISION));
		assertThat(declared(CharityRecognitionProcess.RESOURCE))
			.containsExactly(Set.of(CharityRecognitionProcess.TASK_ACCEPTANCE, CharityRecognitionProcess.TASK_REVIEW,
					CharityRecognitionProcess.TASK_DECISION));
		assertThat(declared(CharityFundraisingProcess.RESOURCE))
			.containsExactly(Set.of(CharityFundraisingProcess.TASK_ACCEPTANCE, CharityFundraisingProcess.TASK_REVIEW,
					CharityFundraisingProcess.TASK_DECISION));
		assertThat(declared(CharityTrustFilingProcess.RESOURCE)).containsExactly(
				Set.of(CharityTrustFilingProcess.TASK_FILING_REVIEW, CharityTrustFilingProcess.TASK_FILING_DECISION));
	}

	@Test
	void changeDeregistrationAndCreditListingSeparateReviewAndDecision() {
		assertThat(declared(SocialOrgChangeProcess.RESOURCE)).containsExactly(
				Set.of(SocialOrgChangeProcess.TASK_CHANGE_REVIEW, SocialOrgChangeProcess.TASK_CHANGE_DECISION));
		assertThat(declared(SocialOrgCreditListingProcess.RESOURCE)).containsExactly(
				Set.of(SocialOrgCreditListingProcess.TASK_PROPOSAL, SocialOrgCreditListingProcess.TASK_DECISION));
		assertThat(declared(SocialOrgDeregistrationProcess.RESOURCE))
			.containsExactly(Set.of(SocialOrgDeregistrationProcess.TASK_LIQUIDATION_REVIEW,
					SocialOrgDeregistrationProcess.TASK_DEREGISTRATION_DECISION));
	}

	@Test
	void inspectorsDoNotDecideOnTheirOwnInspection() {
		assertThat(declared(CemeteryInspectionProcess.RESOURCE)).containsExactly(
				Set.of(CemeteryInspectionProcess.TASK_ON_SITE_INSPECTION, CemeteryInspectionProcess.TASK_FINDINGS),
				Set.of(CemeteryInspectionProcess.TASK_RE_INSPECTION, CemeteryInspectionProcess.TASK_RESULT),
				Set.of(CemeteryInspectionProcess.TASK_FOLLOW_UP_RE_INSPECTION,
						CemeteryInspectionProcess.TASK_FINAL_RESULT));
		// the district's inspector, the city centre's reviewer and its approver: three
		// people
		assertThat(declared(LotteryOfferProcess.RESOURCE))
			.containsExactly(Set.of(LotteryOfferProcess.TASK_SITE_INSPECTION, LotteryOfferProcess.TASK_AGENCY_REVIEW,
					LotteryOfferProcess.TASK_AGENCY_APPROVAL));
		assertThat(declared(org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess.RESOURCE))
			.containsExactly(Set.of(org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess.TASK_CITY_REVIEW,
					org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess.TASK_CITY_DECISION));
	}

	private static List<Set<String>> declared(String resource) {
		BpmnModelInstance model = ModelRulesTest.read(resource);
		Process process = model.getModelElementsByType(Process.class).iterator().next();
		return ProcessConventions.separateDuties(BpmnProperties.properties(process));
	}

}
