package org.minzheng.flow.processes.aid;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.ProcessConventions.BEAN_SLA;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minzheng.flow.processes.aid.AidApplicationProcess.AcceptanceDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalMode;
import org.minzheng.flow.processes.aid.AidApplicationProcess.BenefitType;
import org.minzheng.flow.processes.aid.AidApplicationProcess.InvestigationDecision;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ReviewDecision;

/**
 * Deploys the aid process with all its forms (formRefBinding=deployment), registers
 * mocked beans and drives an application from one wait state to the next.
 */
@Deployment(resources = { RESOURCE, AidProcessTestCase.FORMS + FORM_HAND_OVER + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_ACCEPTANCE_CHECK + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_HOME_INVESTIGATION + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_SELF_CARE_ASSESSMENT + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_CONFLICT_REGISTRATION + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_APPROVER_HOME_VISIT + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_STREET_REVIEW + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_APPROVAL + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_REJECTION_NOTICE + AidProcessTestCase.FORM,
		AidProcessTestCase.FORMS + FORM_ECONOMIC_FINDINGS_REVIEW + AidProcessTestCase.FORM })
@ExtendWith(ProcessEngineExtension.class)
abstract class AidProcessTestCase {

	static final String FORMS = "forms/aid/";

	static final String FORM = ".form";

	static final String APPLICATION_NUMBER = "SZ-AID-2026-000001";

	static final long APPLICATION_ID = 1001L;

	static final String DISTRICT = "440308";

	static final String COMPETENT_STREET = "440308001";

	static final String OTHER_STREET = "440308002";

	static final long ENTRUSTMENT_ID = 7L;

	static final String ECONOMIC_CHECK_OUTCOME = "WITHIN_LIMITS";

	/** The engine clock is fixed so that due dates can be compared exactly. */
	static final Date NOW = Date.from(Instant.parse("2026-03-02T01:00:00Z"));

	final RecordingSla sla = new RecordingSla();

	final RecordingCaseClosedListener caseClosed = new RecordingCaseClosedListener();

	final JavaDelegate notifySupplement = mock(JavaDelegate.class);

	final JavaDelegate verifyHukou = mock(JavaDelegate.class);

	final JavaDelegate requestEconomicCheck = mock(JavaDelegate.class);

	final JavaDelegate resolveApprovalAuthority = mock(JavaDelegate.class);

	final JavaDelegate publishNotice = mock(JavaDelegate.class);

	final JavaDelegate grantBenefit = mock(JavaDelegate.class);

	final JavaDelegate recordRejection = mock(JavaDelegate.class);

	final JavaDelegate escalateOverdue = mock(JavaDelegate.class);

	final JavaDelegate retryEconomicCheck = mock(JavaDelegate.class);

	final StandInTotalLimit totalLimit = new StandInTotalLimit();

	/**
	 * The approving unit's panel: empty for one approval offered to the approver group.
	 */
	final ApprovalPanel approvalPanel = new ApprovalPanel();

	@BeforeEach
	void registerBeans(ProcessEngine processEngine) throws Exception {
		init(processEngine);
		ClockUtil.setCurrentTime(NOW);
		Mocks.register(BEAN_SLA, this.sla);
		Mocks.register(BEAN_CASE_CLOSED_LISTENER, this.caseClosed);
		Mocks.register(BEAN_NOTIFY_SUPPLEMENT, this.notifySupplement);
		Mocks.register(BEAN_VERIFY_HUKOU, this.verifyHukou);
		Mocks.register(BEAN_REQUEST_ECONOMIC_CHECK, this.requestEconomicCheck);
		Mocks.register(BEAN_RESOLVE_APPROVAL_AUTHORITY, this.resolveApprovalAuthority);
		Mocks.register(BEAN_PUBLISH_NOTICE, this.publishNotice);
		Mocks.register(BEAN_GRANT_BENEFIT, this.grantBenefit);
		Mocks.register(BEAN_RECORD_REJECTION, this.recordRejection);
		Mocks.register(BEAN_ESCALATE_OVERDUE, this.escalateOverdue);
		Mocks.register(BEAN_RETRY_ECONOMIC_CHECK, this.retryEconomicCheck);
		Mocks.register(BEAN_START_TOTAL_LIMIT, this.totalLimit.start);
		Mocks.register(BEAN_TOTAL_LIMIT_ALARM, this.totalLimit.alarm);
		Mocks.register(BEAN_APPROVAL_PANEL, this.approvalPanel);
		approvalAuthorityIs(DISTRICT, null);
	}

