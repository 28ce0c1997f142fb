package org.minzheng.flow.processes.socialorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.minzheng.flow.processes.socialorg.SocialOrgAnnualCampaignProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly opening: a timer job due on the first working day on or after the configured
 * opening day (15 January by default; the cycle is the working-day schedule's, read when
 * the model is deployed) that opens the campaigns and ends.
 */
@Deployment(resources = RESOURCE)
public class SocialOrgAnnualCampaignProcessTest extends SocialOrgProcessTestCase {

	final JavaDelegate openCampaigns = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_OPEN_CAMPAIGNS, this.openCampaigns);
	}

	@Test
	void opensTheCampaignsFromATimerJobDueOnTheConfiguredOpeningDay() throws Exception {
		// given: the engine clock stands at 2026-03-02, this year's day has passed
		Job timer = managementService().createJobQuery().timers().activityId(START_EVENT_OPENING_DAY).singleResult();
		assertThat(timer).as("yearly timer").isNotNull();
		assertThat(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault()))
			.isEqualTo(LocalDateTime.of(2027, 1, 15, 1, 5));

		// when the timer fires and the asynchronous opening runs
		managementService().executeJob(timer.getId());
		managementService().executeJob(
				managementService().createJobQuery().activityId(SERVICE_TASK_OPEN_CAMPAIGNS).singleResult().getId());

		// then the campaigns are opened once, the process ends, and next year's timer
		// waits
		verify(this.openCampaigns).execute(any());
		assertThat(historyService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
		verify(this.caseClosed)
			.notify(argThat(execution -> END_EVENT_CAMPAIGNS_OPENED.equals(execution.getCurrentActivityId())));
		assertThat(managementService().createJobQuery().timers().activityId(START_EVENT_OPENING_DAY).count())
			.isEqualTo(1);
	}

}
