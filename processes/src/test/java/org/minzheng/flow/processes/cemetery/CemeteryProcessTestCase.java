package org.minzheng.flow.processes.cemetery;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.ProcessConventions.BEAN_SLA;
import static org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minzheng.flow.processes.aid.RecordingSla;

/**
 * Deploys the three cemetery processes with their forms, registers mocked beans and
 * drives an inspection from one wait state to the next.
 */
@Deployment(resources = { CemeteryInspectionProcess.RESOURCE, CemeteryCampaignProcess.RESOURCE,
		CemeteryCampaignProcess.SCHEDULE_RESOURCE, CemeteryProcessTestCase.FORMS + FORM_SELF_INSPECTION + ".form",
		CemeteryProcessTestCase.FORMS + FORM_DOCUMENT_REVIEW + ".form",
		CemeteryProcessTestCase.FORMS + FORM_ON_SITE_INSPECTION + ".form",
		CemeteryProcessTestCase.FORMS + FORM_FINDINGS + ".form",
		CemeteryProcessTestCase.FORMS + FORM_RECTIFICATION + ".form",
		CemeteryProcessTestCase.FORMS + FORM_RE_INSPECTION + ".form",
		CemeteryProcessTestCase.FORMS + FORM_RESULT + ".form",
		CemeteryProcessTestCase.FORMS + FORM_FINAL_RESULT + ".form",
		CemeteryProcessTestCase.FORMS + FORM_JOINT_ENFORCEMENT + ".form",
		CemeteryProcessTestCase.FORMS + CemeteryCampaignProcess.FORM_DISTRICT_SUMMARY + ".form",
		CemeteryProcessTestCase.FORMS + CemeteryCampaignProcess.FORM_CITY_REVIEW + ".form" })
@ExtendWith(ProcessEngineExtension.class)
abstract class CemeteryProcessTestCase {

	static final String FORMS = "forms/cemetery/";

	static final String DISTRICT = "440308";

	static final String CITY = "440300";

	static final String OPERATOR_UNIT = "CEM-OP-0001";

	static final String ENFORCEMENT_UNIT = "CEM-EN-440308";

	static final long INSPECTION_ID = 501L;

	static final String INSPECTION_NO = "CEM-440308-2026-01";

	static final Date NOW = Date.from(Instant.parse("2026-03-02T01:00:00Z"));

	final RecordingSla sla = new RecordingSla();

	final JavaDelegate prepareInspection = mock(JavaDelegate.class);

	final JavaDelegate reportCredit = mock(JavaDelegate.class);

	final JavaDelegate escalateOverdue = mock(JavaDelegate.class);

	final JavaDelegate routeEnforcement = mock(JavaDelegate.class);

	final Enforcement enforcement = new Enforcement();

	final JavaDelegate compileSummary = mock(JavaDelegate.class);

	final JavaDelegate publishResults = mock(JavaDelegate.class);

	final JavaDelegate openCampaigns = mock(JavaDelegate.class);

	final ClosedCases closed = new ClosedCases();

	final Inspections inspections = new Inspections();

