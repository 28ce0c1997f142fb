package org.minzheng.flow.processes.socialorg;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.model.BpmnProperties;

/**
 * Every path of 撤销登记: direct service or service by announcement (the hearing period runs
 * from the day service takes effect, not from publication), hearing or none, revoke or
 * drop.
 */
@Deployment(resources = { RESOURCE, "forms/socialorg/socialorg-hearing.form",
		"forms/socialorg/socialorg-revocation-decision.form" })
class SocialOrgRevocationProcessTest extends SocialOrgProcessTestCase {

	static final String NO = "SO-EX-440300-2026-0001-001";

	final JavaDelegate serveNotice = mock(JavaDelegate.class);

	final JavaDelegate revoke = mock(JavaDelegate.class);

	final JavaDelegate serviceEffective = mock(JavaDelegate.class);

	/** How the mocked notice task says the notice was served. */
	String serviceMode = SERVICE_DIRECT;

	@BeforeEach
	void registerBeans() throws Exception {
		doAnswer(invocation -> {
			invocation.<DelegateExecution>getArgument(0).setVariable(VAR_SERVICE_MODE, this.serviceMode);
			return null;
		}).when(this.serveNotice).execute(any());
		Mocks.register(BEAN_SERVE_HEARING_NOTICE, this.serveNotice);
		Mocks.register(BEAN_SERVICE_EFFECTIVE, this.serviceEffective);
		Mocks.register(BEAN_REVOKE, this.revoke);
	}

	ProcessInstance started() throws Exception {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, NO,
				Map.of(VAR_CANDIDATE_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR));
		executeJob(instance, SERVICE_TASK_SERVE_HEARING_NOTICE);
		verify(this.serveNotice).execute(any());
		return instance;
	}

	/** Served directly: service takes effect at once and the hearing period runs. */
	ProcessInstance noticeServed() throws Exception {
		ProcessInstance instance = started();
		verify(this.serviceEffective).execute(any());
		assertThat(instance).isWaitingAt(GATEWAY_HEARING_EVENTS)
			.hasPassed(SERVICE_TASK_SERVICE_EFFECTIVE)
			.hasNotPassed(CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED);
		return instance;
	}

	@Test
	void anUnreachableOrganisationIsServedOnlyWhenTheAnnouncementPeriodIsOver() throws Exception {
		this.serviceMode = SERVICE_BY_ANNOUNCEMENT;
		Date published = ClockUtil.getCurrentTime();
		ProcessInstance instance = started();

		assertThat(instance).isWaitingAtExactly(GATEWAY_ANNOUNCEMENT_EVENTS).hasNotPassed(GATEWAY_HEARING_EVENTS);
		Job announcement = job(CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED, instance);
		org.assertj.core.api.Assertions.assertThat(announcement.getDuedate()).isEqualTo(plusDays(published, 30));
		verifyNoInteractions(this.serviceEffective);
		Date served = plusDays(published, 30);
		ClockUtil.setCurrentTime(served);
		executeJob(instance, CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED);

		verify(this.serviceEffective).execute(any());
		assertThat(instance).isWaitingAt(GATEWAY_HEARING_EVENTS);
		org.assertj.core.api.Assertions.assertThat(job(CATCH_EVENT_HEARING_PERIOD_ENDED, instance).getDuedate())
			.as("the hearing period runs from service, not from publication")
			.isEqualTo(plusDays(served, 5));

		executeJob(instance, CATCH_EVENT_HEARING_PERIOD_ENDED);
		completeTask(instance, TASK_REVOCATION_DECISION, withVariables(VAR_REVOCATION_DECISION, "REVOKE"));
		assertThat(instance).isEnded().hasPassed(END_EVENT_REVOKED);
	}

	@Test
	void anOrganisationThatComesForwardDuringTheAnnouncementIsHeard() throws Exception {
		this.serviceMode = SERVICE_BY_ANNOUNCEMENT;
		ProcessInstance instance = started();
		assertThat(instance).isWaitingAtExactly(GATEWAY_ANNOUNCEMENT_EVENTS);

		runtimeService().createMessageCorrelation(MESSAGE_HEARING_REQUESTED).processInstanceBusinessKey(NO).correlate();

		assertThat(instance).isWaitingAtExactly(TASK_HEARING)
			.hasPassed(CATCH_EVENT_HEARING_REQUESTED_DURING_ANNOUNCEMENT)
			.hasNotPassed(CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED);
		completeTask(instance, TASK_HEARING, withVariables(VAR_HEARING_OUTCOME, "HELD"));
		completeTask(instance, TASK_REVOCATION_DECISION, withVariables(VAR_REVOCATION_DECISION, "DROP"));
		assertThat(instance).isEnded().hasPassed(END_EVENT_DROPPED);
		verifyNoInteractions(this.revoke);
	}

	@Test
	void theAnnouncementPeriodIsCalendarDaysAndTheHearingPeriodWorkingDays() {
		BpmnModelInstance model = repositoryService()
			.getBpmnModelInstance(repositoryService().createProcessDefinitionQuery()
				.processDefinitionKey(PROCESS_KEY)
				.singleResult()
				.getId());

		org.assertj.core.api.Assertions
			.assertThat(BpmnProperties.property(model.getModelElementById(CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED),
					ProcessConventions.PROPERTY_SLA_CALENDAR_DAYS))
			.contains("30");
		org.assertj.core.api.Assertions
			.assertThat(BpmnProperties.property(model.getModelElementById(CATCH_EVENT_HEARING_PERIOD_ENDED),
					ProcessConventions.PROPERTY_SLA_WORKING_DAYS))
			.contains("5");
	}

	static Date plusDays(Date from, int days) {
		return Date.from(from.toInstant().plus(days, ChronoUnit.DAYS));
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
