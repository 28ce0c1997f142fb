package org.minzheng.flow.processes.charity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.charity.CharityFundraisingProcess.*;
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
import org.minzheng.flow.processes.charity.CharityProcesses.Decision;

/** Every path of 公开募捐资格. */
@Deployment(resources = { RESOURCE, "forms/charity/charity-fundraising-review.form",
		"forms/charity/charity-fundraising-decision.form" })
class CharityFundraisingProcessTest extends CharityProcessTestCase {

	static final String QUALIFICATION_NO = "CH-PF-440300-2026-000001";

	final JavaDelegate recordRefusal = mock(JavaDelegate.class);

	final JavaDelegate issueQualification = mock(JavaDelegate.class);

	final JavaDelegate publish = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_RECORD_REFUSAL, this.recordRefusal);
		Mocks.register(BEAN_ISSUE_QUALIFICATION, this.issueQualification);
		Mocks.register(BEAN_PUBLISH_TO_PLATFORM, this.publish);
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, QUALIFICATION_NO,
				Map.of(VAR_QUALIFICATION_ID, 1L, VAR_REGISTRAR_CODE, REGISTRAR));
	}

	ProcessInstance atDecision() {
		ProcessInstance instance = start();
		completeTask(instance, TASK_REVIEW, Map.of(VAR_REVIEW_DECISION, "PASS"));
		return instance;
	}

	@Test
	void startsAtTheRegistrarsReview() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAtExactly(TASK_REVIEW);
		assertThat(task(TASK_REVIEW, instance)).hasCandidateGroup(CharityProcesses.reviewerGroup(REGISTRAR));
	}

	@Test
	void approvalIssuesTheCertificateThenPublishesAsynchronously() throws Exception {
		ProcessInstance instance = atDecision();
		assertThat(task(TASK_DECISION, instance)).hasCandidateGroup(CharityProcesses.approverGroup(REGISTRAR));

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.APPROVE);

		verify(this.issueQualification).execute(any());
		verifyNoInteractions(this.publish);
		executeJob(instance, SERVICE_TASK_PUBLISH_TO_PLATFORM);
		verify(this.publish).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_QUALIFIED);
	}

	@Test
	void refusalIsRecorded() throws Exception {
		ProcessInstance instance = start();
		completeTask(instance, TASK_REVIEW, Map.of(VAR_REVIEW_DECISION, "FAIL"));

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.REFUSE);

		verify(this.recordRefusal).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REFUSED);
		verifyNoInteractions(this.issueQualification, this.publish);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_REVIEW, TASK_DECISION })
	void escalatesAnOverdueTaskWithoutInterruptingIt(String taskKey) throws Exception {
		ProcessInstance instance = TASK_REVIEW.equals(taskKey) ? start() : atDecision();

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
