package org.minzheng.flow.processes.socialorg;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.socialorg.SocialOrgProcesses.ManagementMode;

/**
 * Every path of 变更登记 and 注销登记 (the same shape: supervisory consent where dual, the
 * registrar's two levels — the reviewer examines and recommends, the approver decides —
 * the change applied or the organisation deregistered).
 */
@Deployment(resources = { SocialOrgChangeProcess.RESOURCE, SocialOrgDeregistrationProcess.RESOURCE,
		"forms/socialorg/socialorg-supervisory-consent.form", "forms/socialorg/socialorg-change-review.form",
		"forms/socialorg/socialorg-liquidation-review.form", "forms/socialorg/socialorg-change-decision.form",
		"forms/socialorg/socialorg-deregistration-decision.form" })
class SocialOrgAlterationProcessesTest extends SocialOrgProcessTestCase {

	final JavaDelegate applyChange = mock(JavaDelegate.class);

	final JavaDelegate deregister = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(SocialOrgChangeProcess.BEAN_APPLY_CHANGE, this.applyChange);
		Mocks.register(SocialOrgDeregistrationProcess.BEAN_DEREGISTER, this.deregister);
	}

	/** The two processes and their own element ids. */
	enum Kind {

		CHANGE(SocialOrgChangeProcess.PROCESS_KEY, SocialOrgChangeProcess.TASK_CHANGE_REVIEW,
				SocialOrgChangeProcess.TASK_CHANGE_DECISION, SocialOrgChangeProcess.END_EVENT_CHANGED,
				SocialOrgChangeProcess.END_EVENT_CHANGE_REFUSED),
		DEREGISTRATION(SocialOrgDeregistrationProcess.PROCESS_KEY,
				SocialOrgDeregistrationProcess.TASK_LIQUIDATION_REVIEW,
				SocialOrgDeregistrationProcess.TASK_DEREGISTRATION_DECISION,
				SocialOrgDeregistrationProcess.END_EVENT_DEREGISTERED,
				SocialOrgDeregistrationProcess.END_EVENT_DEREGISTRATION_REFUSED);

		final String key;

		final String review;

		final String decision;

		final String done;

		final String refused;

		Kind(String key, String review, String decision, String done, String refused) {
			this.key = key;
			this.review = review;
			this.decision = decision;
			this.done = done;
			this.refused = refused;
		}

	}

	ProcessInstance start(Kind kind, ManagementMode mode) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SocialOrgChangeProcess.VAR_ALTERATION_ID, 1L);
		variables.put(SocialOrgChangeProcess.VAR_REGISTRAR_CODE, REGISTRAR);
		variables.put(SocialOrgChangeProcess.VAR_MANAGEMENT_MODE, mode.name());
		variables.put(SocialOrgChangeProcess.VAR_SUPERVISORY_UNIT_CODE,
				mode == ManagementMode.DUAL ? SUPERVISORY_UNIT : null);
		return runtimeService().startProcessInstanceByKey(kind.key, "SO-ALT-1", variables);
	}

	/** The reviewer examines and recommends; the case goes to the approver either way. */
	void review(ProcessInstance instance, Kind kind, String recommendation) {
		assertThat(task(kind.review, instance)).hasCandidateGroup(SocialOrgProcesses.reviewerGroup(REGISTRAR));
		completeTask(instance, kind.review,
				withVariables(SocialOrgChangeProcess.VAR_REVIEW_RECOMMENDATION, recommendation));
		assertThat(instance).isWaitingAtExactly(kind.decision);
		assertThat(task(kind.decision, instance)).hasCandidateGroup(SocialOrgProcesses.approverGroup(REGISTRAR));
	}

	JavaDelegate applyOf(Kind kind) {
		return kind == Kind.CHANGE ? this.applyChange : this.deregister;
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void dualModeAsksTheSupervisoryUnitThenTheRegistrarApproves(Kind kind) throws Exception {
		ProcessInstance instance = start(kind, ManagementMode.DUAL);
		assertThat(task(SocialOrgChangeProcess.TASK_SUPERVISORY_CONSENT, instance))
			.hasCandidateGroup(SocialOrgProcesses.partyGroup(SUPERVISORY_UNIT));
		completeTask(instance, SocialOrgChangeProcess.TASK_SUPERVISORY_CONSENT,
				withVariables(SocialOrgChangeProcess.VAR_CONSENT_DECISION, "CONSENT"));

		review(instance, kind, "APPROVE");
		completeTask(instance, kind.decision, withVariables(SocialOrgChangeProcess.VAR_DECISION, "APPROVE"));

		verify(applyOf(kind)).execute(any());
		assertThat(instance).isEnded().hasPassed(kind.review, kind.decision, kind.done);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void endsWhenTheSupervisoryUnitRefuses(Kind kind) {
		ProcessInstance instance = start(kind, ManagementMode.DUAL);

		completeTask(instance, SocialOrgChangeProcess.TASK_SUPERVISORY_CONSENT,
				withVariables(SocialOrgChangeProcess.VAR_CONSENT_DECISION, "REFUSE"));

		assertThat(instance).isEnded().hasPassed(SocialOrgChangeProcess.END_EVENT_CONSENT_REFUSED);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void directModeGoesStraightToTheRegistrarWhoseApproverMayRefuse(Kind kind) {
		ProcessInstance instance = start(kind, ManagementMode.DIRECT);
		assertThat(instance).isWaitingAtExactly(kind.review);

		review(instance, kind, "REFUSE");
		completeTask(instance, kind.decision, withVariables(SocialOrgChangeProcess.VAR_DECISION, "REFUSE"));

		assertThat(instance).isEnded().hasPassed(kind.refused);
		verifyNoInteractions(applyOf(kind));
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theReviewersRecommendationDoesNotDecide(Kind kind) throws Exception {
		ProcessInstance instance = start(kind, ManagementMode.DIRECT);

		review(instance, kind, "REFUSE");
		verifyNoInteractions(applyOf(kind));
		completeTask(instance, kind.decision, withVariables(SocialOrgChangeProcess.VAR_DECISION, "APPROVE"));

		verify(applyOf(kind)).execute(any());
		assertThat(instance).isEnded().hasPassed(kind.done).hasNotPassed(kind.refused);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void escalatesAnOverdueReview(Kind kind) throws Exception {
		ProcessInstance instance = start(kind, ManagementMode.DIRECT);

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(kind.review));
		executeJob(instance, ProcessConventions.escalationTaskOf(kind.review));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(kind.review)
			.hasPassed(ProcessConventions.escalatedEndEventOf(kind.review));
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void escalatesAnOverdueDecision(Kind kind) throws Exception {
		ProcessInstance instance = start(kind, ManagementMode.DIRECT);
		review(instance, kind, "APPROVE");

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(kind.decision));
		executeJob(instance, ProcessConventions.escalationTaskOf(kind.decision));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(kind.decision)
			.hasPassed(ProcessConventions.escalatedEndEventOf(kind.decision));
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void escalatesAnOverdueConsent(Kind kind) throws Exception {
		ProcessInstance instance = start(kind, ManagementMode.DUAL);
		String consent = SocialOrgChangeProcess.TASK_SUPERVISORY_CONSENT;

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(consent));
		executeJob(instance, ProcessConventions.escalationTaskOf(consent));

		assertThat(instance).isWaitingAtExactly(consent).hasPassed(ProcessConventions.escalatedEndEventOf(consent));
	}

}
