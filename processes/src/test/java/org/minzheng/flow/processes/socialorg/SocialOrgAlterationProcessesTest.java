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
 * registrar's review, the change applied or the organisation deregistered).
 */
@Deployment(resources = { SocialOrgChangeProcess.RESOURCE, SocialOrgDeregistrationProcess.RESOURCE,
		"forms/socialorg/socialorg-supervisory-consent.form", "forms/socialorg/socialorg-change-review.form",
		"forms/socialorg/socialorg-liquidation-review.form" })
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
				SocialOrgChangeProcess.END_EVENT_CHANGED, SocialOrgChangeProcess.END_EVENT_CHANGE_REFUSED),
		DEREGISTRATION(SocialOrgDeregistrationProcess.PROCESS_KEY,
				SocialOrgDeregistrationProcess.TASK_LIQUIDATION_REVIEW,
				SocialOrgDeregistrationProcess.END_EVENT_DEREGISTERED,
				SocialOrgDeregistrationProcess.END_EVENT_DEREGISTRATION_REFUSED);

		final String key;

		final String review;

		final String done;

		final String refused;

		Kind(String key, String review, String done, String refused) {
			this.key = key;
			this.review = review;
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

		completeTask(instance, kind.review, withVariables(SocialOrgChangeProcess.VAR_DECISION, "APPROVE"));

		verify(applyOf(kind)).execute(any());
		assertThat(instance).isEnded().hasPassed(kind.done);
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
	void directModeGoesStraightToTheRegistrarWhoMayRefuse(Kind kind) {
		ProcessInstance instance = start(kind, ManagementMode.DIRECT);
		assertThat(instance).isWaitingAtExactly(kind.review);

		completeTask(instance, kind.review, withVariables(SocialOrgChangeProcess.VAR_DECISION, "REFUSE"));

		assertThat(instance).isEnded().hasPassed(kind.refused);
		verifyNoInteractions(applyOf(kind));
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
	void escalatesAnOverdueConsent(Kind kind) throws Exception {
		ProcessInstance instance = start(kind, ManagementMode.DUAL);
		String consent = SocialOrgChangeProcess.TASK_SUPERVISORY_CONSENT;

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(consent));
		executeJob(instance, ProcessConventions.escalationTaskOf(consent));

		assertThat(instance).isWaitingAtExactly(consent).hasPassed(ProcessConventions.escalatedEndEventOf(consent));
	}

}
