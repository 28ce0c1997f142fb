package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two timer-started processes: every weekday morning the due reviews are opened and
 * the spot-check draw is asked for (the server decides whether today is its day). Driven
 * by moving the engine clock.
 */
class AidLifeSchedulesProcessTest extends AidLifeProcessTestCase {

	final JavaDelegate openDueReviews = mock(JavaDelegate.class);

	final JavaDelegate drawSpotChecks = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(AidReviewScheduleProcess.BEAN_OPEN_DUE_REVIEWS, this.openDueReviews);
		Mocks.register(AidSpotCheckScheduleProcess.BEAN_DRAW_SPOT_CHECKS, this.drawSpotChecks);
	}

	@Test
	@Deployment(resources = AidReviewScheduleProcess.RESOURCE)
	void reviewTimerWaitsForAWeekdayMorningAndOpensTheDueReviewsWhenTheClockGetsThere() throws Exception {
		Job timer = timerAt(AidReviewScheduleProcess.START_EVENT_MORNING);
		LocalDateTime due = local(timer.getDuedate());
		assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 30));
		assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

		// the clock just before the morning: nothing runs
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() - 60_000));
		assertThat(moveClock(Duration.ZERO)).isZero();
		verifyNoInteractions(this.openDueReviews);

		// the clock at the morning: the timer fires, the asynchronous step opens the
		// reviews once, the instance ends and the next morning's timer waits
		moveClock(Duration.ofMinutes(1));
		verify(this.openDueReviews, times(1)).execute(any());
		assertThat(historyService().createHistoricProcessInstanceQuery()
			.processDefinitionKey(AidReviewScheduleProcess.PROCESS_KEY)
			.finished()
			.count()).isEqualTo(1);
		assertThat(timerAt(AidReviewScheduleProcess.START_EVENT_MORNING).getDuedate()).isAfter(timer.getDuedate());
	}

	@Test
	@Deployment(resources = AidSpotCheckScheduleProcess.RESOURCE)
	void spotCheckTimerAsksForTheDrawEveryWeekdayMorning() throws Exception {
		Job timer = timerAt(AidSpotCheckScheduleProcess.START_EVENT_MORNING);
		assertThat(local(timer.getDuedate()).toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));

		ClockUtil.setCurrentTime(timer.getDuedate());
		moveClock(Duration.ZERO);
		verify(this.drawSpotChecks, times(1)).execute(any());

		// the next two mornings (the fixed clock starts on a Monday): once a day
		moveClock(Duration.ofDays(1));
		moveClock(Duration.ofDays(1));
		verify(this.drawSpotChecks, times(3)).execute(any());
	}

	private static Job timerAt(String activityId) {
		Job timer = managementService().createJobQuery().timers().activityId(activityId).singleResult();
		assertThat(timer).as("timer at " + activityId).isNotNull();
		return timer;
	}

	private static LocalDateTime local(Date date) {
		return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
	}

}
