package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess.AcceptanceDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.HandOverDecision;

/**
 * Intake at any street window, acceptance check, one-time supplement request, hukou and
 * economic check.
 */
class AidApplicationIntakeTest extends AidProcessTestCase {

	@Test
	void handsOverToCompetentStreetWhenReceivedAtAnotherStreet() throws Exception {
		// given
		Map<String, Object> variables = startVariables();
		variables.put(VAR_INTAKE_STREET_CODE, OTHER_STREET);
		ProcessInstance instance = startApplication(variables);
		assertThat(instance).isWaitingAtExactly(TASK_HAND_OVER);
		assertThat(task(TASK_HAND_OVER, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET));

		// when
		completeTask(instance, TASK_HAND_OVER, VAR_HAND_OVER_DECISION, HandOverDecision.RECEIVED);

		// then
		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE_CHECK);
		assertThat(task(TASK_ACCEPTANCE_CHECK, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET));
	}

	@Test
	void startsAcceptanceCheckAtOnceWhenReceivedAtCompetentStreet() {
		// when
		ProcessInstance instance = startApplication();

		// then
		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE_CHECK)
			.hasNotPassed(TASK_HAND_OVER)
			.hasBusinessKey(APPLICATION_NUMBER);
		assertThat(task(TASK_ACCEPTANCE_CHECK, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET));
	}

	@Test
	void endsNotAcceptedWhenAcceptanceCheckRejects() {
		// given
		ProcessInstance instance = startApplication();

		// when
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.REJECT);

		// then
		assertThat(instance).hasPassed(END_EVENT_NOT_ACCEPTED).isEnded();
		assertThat(this.caseClosed.endEventIds()).containsExactly(END_EVENT_NOT_ACCEPTED);
		verifyNoInteractions(this.verifyHukou);
	}

	@Test
	void asksForAllMissingMaterialsOnceAndWaitsForThem() throws Exception {
		// given
		ProcessInstance instance = startApplication();

		// when
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);

		// then
		verify(this.notifySupplement).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_SUPPLEMENT);
		assertThat(jobAt(instance, BOUNDARY_EVENT_SUPPLEMENT_EXPIRED).getDuedate())
			.isEqualTo(RecordingSla.daysFromNow(10));
	}

	@Test
	void checksAcceptanceAgainWhenSupplementReceived() {
		// given
		ProcessInstance instance = startApplication();
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);

		// when
		correlate(MESSAGE_SUPPLEMENT_RECEIVED);

		// then
		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE_CHECK).hasPassed(RECEIVE_TASK_AWAIT_SUPPLEMENT);
		assertThat(jobQuery().activityId(BOUNDARY_EVENT_SUPPLEMENT_EXPIRED).count()).isZero();
	}

	@Test
	void closesCaseWhenSupplementDeadlineExpires() {
		// given
		ProcessInstance instance = startApplication();
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);

		// when
		executeJob(instance, BOUNDARY_EVENT_SUPPLEMENT_EXPIRED);

		// then
		assertThat(instance).hasPassed(END_EVENT_SUPPLEMENT_EXPIRED).isEnded();
		assertThat(this.caseClosed.endEventIds()).containsExactly(END_EVENT_SUPPLEMENT_EXPIRED);
	}

	@Test
	void verifiesHukouThenRequestsEconomicCheckAsynchronouslyWhenAccepted() throws Exception {
		// given
		ProcessInstance instance = startApplication();

		// when
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);

		// then: each registry call waits in its own job, committed before the call
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, SERVICE_TASK_VERIFY_HUKOU);
		verifyNoInteractions(this.verifyHukou);
		executeJob(instance, SERVICE_TASK_VERIFY_HUKOU);
		verify(this.verifyHukou).execute(any());
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		executeJob(instance, SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		verify(this.requestEconomicCheck).execute(any());
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, GATEWAY_ECONOMIC_CHECK_EVENTS);
	}

	@Test
	void startsHomeInvestigationWhenEconomicCheckCompleted() {
		// given
		ProcessInstance instance = startApplication();

		// when
		acceptAndCheck(instance);

		// then
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION)
			.variables()
			.containsEntry(VAR_ECONOMIC_CHECK_OUTCOME, ECONOMIC_CHECK_OUTCOME);
		assertThat(task(TASK_HOME_INVESTIGATION, instance)).hasCandidateGroup(clerkGroup(COMPETENT_STREET));
	}

}
