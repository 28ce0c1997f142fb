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
 * Every path of one offer: accept to an open outlet, decline, expiry, failed inspection.
 */
@Deployment(resources = { RESOURCE, LotteryProcessTestCase.FORMS + "lottery-site-inspection.form",
		LotteryProcessTestCase.FORMS + "lottery-agency-contract.form",
		LotteryProcessTestCase.FORMS + "lottery-terminal-installation.form",
		LotteryProcessTestCase.FORMS + "lottery-issue-certificate.form" })
class LotteryOfferProcessTest extends LotteryProcessTestCase {

	static final String OFFER_NO = "LTO-440308-000001";

	static final Date DEADLINE = Date.from(Instant.parse("2026-03-09T15:59:59Z"));

	ProcessInstance offer() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, OFFER_NO, Map.of(VAR_OFFER_ID, 11L,
				VAR_DISTRICT_CODE, DISTRICT, VAR_AREA_CODE, "440308-A", VAR_ANSWER_DEADLINE, DEADLINE));
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
	void acceptedOfferGoesThroughInspectionContractTerminalAndCertificateToAnOpenOutlet() {
		// given
		ProcessInstance instance = offer();

		// when
		answer(MESSAGE_ACCEPTED);
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.PASS.name()));
		completeTask(instance, TASK_AGENCY_CONTRACT, Map.of());
		completeTask(instance, TASK_TERMINAL_INSTALLATION, Map.of());
		completeTask(instance, TASK_ISSUE_CERTIFICATE, Map.of());

		// then
		assertThat(instance)
			.hasPassedInOrder(TASK_SITE_INSPECTION, TASK_AGENCY_CONTRACT, TASK_TERMINAL_INSTALLATION,
					TASK_ISSUE_CERTIFICATE)
			.isEnded();
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_OUTLET_OPENED);
		assertThat(task(TASK_SITE_INSPECTION, instance)).isNull();
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
	void failedInspectionReturnsTheOpeningToTheQueue() {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);

		// when
		completeTask(instance, TASK_SITE_INSPECTION,
				withVariables(VAR_INSPECTION_RESULT, InspectionResult.FAIL.name()));

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_INSPECTION_FAILED).hasNotPassed(TASK_AGENCY_CONTRACT);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_INSPECTION_FAILED);
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
