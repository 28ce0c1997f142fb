package org.minzheng.flow.processes.socialorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.socialorg.SocialOrgProcesses.ManagementMode;

/** Every path of 社会组织成立登记. */
@Deployment(resources = { RESOURCE, "forms/socialorg/socialorg-supervisory-consent.form",
		"forms/socialorg/socialorg-acceptance.form", "forms/socialorg/socialorg-review.form",
		"forms/socialorg/socialorg-decision.form", "forms/socialorg/socialorg-preparation-decision.form",
		"forms/socialorg/socialorg-establishment-review.form" })
class SocialOrgRegistrationProcessTest extends SocialOrgProcessTestCase {

	static final String REGISTRATION_NO = "SO-REG-440300-2026-000001";

	final JavaDelegate checkName = mock(JavaDelegate.class);

	final JavaDelegate notifySupplement = mock(JavaDelegate.class);

	final JavaDelegate recordRefusal = mock(JavaDelegate.class);

	final JavaDelegate issueCertificate = mock(JavaDelegate.class);

	final JavaDelegate announce = mock(JavaDelegate.class);

	final JavaDelegate approvePreparation = mock(JavaDelegate.class);

	final JavaDelegate recordPreparationRefusal = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() throws Exception {
		Mocks.register(BEAN_CHECK_NAME, this.checkName);
		Mocks.register(BEAN_NOTIFY_SUPPLEMENT, this.notifySupplement);
		Mocks.register(BEAN_RECORD_REFUSAL, this.recordRefusal);
		Mocks.register(BEAN_ISSUE_CERTIFICATE, this.issueCertificate);
		Mocks.register(BEAN_ANNOUNCE, this.announce);
		Mocks.register(BEAN_APPROVE_PREPARATION, this.approvePreparation);
		Mocks.register(BEAN_RECORD_PREPARATION_REFUSAL, this.recordPreparationRefusal);
		nameAvailable(true);
		doAnswer(invocation -> {
			((DelegateExecution) invocation.getArgument(0)).setVariable(VAR_PREPARATION_EXPIRES_AT,
					Date.from(Instant.now().plus(Duration.ofDays(183))));
			return null;
		}).when(this.approvePreparation).execute(any());
	}

	void nameAvailable(boolean available) throws Exception {
		doAnswer(invocation -> {
			((DelegateExecution) invocation.getArgument(0)).setVariable(VAR_NAME_AVAILABLE, available);
			return null;
		}).when(this.checkName).execute(any());
	}

	ProcessInstance start(ManagementMode mode) {
		return start(mode, "FOUNDATION");
	}

