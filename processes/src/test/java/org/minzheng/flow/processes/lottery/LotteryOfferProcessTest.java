package org.minzheng.flow.processes.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.ProcessConventions.escalatedEndEventOf;
import static org.minzheng.flow.processes.ProcessConventions.escalationTaskOf;
import static org.minzheng.flow.processes.ProcessConventions.overdueBoundaryEventOf;
import static org.minzheng.flow.processes.lottery.LotteryOfferProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Every path of one offer: accept to an open outlet (inspection at the district, review
 * and decision at the city welfare lottery issuing centre, contract, terminal and
 * certificate at the city), decline, expiry, refusal by the city approver.
 */
@Deployment(resources = { RESOURCE, LotteryProcessTestCase.FORMS + "lottery-site-inspection.form",
		LotteryProcessTestCase.FORMS + "lottery-agency-review.form",
		LotteryProcessTestCase.FORMS + "lottery-agency-approval.form",
		LotteryProcessTestCase.FORMS + "lottery-agency-contract.form",
		LotteryProcessTestCase.FORMS + "lottery-terminal-installation.form",
		LotteryProcessTestCase.FORMS + "lottery-issue-certificate.form" })
class LotteryOfferProcessTest extends LotteryProcessTestCase {

	static final String OFFER_NO = "LTO-440308-000001";

	static final Date DEADLINE = Date.from(Instant.parse("2026-03-09T15:59:59Z"));

	ProcessInstance offer() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, OFFER_NO,
				Map.of(VAR_OFFER_ID, 11L, VAR_DISTRICT_CODE, DISTRICT, VAR_CITY_CODE, CITY, VAR_AREA_CODE, "440308-A",
						VAR_ANSWER_DEADLINE, DEADLINE));
	}

	void answer(String message) {
		runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(OFFER_NO).correlate();
	}

	@Test
	void waitsForTheAnswerUntilTheWorkingDayDeadline() {
		// when
		ProcessInstance instance = offer();

		// then
		assertThat(instance).isWaitingAt(GATEWAY_AWAIT_ANSWER);
		assertThat(job(CATCH_EVENT_ANSWER_DEADLINE, instance).getDuedate()).isEqualTo(DEADLINE);
	}

	@Test
	void acceptedOfferIsInspectedAtTheDistrictAndAppointedSignedAndCertifiedAtTheCity() {
		// given
		ProcessInstance instance = offer();

		// when
		answer(MESSAGE_ACCEPTED);
		assertThat(task(TASK_SITE_INSPECTION, instance)).hasCandidateGroup("lottery-reviewer@" + DISTRICT);
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.PASS.name()));
		assertThat(task(TASK_AGENCY_REVIEW, instance)).hasCandidateGroup("lottery-reviewer@" + CITY);
		completeTask(instance, TASK_AGENCY_REVIEW, VAR_AGENCY_RECOMMENDATION, AgencyDecision.APPROVE);
		assertThat(task(TASK_AGENCY_APPROVAL, instance)).hasCandidateGroup("lottery-approver@" + CITY);
		completeTask(instance, TASK_AGENCY_APPROVAL, VAR_AGENCY_DECISION, AgencyDecision.APPROVE);
		assertThat(task(TASK_AGENCY_CONTRACT, instance)).hasCandidateGroup("lottery-clerk@" + CITY);
		completeTask(instance, TASK_AGENCY_CONTRACT, Map.of());
		assertThat(task(TASK_TERMINAL_INSTALLATION, instance)).hasCandidateGroup("lottery-clerk@" + CITY);
		completeTask(instance, TASK_TERMINAL_INSTALLATION, Map.of());
		assertThat(task(TASK_ISSUE_CERTIFICATE, instance)).hasCandidateGroup("lottery-clerk@" + CITY);
		completeTask(instance, TASK_ISSUE_CERTIFICATE, Map.of());

		// then
		assertThat(instance)
			.hasPassedInOrder(TASK_SITE_INSPECTION, TASK_AGENCY_REVIEW, TASK_AGENCY_APPROVAL, TASK_AGENCY_CONTRACT,
					TASK_TERMINAL_INSTALLATION, TASK_ISSUE_CERTIFICATE)
			.isEnded();
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_OUTLET_OPENED);
		assertThat(task(TASK_SITE_INSPECTION, instance)).isNull();
	}

	@Test
	void aFailedInspectionDoesNotEndTheOfferWithoutTheCityApproversDecision() {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);

		// when the district's inspector finds the site unfit
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.FAIL.name()));

		// then the city reviews it; nothing has ended
		assertThat(instance).isWaitingAt(TASK_AGENCY_REVIEW);
		assertThat(this.closed.endEventIds).isEmpty();
	}

	@Test
	void theCityApproverMayAppointTheAgentAgainstTheReviewersRecommendation() {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.PASS.name()));

		// when
		completeTask(instance, TASK_AGENCY_REVIEW, VAR_AGENCY_RECOMMENDATION, AgencyDecision.REFUSE);
		completeTask(instance, TASK_AGENCY_APPROVAL, VAR_AGENCY_DECISION, AgencyDecision.APPROVE);

		// then the recommendation was advice: the decision is the approver's
		assertThat(instance).isWaitingAt(TASK_AGENCY_CONTRACT);
		assertThat(this.closed.endEventIds).isEmpty();
	}

	@Test
	void declinedOfferEndsAndCancelsTheDeadline() {
		// given
		ProcessInstance instance = offer();

		// when
		answer(MESSAGE_DECLINED);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_DECLINED);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_DECLINED);
	}

	@Test
	void offerExpiresWhenTheDeadlinePasses() {
		// given
		ProcessInstance instance = offer();

		// when
		executeJob(instance, CATCH_EVENT_ANSWER_DEADLINE);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_EXPIRED);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_EXPIRED);
	}

	@Test
	void theCityApproversRefusalReturnsTheOpeningToTheQueue() {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.FAIL.name()));
		completeTask(instance, TASK_AGENCY_REVIEW, VAR_AGENCY_RECOMMENDATION, AgencyDecision.REFUSE);

		// when
		completeTask(instance, TASK_AGENCY_APPROVAL, VAR_AGENCY_DECISION, AgencyDecision.REFUSE);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_INSPECTION_FAILED).hasNotPassed(TASK_AGENCY_CONTRACT);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_INSPECTION_FAILED);
	}

	@Test
	void overdueCityDecisionIsEscalatedWithoutLeavingTheTask() throws Exception {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.PASS.name()));
		completeTask(instance, TASK_AGENCY_REVIEW, VAR_AGENCY_RECOMMENDATION, AgencyDecision.APPROVE);

		// when
		executeJob(instance, overdueBoundaryEventOf(TASK_AGENCY_APPROVAL));
		executeJob(instance, escalationTaskOf(TASK_AGENCY_APPROVAL));

		// then
		verify(this.escalateOverdue).execute(any());
		assertThat(instance).hasPassed(escalatedEndEventOf(TASK_AGENCY_APPROVAL)).isWaitingAt(TASK_AGENCY_APPROVAL);
	}

	@Test
	void overdueInspectionIsEscalatedWithoutLeavingTheTask() throws Exception {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);

		// when
		executeJob(instance, overdueBoundaryEventOf(TASK_SITE_INSPECTION));
		executeJob(instance, escalationTaskOf(TASK_SITE_INSPECTION));

		// then
		verify(this.escalateOverdue).execute(any());
		assertThat(instance).hasPassed(escalatedEndEventOf(TASK_SITE_INSPECTION)).isWaitingAt(TASK_SITE_INSPECTION);
		assertThat(this.closed.endEventIds).isEmpty();
	}

}
