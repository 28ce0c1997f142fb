package org.minzheng.flow.processes.socialorg;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess.*;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.processes.ProcessConventions;

/** Every path of 双随机抽查. */
@Deployment(resources = { RESOURCE, "forms/socialorg/socialorg-financial-audit.form",
		"forms/socialorg/socialorg-inspection.form", "forms/socialorg/socialorg-rectification-review.form" })
class SocialOrgSpotCheckProcessTest extends SocialOrgProcessTestCase {

	static final String ITEM_NO = "SO-SC-440300-2026-01-001";

	static final String FIRM = "SO-AF-0001";

	final JavaDelegate orderRectification = mock(JavaDelegate.class);

	final JavaDelegate listNotRectified = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_ORDER_RECTIFICATION, this.orderRectification);
		Mocks.register(BEAN_LIST_NOT_RECTIFIED, this.listNotRectified);
	}

	ProcessInstance start() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_ITEM_ID, 1L);
		variables.put(VAR_REGISTRAR_CODE, REGISTRAR);
		variables.put(VAR_ACCOUNTING_FIRM_CODE, FIRM);
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, ITEM_NO, variables);
	}

	ProcessInstance withFindings() {
		ProcessInstance instance = start();
		completeTask(instance, TASK_FINANCIAL_AUDIT, VAR_AUDIT_RESULT, AuditResult.QUALIFIED);
		completeTask(instance, TASK_INSPECTION, VAR_INSPECTION_RESULT, InspectionResult.FINDINGS);
		return instance;
	}

	@Test
	void theAccountingFirmAuditsFirst() {
		ProcessInstance instance = start();

		assertThat(instance).isWaitingAtExactly(TASK_FINANCIAL_AUDIT);
		assertThat(task(TASK_FINANCIAL_AUDIT, instance)).hasCandidateGroup(SocialOrgProcesses.partyGroup(FIRM));
	}

	@Test
	void endsWithoutFindings() {
		ProcessInstance instance = start();
		completeTask(instance, TASK_FINANCIAL_AUDIT, VAR_AUDIT_RESULT, AuditResult.CLEAN);

		completeTask(instance, TASK_INSPECTION, VAR_INSPECTION_RESULT, InspectionResult.NO_FINDINGS);

		assertThat(instance).isEnded().hasPassed(END_EVENT_NO_FINDINGS);
		verifyNoInteractions(this.orderRectification);
	}

	@Test
	void findingsOrderRectificationAndTheReportIsReviewed() throws Exception {
		ProcessInstance instance = withFindings();
		verify(this.orderRectification).execute(any());
		assertThat(instance).isWaitingAtExactly(RECEIVE_TASK_AWAIT_RECTIFICATION);

		runtimeService().createMessageCorrelation(MESSAGE_RECTIFICATION_REPORTED)
			.processInstanceBusinessKey(ITEM_NO)
			.correlate();
		completeTask(instance, TASK_RECTIFICATION_REVIEW, VAR_RECTIFICATION_RESULT, RectificationResult.RECTIFIED);

		assertThat(instance).isEnded().hasPassed(END_EVENT_RECTIFIED);
		verifyNoInteractions(this.listNotRectified);
	}

	@Test
	void rectificationFoundInsufficientListsTheOrganisation() throws Exception {
		ProcessInstance instance = withFindings();
		runtimeService().createMessageCorrelation(MESSAGE_RECTIFICATION_REPORTED)
			.processInstanceBusinessKey(ITEM_NO)
			.correlate();

		completeTask(instance, TASK_RECTIFICATION_REVIEW, VAR_RECTIFICATION_RESULT, RectificationResult.NOT_RECTIFIED);

		verify(this.listNotRectified).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_NOT_RECTIFIED);
	}

	@Test
	void noRectificationReportByTheDeadlineListsTheOrganisation() throws Exception {
		ProcessInstance instance = withFindings();

		executeJob(instance, BOUNDARY_EVENT_RECTIFICATION_EXPIRED);

		verify(this.listNotRectified).execute(any());
		assertThat(instance).isEnded().hasPassed(END_EVENT_NOT_RECTIFIED).hasNotPassed(TASK_RECTIFICATION_REVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { TASK_FINANCIAL_AUDIT, TASK_INSPECTION, TASK_RECTIFICATION_REVIEW })
	void escalatesAnOverdueTask(String taskKey) throws Exception {
		ProcessInstance instance = start();
		if (!TASK_FINANCIAL_AUDIT.equals(taskKey)) {
			completeTask(instance, TASK_FINANCIAL_AUDIT, VAR_AUDIT_RESULT, AuditResult.CLEAN);
		}
		if (TASK_RECTIFICATION_REVIEW.equals(taskKey)) {
			completeTask(instance, TASK_INSPECTION, VAR_INSPECTION_RESULT, InspectionResult.FINDINGS);
			runtimeService().createMessageCorrelation(MESSAGE_RECTIFICATION_REPORTED)
				.processInstanceBusinessKey(ITEM_NO)
				.correlate();
		}

		executeJob(instance, ProcessConventions.overdueBoundaryEventOf(taskKey));
		executeJob(instance, ProcessConventions.escalationTaskOf(taskKey));

		verify(this.escalateOverdue).execute(any());
		assertThat(instance).isWaitingAtExactly(taskKey).hasPassed(ProcessConventions.escalatedEndEventOf(taskKey));
	}

}
