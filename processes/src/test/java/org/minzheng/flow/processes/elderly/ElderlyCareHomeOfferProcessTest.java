package org.minzheng.flow.processes.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.minzheng.flow.processes.elderly.ElderlyCareHomeOfferProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.FeatureProcessTestCase;

/**
 * Every path of one care-home bed offer: accepted then admitted, accepted then the
 * admission falls through, declined, no answer recorded by staff, and the deadline's
 * timer, which lapses the offer through the lapse delegate; an answer cancels the timer.
 */
@Deployment(resources = ElderlyCareHomeOfferProcess.RESOURCE)
class ElderlyCareHomeOfferProcessTest extends FeatureProcessTestCase {

	static final String OFFER_NO = "YLO-440308-YTFL-000001";

	static final Date DEADLINE = Date.from(Instant.parse("2026-03-09T15:59:59Z"));

	final JavaDelegate lapse = mock(JavaDelegate.class);

	final List<String> closed = new ArrayList<>();

	ElderlyCareHomeOfferProcessTest() {
		super(BEAN_CASE_CLOSED_LISTENER, ElderlyAllowanceProcess.BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return execution -> this.closed.add(execution.getCurrentActivityId());
	}

	@BeforeEach
	void registerLapse() {
		Mocks.register(BEAN_LAPSE, this.lapse);
	}

	ProcessInstance offer() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, OFFER_NO,
				Map.of(VAR_OFFER_ID, 11L, VAR_HOME_CODE, "440308-YTFL", VAR_ANSWER_DEADLINE, DEADLINE));
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
	void acceptedOfferWaitsForTheAdmissionWithoutATimerAndEndsAdmitted() throws Exception {
		// given
		ProcessInstance instance = offer();

		// when
		answer(MESSAGE_ACCEPTED);

		// then the deadline no longer runs
		assertThat(instance).isWaitingAt(GATEWAY_AWAIT_ADMISSION);
		assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();

		// when
		answer(MESSAGE_ADMITTED);

		// then
		assertThat(instance).hasPassedInOrder(CATCH_EVENT_ACCEPTED, END_EVENT_ADMITTED).isEnded();
		assertThat(this.closed).containsExactly(END_EVENT_ADMITTED);
		verify(this.lapse, never()).execute(any());
	}

	@Test
	void anAcceptedOfferWhoseAdmissionFallsThroughEnds() throws Exception {
		// given
		ProcessInstance instance = offer();
		answer(MESSAGE_ACCEPTED);

		// when
		answer(MESSAGE_ADMISSION_FAILED);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_ADMISSION_FAILED);
		assertThat(this.closed).containsExactly(END_EVENT_ADMISSION_FAILED);
		verify(this.lapse, never()).execute(any());
	}

	@Test
	void declinedOfferEndsAndCancelsTheDeadline() throws Exception {
		// given
		ProcessInstance instance = offer();

		// when
		answer(MESSAGE_DECLINED);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_DECLINED);
		assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(this.closed).containsExactly(END_EVENT_DECLINED);
		verify(this.lapse, never()).execute(any());
	}

	@Test
	void aMissingAnswerRecordedByStaffEndsTheOfferWithoutTheLapse() throws Exception {
		// given
		ProcessInstance instance = offer();

		// when
		answer(MESSAGE_NO_ANSWER);

		// then
		assertThat(instance).isEnded().hasPassed(END_EVENT_NO_ANSWER);
		assertThat(this.closed).containsExactly(END_EVENT_NO_ANSWER);
		verify(this.lapse, never()).execute(any());
	}

	@Test
	void theOfferLapsesByItselfWhenTheDeadlinePasses() throws Exception {
		// given
		ProcessInstance instance = offer();

		// when
		executeJob(instance, CATCH_EVENT_ANSWER_DEADLINE);

		// then
		assertThat(instance).hasPassedInOrder(CATCH_EVENT_ANSWER_DEADLINE, SERVICE_TASK_LAPSE, END_EVENT_LAPSED)
			.isEnded();
		verify(this.lapse).execute(any());
		assertThat(this.closed).containsExactly(END_EVENT_LAPSED);
	}

	@Test
	void noAnswerIsTakenOnceTheOfferLapsed() {
		// given
		ProcessInstance instance = offer();
		executeJob(instance, CATCH_EVENT_ANSWER_DEADLINE);

		// when an answer comes late
		long waiting = runtimeService().createEventSubscriptionQuery()
			.processInstanceId(instance.getId())
			.eventName(MESSAGE_ACCEPTED)
			.count();

		// then nothing waits for it
		assertThat(waiting).isZero();
	}

}
