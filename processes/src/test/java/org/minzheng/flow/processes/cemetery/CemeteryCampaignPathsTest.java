package org.minzheng.flow.processes.cemetery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.minzheng.flow.processes.cemetery.CemeteryCampaignProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess.FindingsDecision;

/** The district campaign around the inspections, and the yearly timer. */
class CemeteryCampaignPathsTest extends CemeteryProcessTestCase {

	static final String CAMPAIGN_NO = "CEM-440308-2026";

	ProcessInstance startCampaign() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, CAMPAIGN_NO,
				Map.of(VAR_CAMPAIGN_ID, 7L, VAR_DISTRICT_CODE, DISTRICT, VAR_CITY_CODE, CITY));
	}

	/** Drives every open child inspection to 合格 and lets the campaign collect it. */
	void passAllInspections(ProcessInstance campaign) {
		for (ProcessInstance child : children(campaign)) {
			inspectOnSite(child);
			completeTask(child, CemeteryInspectionProcess.TASK_FINDINGS,
					CemeteryInspectionProcess.VAR_FINDINGS_DECISION, FindingsDecision.QUALIFIED);
			assertThat(child).isEnded();
		}
		// each finished child is collected by its own job (asyncAfter), one at a time
		List<Job> jobs = managementService().createJobQuery().processInstanceId(campaign.getId()).list();
		jobs.forEach(job -> execute(job));
	}

	List<ProcessInstance> children(ProcessInstance campaign) {
		return runtimeService().createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).list();
	}

	@Test
	void opensOneInspectionPerCemeteryWithItsNumberAsBusinessKey() {
		this.inspections.ids = List.of(11L, 12L, 13L);

		ProcessInstance campaign = startCampaign();

		assertThat(children(campaign)).extracting(ProcessInstance::getBusinessKey)
			.containsExactlyInAnyOrder("CEM-440308-2026-11", "CEM-440308-2026-12", "CEM-440308-2026-13");
		children(campaign)
			.forEach(child -> assertThat(child).isWaitingAt(CemeteryInspectionProcess.TASK_SELF_INSPECTION)
				.variables()
				.containsEntry(CemeteryInspectionProcess.VAR_DISTRICT_CODE, DISTRICT));
		assertThat(campaign).isWaitingAt(CALL_ACTIVITY_INSPECTIONS);
	}

	@Test
	void summaryWaitsForEveryInspection() throws Exception {
		this.inspections.ids = List.of(11L, 12L);
		ProcessInstance campaign = startCampaign();
		ProcessInstance first = children(campaign).get(0);
		inspectOnSite(first);
		completeTask(first, CemeteryInspectionProcess.TASK_FINDINGS, CemeteryInspectionProcess.VAR_FINDINGS_DECISION,
				FindingsDecision.QUALIFIED);
		managementService().createJobQuery().processInstanceId(campaign.getId()).list().forEach(job -> execute(job));

		assertThat(campaign).isWaitingAt(CALL_ACTIVITY_INSPECTIONS);
		assertThat(children(campaign)).hasSize(1);
		verify(this.compileSummary, never()).execute(any());
	}

	@Test
	void cityAcceptsTheDistrictSummaryAndResultsArePublished() throws Exception {
		this.inspections.ids = List.of(11L, 12L);
		ProcessInstance campaign = startCampaign();
		passAllInspections(campaign);

		verify(this.compileSummary).execute(any());
		assertThat(campaign).isWaitingAt(TASK_DISTRICT_SUMMARY);
		assertThat(task(TASK_DISTRICT_SUMMARY, campaign)).hasCandidateGroup("cemetery-supervisor@" + DISTRICT);
		complete(task(TASK_DISTRICT_SUMMARY, campaign),
				withVariables(VAR_SUMMARY_DECISION, SummaryDecision.SUBMIT.name()));
		assertThat(task(TASK_CITY_REVIEW, campaign)).hasCandidateGroup("cemetery-supervisor@" + CITY);
		complete(task(TASK_CITY_REVIEW, campaign),
				withVariables(VAR_CITY_REVIEW_DECISION, CityReviewDecision.ACCEPT.name()));

		verify(this.publishResults).execute(any());
		assertThat(campaign).isEnded().hasPassed(END_EVENT_CAMPAIGN_CLOSED);
		assertThat(this.closed.ends).contains(CAMPAIGN_NO + ":" + END_EVENT_CAMPAIGN_CLOSED);
	}

	@Test
	void citySendsTheSummaryBackToTheDistrict() throws Exception {
		ProcessInstance campaign = startCampaign();
		passAllInspections(campaign);
		complete(task(TASK_DISTRICT_SUMMARY, campaign),
				withVariables(VAR_SUMMARY_DECISION, SummaryDecision.SUBMIT.name()));

		complete(task(TASK_CITY_REVIEW, campaign),
				withVariables(VAR_CITY_REVIEW_DECISION, CityReviewDecision.RETURN.name()));

		assertThat(campaign).isWaitingAt(TASK_DISTRICT_SUMMARY);
		verify(this.publishResults, never()).execute(any());
		verify(this.compileSummary, times(1)).execute(any());
		complete(task(TASK_DISTRICT_SUMMARY, campaign),
				withVariables(VAR_SUMMARY_DECISION, SummaryDecision.SUBMIT.name()));
		assertThat(campaign).isWaitingAt(TASK_CITY_REVIEW);
	}

	@Test
	void timerBeforeQingmingOpensTheCampaigns() throws Exception {
		Job timer = managementService().createJobQuery()
			.timers()
			.activityId(START_EVENT_BEFORE_QINGMING)
			.singleResult();
		assertThat(timer).as("yearly timer").isNotNull();
		// the engine clock stands at 2026-03-02: this year's opening has passed, next
		// year's first working day on or after 5 January (Tuesday) is due
		assertThat(java.time.LocalDateTime.ofInstant(timer.getDuedate().toInstant(), java.time.ZoneId.systemDefault()))
			.isEqualTo(java.time.LocalDateTime.of(2027, 1, 5, 9, 0));

		execute(timer);

		verify(this.openCampaigns).execute(any());
	}

}