	@AfterEach
	void resetBeansAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	/**
	 * Makes the mocked resolution delegate answer with this org unit (and entrustment, if
	 * any).
	 */
	void approvalAuthorityIs(String orgUnitCode, Long entrustmentId) throws Exception {
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(VAR_APPROVER_GROUP, approverGroup(orgUnitCode));
			execution.setVariable(VAR_APPROVING_ORG_UNIT_CODE, orgUnitCode);
			execution.setVariable(VAR_ENTRUSTMENT_ID, Variables.longValue(entrustmentId));
			execution.setVariable(VAR_APPROVAL_MODE, this.approvalPanel.mode.name());
			return null;
		}).when(this.resolveApprovalAuthority).execute(any());
	}

	static Map<String, Object> startVariables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_APPLICATION_ID, APPLICATION_ID);
		variables.put(VAR_BENEFIT_TYPE, BenefitType.DIBAO.name());
		variables.put(VAR_DISTRICT_CODE, DISTRICT);
		variables.put(VAR_COMPETENT_STREET_CODE, COMPETENT_STREET);
		variables.put(VAR_INTAKE_STREET_CODE, COMPETENT_STREET);
		variables.put(VAR_CONFLICT_OF_INTEREST, false);
		return variables;
	}

	ProcessInstance startApplication() {
		return startApplication(startVariables());
	}

	ProcessInstance startApplication(Map<String, Object> variables) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, APPLICATION_NUMBER, variables);
	}

	/** Completes the open user task after checking that its deployed form resolves. */
	void completeTask(ProcessInstance instance, String taskKey, String variable, Enum<?> code) {
		completeTask(instance, taskKey, withVariables(variable, code.name()));
	}

	void completeTask(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
		assertThat(instance).isWaitingAt(taskKey);
		Task task = task(taskKey, instance);
		try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
			Assertions.assertThat(form).as("deployed form of " + taskKey).isNotNull();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		complete(task, variables);
	}

	/**
	 * Executes the job (async continuation or timer) of this activity, as the job
	 * executor would.
	 */
	void executeJob(ProcessInstance instance, String activityId) {
		execute(jobAt(instance, activityId));
	}

	Job jobAt(ProcessInstance instance, String activityId) {
		Job job = job(activityId, instance);
		assertThat(job).as("job at " + activityId).isNotNull();
		return job;
	}

	void correlate(String messageName) {
		runtimeService().createMessageCorrelation(messageName)
			.processInstanceBusinessKey(APPLICATION_NUMBER)
			.correlate();
	}

	/**
	 * Acceptance check passed, hukou verified, economic check answered: the case is at
	 * home investigation.
	 */
	void acceptAndCheck(ProcessInstance instance) {
		completeTask(instance, TASK_ACCEPTANCE_CHECK, VAR_ACCEPTANCE_DECISION, AcceptanceDecision.ACCEPT);
		executeJob(instance, SERVICE_TASK_VERIFY_HUKOU);
		executeJob(instance, SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		assertThat(instance).isWaitingAt(GATEWAY_ECONOMIC_CHECK_EVENTS);
		runtimeService().createMessageCorrelation(MESSAGE_ECONOMIC_CHECK_COMPLETED)
			.processInstanceBusinessKey(APPLICATION_NUMBER)
			.setVariable(VAR_ECONOMIC_CHECK_OUTCOME, ECONOMIC_CHECK_OUTCOME)
			.correlate();
	}

	/**
	 * From home investigation of a 低保 case without conflict of interest to the public
	 * notice.
	 */
	void investigateAndReview(ProcessInstance instance) {
		completeTask(instance, TASK_HOME_INVESTIGATION, VAR_INVESTIGATION_DECISION, InvestigationDecision.DONE);
		completeTask(instance, TASK_STREET_REVIEW, VAR_REVIEW_DECISION, ReviewDecision.PASS);
	}

	/** A 低保 case without conflict of interest, driven to the approval task. */
	ProcessInstance applicationAwaitingApproval() {
		ProcessInstance instance = startApplication();
		acceptAndCheck(instance);
		investigateAndReview(instance);
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);
		assertThat(instance).isWaitingAt(TASK_APPROVAL);
		return instance;
	}

	void approve(ProcessInstance instance, ApprovalDecision decision) {
		completeTask(instance, TASK_APPROVAL, VAR_APPROVAL_DECISION, decision);
	}

	/** Stand-in for the server's panel bean: the members to ask, and how they decide. */
	public static final class ApprovalPanel {

		java.util.List<String> members = java.util.Collections.singletonList(null);

		ApprovalMode mode = ApprovalMode.SINGLE;

		void is(ApprovalMode mode, String... members) {
			this.mode = mode;
			this.members = java.util.List.of(members);
		}

		public java.util.List<String> members(DelegateExecution execution) {
			return this.members;
		}

	}

}