	ProcessInstance start(ManagementMode mode, String orgType) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_ORG_TYPE, orgType);
		variables.put(VAR_REGISTRATION_ID, 1L);
		variables.put(VAR_REGISTRAR_CODE, REGISTRAR);
		variables.put(VAR_MANAGEMENT_MODE, mode.name());
		variables.put(VAR_SUPERVISORY_UNIT_CODE, mode == ManagementMode.DUAL ? SUPERVISORY_UNIT : null);
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, REGISTRATION_NO, variables);
	}

	ProcessInstance atReview() {
		ProcessInstance instance = start(ManagementMode.DIRECT);
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);
		return instance;
	}

	ProcessInstance atDecision() {
		ProcessInstance instance = atReview();
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		return instance;
	}

	ProcessInstance associationAtPreparationDecision() {
		ProcessInstance instance = start(ManagementMode.DIRECT, ORG_TYPE_TWO_STAGES);
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);
		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
		return instance;
	}

	ProcessInstance associationPreparing() {
		ProcessInstance instance = associationAtPreparationDecision();
		completeTask(instance, TASK_PREPARATION_DECISION, VAR_PREPARATION_DECISION, PreparationDecision.APPROVE);
		return instance;
	}

	ProcessInstance associationAtEstablishmentReview() {
		ProcessInstance instance = associationPreparing();
		establishmentApplied();
		return instance;
	}

	void establishmentApplied() {
		runtimeService().createMessageCorrelation(MESSAGE_ESTABLISHMENT_APPLIED)
			.processInstanceBusinessKey(REGISTRATION_NO)
			.correlate();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SOCIAL_SERVICE", "FOUNDATION" })
	void registersSocialServiceInstitutionsAndFoundationsInOneStage(String orgType) {
		ProcessInstance instance = start(ManagementMode.DIRECT, orgType);
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);

		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);

		assertThat(instance).isWaitingAtExactly(TASK_DECISION)
			.hasPassed(GATEWAY_ORG_TYPE)
			.hasNotPassed(TASK_PREPARATION_DECISION);
	}

	@Test
	void anAssociationsReviewedApplicationGoesToTheApproverForPreparation() {
		ProcessInstance instance = associationAtPreparationDecision();

		assertThat(instance).isWaitingAtExactly(TASK_PREPARATION_DECISION).hasNotPassed(TASK_DECISION);
		assertThat(task(TASK_PREPARATION_DECISION, instance))
			.hasCandidateGroup(SocialOrgProcesses.approverGroup(REGISTRAR));
	}

	@Test
	void refusedPreparationIsRecordedAndCloses() throws Exception {
		ProcessInstance instance = associationAtPreparationDecision();

		completeTask(instance, TASK_PREPARATION_DECISION, VAR_PREPARATION_DECISION, PreparationDecision.REFUSE);

		verify(this.recordPreparationRefusal).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_PREPARATION_REFUSED).hasNotPassed(TASK_DECISION);
		verify(this.caseClosed).notify(any());
		verifyNoInteractions(this.approvePreparation);
	}

	@Test
	void approvedPreparationOpensThePreparationPeriod() throws Exception {
		ProcessInstance instance = associationPreparing();

		verify(this.approvePreparation).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_ESTABLISHMENT);
		Job expiry = managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(BOUNDARY_EVENT_PREPARATION_EXPIRED)
			.singleResult();
		assertThat(expiry.getDuedate())
			.isEqualTo(runtimeService().getVariable(instance.getId(), VAR_PREPARATION_EXPIRES_AT));
	}

	@Test
	void theCaseClosesWhenThePreparationPeriodLapsesWithoutAnApplication() {
		ProcessInstance instance = associationPreparing();

		executeJob(instance, BOUNDARY_EVENT_PREPARATION_EXPIRED);

		assertThat(instance).isEnded()
			.hasPassed(END_EVENT_PREPARATION_LAPSED)
			.hasNotPassed(TASK_ESTABLISHMENT_REVIEW, TASK_DECISION);
		verifyNoInteractions(this.issueCertificate);
	}

	@Test
	void theEstablishmentApplicationGoesToTheReviewer() {
		ProcessInstance instance = associationAtEstablishmentReview();

		assertThat(instance).isWaitingAtExactly(TASK_ESTABLISHMENT_REVIEW);
		assertThat(task(TASK_ESTABLISHMENT_REVIEW, instance))
			.hasCandidateGroup(SocialOrgProcesses.reviewerGroup(REGISTRAR));
	}

	@Test
	void aReturnedEstablishmentApplicationWaitsAgainWithTheSameDeadline() throws Exception {
		ProcessInstance instance = associationAtEstablishmentReview();
		Object deadline = runtimeService().getVariable(instance.getId(), VAR_PREPARATION_EXPIRES_AT);

		completeTask(instance, TASK_ESTABLISHMENT_REVIEW, VAR_ESTABLISHMENT_REVIEW_DECISION, ReviewDecision.RETURN);

		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_ESTABLISHMENT);
		Job expiry = managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(BOUNDARY_EVENT_PREPARATION_EXPIRED)
			.singleResult();
		assertThat(expiry.getDuedate()).isEqualTo(deadline);
		verify(this.approvePreparation).execute(any());
	}

	@Test
	void anAssociationIsRegisteredAfterBothStagesAndBothLevels() throws Exception {
		ProcessInstance instance = associationAtEstablishmentReview();
		completeTask(instance, TASK_ESTABLISHMENT_REVIEW, VAR_ESTABLISHMENT_REVIEW_DECISION, ReviewDecision.PASS);
		assertThat(task(TASK_DECISION, instance)).hasCandidateGroup(SocialOrgProcesses.approverGroup(REGISTRAR));

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.APPROVE);
		executeJob(instance, SERVICE_TASK_ISSUE_CERTIFICATE);
		executeJob(instance, SERVICE_TASK_ANNOUNCE);

		assertThat(instance).isEnded()
			.hasPassed(TASK_PREPARATION_DECISION, RECEIVE_TASK_AWAIT_ESTABLISHMENT, TASK_ESTABLISHMENT_REVIEW,
					TASK_DECISION, END_EVENT_REGISTERED);
		verify(this.issueCertificate).execute(any());
	}

	@Test
	void anAssociationRefusedAtEstablishmentIsRecorded() throws Exception {
		ProcessInstance instance = associationAtEstablishmentReview();
		completeTask(instance, TASK_ESTABLISHMENT_REVIEW, VAR_ESTABLISHMENT_REVIEW_DECISION, ReviewDecision.PASS);

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.REFUSE);

		verify(this.recordRefusal).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REFUSED);
	}

	@Test
	void endsWhenTheNameIsNotAvailable() throws Exception {
		nameAvailable(false);

		ProcessInstance instance = start(ManagementMode.DIRECT);

		assertThat(instance).isEnded().hasPassed(SERVICE_TASK_CHECK_NAME, END_EVENT_NAME_REJECTED);
		verify(this.caseClosed).notify(any());
	}

	@Test
	void asksTheSupervisoryUnitFirstInDualMode() {
		ProcessInstance instance = start(ManagementMode.DUAL);

		assertThat(instance).isWaitingAtExactly(TASK_SUPERVISORY_CONSENT);
		assertThat(task(TASK_SUPERVISORY_CONSENT, instance))
			.hasCandidateGroup(SocialOrgProcesses.partyGroup(SUPERVISORY_UNIT));
	}

	@Test
	void goesToAcceptanceWhenTheSupervisoryUnitConsents() {
		ProcessInstance instance = start(ManagementMode.DUAL);

		completeTask(instance, TASK_SUPERVISORY_CONSENT, VAR_CONSENT_DECISION, ConsentDecision.CONSENT);

		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE);
		assertThat(task(TASK_ACCEPTANCE, instance)).hasCandidateGroup(SocialOrgProcesses.clerkGroup(REGISTRAR));
	}

	@Test
	void endsWhenTheSupervisoryUnitRefuses() {
		ProcessInstance instance = start(ManagementMode.DUAL);

		completeTask(instance, TASK_SUPERVISORY_CONSENT, VAR_CONSENT_DECISION, ConsentDecision.REFUSE);

		assertThat(instance).isEnded().hasPassed(END_EVENT_CONSENT_REFUSED).hasNotPassed(TASK_ACCEPTANCE);
	}

	@Test
	void goesStraightToAcceptanceInDirectMode() {
		ProcessInstance instance = start(ManagementMode.DIRECT);

		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE).hasNotPassed(TASK_SUPERVISORY_CONSENT);
	}

	@Test
	void returnsToAcceptanceWhenTheSupplementArrives() throws Exception {
		ProcessInstance instance = start(ManagementMode.DIRECT);
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);
		verify(this.notifySupplement).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_SUPPLEMENT);

		runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED)
			.processInstanceBusinessKey(REGISTRATION_NO)
			.correlate();

		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE);
	}

	@Test
	void endsWhenTheSupplementPeriodExpires() {
		ProcessInstance instance = start(ManagementMode.DIRECT);
		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.SUPPLEMENT);

		executeJob(instance, BOUNDARY_EVENT_SUPPLEMENT_EXPIRED);

		assertThat(instance).isEnded().hasPassed(END_EVENT_SUPPLEMENT_EXPIRED);
	}

	@Test
	void endsWhenNotAccepted() {
		ProcessInstance instance = start(ManagementMode.DIRECT);

		completeTask(instance, TASK_ACCEPTANCE, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.REJECT);

		assertThat(instance).isEnded().hasPassed(END_EVENT_NOT_ACCEPTED).hasNotPassed(TASK_REVIEW);
	}

	@Test
	void reviewReturnsTheCaseToAcceptance() {
		ProcessInstance instance = atReview();

		completeTask(instance, TASK_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.RETURN);

		assertThat(instance).isWaitingAtExactly(TASK_ACCEPTANCE);
	}

	@Test
	void refusalIsRecorded() throws Exception {
		ProcessInstance instance = atDecision();

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.REFUSE);

		verify(this.recordRefusal).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REFUSED);
		verifyNoInteractions(this.issueCertificate);
	}

	@Test
	void approvalIssuesTheCertificateAsynchronouslyThenAnnounces() throws Exception {
		ProcessInstance instance = atDecision();
		assertThat(task(TASK_DECISION, instance)).hasCandidateGroup(SocialOrgProcesses.approverGroup(REGISTRAR));

		completeTask(instance, TASK_DECISION, VAR_DECISION, Decision.APPROVE);

		assertThat(instance).isWaitingAt(SERVICE_TASK_ISSUE_CERTIFICATE);
		verifyNoInteractions(this.issueCertificate);
		executeJob(instance, SERVICE_TASK_ISSUE_CERTIFICATE);
		executeJob(instance, SERVICE_TASK_ANNOUNCE);
		verify(this.issueCertificate).execute(any());
		verify(this.announce).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_REGISTERED);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_SUPERVISORY_CONSENT, TASK_ACCEPTANCE, TASK_REVIEW, TASK_DECISION,
			TASK_PREPARATION_DECISION, TASK_ESTABLISHMENT_REVIEW })
	void escalatesAnOverdueTaskWithoutInterruptingIt(String taskKey) throws Exception {
		ProcessInstance instance = switch (taskKey) {
			case TASK_SUPERVISORY_CONSENT -> start(ManagementMode.DUAL);
			case TASK_ACCEPTANCE -> start(ManagementMode.DIRECT);
			case TASK_REVIEW -> atReview();
			case TASK_PREPARATION_DECISION -> associationAtPreparationDecision();
			case TASK_ESTABLISHMENT_REVIEW -> associationAtEstablishmentReview();
			default -> atDecision();
		};

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