	@BeforeEach
	void registerBeans(ProcessEngine processEngine) throws Exception {
		init(processEngine);
		ClockUtil.setCurrentTime(NOW);
		Mocks.register(BEAN_SLA, this.sla);
		Mocks.register(org.minzheng.flow.processes.ProcessConventions.BEAN_WORKING_DAY_SCHEDULE,
				new org.minzheng.flow.processes.StandInWorkingDaySchedule());
		Mocks.register(BEAN_PREPARE_INSPECTION, this.prepareInspection);
		Mocks.register(BEAN_REPORT_CREDIT, this.reportCredit);
		Mocks.register(BEAN_ESCALATE_OVERDUE, this.escalateOverdue);
		Mocks.register(BEAN_ROUTE_ENFORCEMENT, this.routeEnforcement);
		Mocks.register(BEAN_ENFORCEMENT, this.enforcement);
		Mocks.register(BEAN_CASE_CLOSED_LISTENER, this.closed);
		Mocks.register(CemeteryCampaignProcess.BEAN_COMPILE_SUMMARY, this.compileSummary);
		Mocks.register(CemeteryCampaignProcess.BEAN_PUBLISH_RESULTS, this.publishResults);
		Mocks.register(CemeteryCampaignProcess.BEAN_OPEN_CAMPAIGNS, this.openCampaigns);
		Mocks.register(CemeteryCampaignProcess.BEAN_INSPECTIONS, this.inspections);
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			Object id = execution.getVariable(VAR_INSPECTION_ID);
			execution.setVariable(VAR_OPERATOR_UNIT_CODE,
					Long.valueOf(INSPECTION_ID).equals(id) ? OPERATOR_UNIT : "CEM-OP-" + id);
			execution.setVariable(VAR_ENFORCEMENT_UNIT_CODE, "CEM-EN-" + execution.getVariable(VAR_DISTRICT_CODE));
			return null;
		}).when(this.prepareInspection).execute(any());
	}

	@AfterEach
	void resetBeansAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	ProcessInstance startInspection() {
		return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
			.startProcessInstanceByKey(PROCESS_KEY, INSPECTION_NO,
					Map.of(VAR_INSPECTION_ID, INSPECTION_ID, VAR_DISTRICT_CODE, DISTRICT));
	}

	/** Completes the open user task after checking that its deployed form resolves. */
	void completeTask(ProcessInstance instance, String taskKey, String variable, Enum<?> code) {
		assertThat(instance).isWaitingAt(taskKey);
		Task task = task(taskKey, instance);
		try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
			Assertions.assertThat(form).as("deployed form of " + taskKey).isNotNull();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		complete(task, withVariables(variable, code.name()));
	}

	void executeJob(ProcessInstance instance, String activityId) {
		Job job = job(activityId, instance);
		Assertions.assertThat(job).as("job at " + activityId).isNotNull();
		execute(job);
	}

	/** Self-inspection submitted, documents complete, on-site checklist done. */
	void inspectOnSite(ProcessInstance instance) {
		completeTask(instance, TASK_SELF_INSPECTION, VAR_SELF_INSPECTION_DECISION, SelfInspectionDecision.SUBMITTED);
		completeTask(instance, TASK_DOCUMENT_REVIEW, VAR_DOCUMENT_REVIEW_DECISION, DocumentReviewDecision.PASS);
		completeTask(instance, TASK_ON_SITE_INSPECTION, VAR_ON_SITE_DECISION, OnSiteDecision.DONE);
	}

	/** Ordered to rectify, rectified and re-inspected: the result is next. */
	void rectifyAndReInspect(ProcessInstance instance) {
		inspectOnSite(instance);
		completeTask(instance, TASK_FINDINGS, VAR_FINDINGS_DECISION, FindingsDecision.RECTIFY);
		completeTask(instance, TASK_RECTIFICATION, VAR_RECTIFICATION_DECISION, RectificationDecision.SUBMITTED);
		completeTask(instance, TASK_RE_INSPECTION, VAR_RE_INSPECTION_DECISION, ReInspectionDecision.DONE);
	}

	/**
	 * Ordered to rectify, rectified, re-inspected, given a further period, rectified
	 * again and re-inspected again: the final result is next.
	 */
	void furtherRectificationUpToFinalResult(ProcessInstance instance) {
		rectifyAndReInspect(instance);
		completeTask(instance, TASK_RESULT, VAR_RESULT_DECISION, ResultDecision.RECTIFY_PENDING);
		completeTask(instance, TASK_FOLLOW_UP_RECTIFICATION, VAR_RECTIFICATION_DECISION,
				RectificationDecision.SUBMITTED);
		completeTask(instance, TASK_FOLLOW_UP_RE_INSPECTION, VAR_RE_INSPECTION_DECISION, ReInspectionDecision.DONE);
	}

	/** Stand-in for the server's {@code cemeteryEnforcement} bean. */
	public static final class Enforcement {

		List<String> bodies = List.of(ENFORCEMENT_UNIT);

		public List<String> bodies(DelegateExecution execution) {
			return this.bodies;
		}

	}

	/** Records the end events the case-closed listener saw, by business key. */
	public static final class ClosedCases implements ExecutionListener {

		final List<String> ends = new ArrayList<>();

		@Override
		public void notify(DelegateExecution execution) {
			this.ends.add(execution.getProcessBusinessKey() + ":" + execution.getCurrentActivityId());
		}

	}

	/** Stand-in for the server's {@code cemeteryInspections} bean. */
	public static final class Inspections {

		List<Long> ids = List.of(INSPECTION_ID);

		public List<Long> ids(DelegateExecution execution) {
			return this.ids;
		}

		public String numberOf(Object inspectionId) {
			return "CEM-" + DISTRICT + "-2026-" + inspectionId;
		}

	}

}
