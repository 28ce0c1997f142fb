package org.minzheng.flow.processes.socialorg;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;

/** Every path of 撤销登记. */
@Deployment(resources = { RESOURCE, "forms/socialorg/socialorg-hearing.form",
		"forms/socialorg/socialorg-revocation-decision.form" })
class SocialOrgRevocationProcessTest extends SocialOrgProcessTestCase {

	static final String NO = "SO-EX-440300-2026-0001-001";

	final JavaDelegate serveNotice = mock(JavaDelegate.class);

	final JavaDelegate revoke = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_SERVE_HEARING_NOTICE, this.serveNotice);
		Mocks.register(BEAN_REVOKE, this.revoke);
	}

	ProcessInstance noticeServed() throws Exception {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, NO,
				Map.of(VAR_CANDIDATE_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR));
		executeJob(instance, SERVICE_TASK_SERVE_HEARING_NOTICE);
		verify(this.serveNotice).execute(any());
		assertThat(instance).isWaitingAt(GATEWAY_HEARING_EVENTS);
		return instance;
	}

	@Test
	void decidesAfterTheHearingPeriodWithoutARequest() throws Exception {
		ProcessInstance instance = noticeServed();

		executeJob(instance, CATCH_EVENT_HEARING_PERIOD_ENDED);
		completeTask(instance, TASK_REVOCATION_DECISION, withVariables(VAR_REVOCATION_DECISION, "REVOKE"));

		verify(this.revoke).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REVOKED).hasNotPassed(TASK_HEARING);
	}

	@Test
	void holdsAHearingWhenRequested() throws Exception {
		ProcessInstance instance = noticeServed();

		runtimeService().createMessageCorrelation(MESSAGE_HEARING_REQUESTED).processInstanceBusinessKey(NO).correlate();
		completeTask(instance, TASK_HEARING, withVariables(VAR_HEARING_OUTCOME, "HELD"));

		assertThat(instance).isWaitingAtExactly(TASK_REVOCATION_DECISION)
			.hasNotPassed(CATCH_EVENT_HEARING_PERIOD_ENDED);
	}

	@Test
	void theRegistrarMayDropTheCase() throws Exception {
		ProcessInstance instance = noticeServed();
		executeJob(instance, CATCH_EVENT_HEARING_PERIOD_ENDED);

		completeTask(instance, TASK_REVOCATION_DECISION, withVariables(VAR_REVOCATION_DECISION, "DROP"));

		assertThat(instance).isEnded().hasPassed(END_EVENT_DROPPED);
		verifyNoInteractions(this.revoke);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_HEARING, TASK_REVOCATION_DECISION })
	void escalatesAnOverdueTask(String taskKey) throws Exception {
		ProcessInstance instance = noticeServed();
		if (TASK_HEARING.equals(taskKey)) {
			runtimeService().createMessageCorrelation(MESSAGE_HEARING_REQUESTED)
				.processInstanceBusinessKey(NO)
				.correlate();
		}
		else {
			executeJob(instance, CATCH_EVENT_HEARING_PERIOD_ENDED);
		}

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
