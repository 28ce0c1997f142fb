package org.minzheng.flow.processes.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.minzheng.flow.processes.lottery.LotteryYearlyReviewProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;

/**
 * The yearly start: a timer job due on the first working day on or after 4 January that
 * starts the reviews and ends.
 */
@Deployment(resources = RESOURCE)
class LotteryYearlyReviewProcessTest extends LotteryProcessTestCase {

	@Test
	void startsTheYearsReviewsFromATimerJobDueOnTheFourthOfJanuary() throws Exception {
		// given
		JavaDelegate startReviews = mock(JavaDelegate.class);
		Mocks.register(BEAN_START_YEARLY_REVIEWS, startReviews);
		Job timer = managementService().createJobQuery().timers().singleResult();
		assertThat(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault()))
			.isEqualTo(LocalDateTime.of(2027, 1, 4, 9, 0));

		// when the timer fires and the asynchronous start of the reviews runs
		managementService().executeJob(timer.getId());
		managementService().executeJob(
				managementService().createJobQuery().activityId(SERVICE_TASK_START_REVIEWS).singleResult().getId());

		// then
		verify(startReviews).execute(any());
		assertThat(historyService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
		assertThat(this.closed.endEventIds).containsExactly(END_EVENT_REVIEWS_STARTED);
	}

}
