package org.minzheng.flow.calendar.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.ReferenceCalendar;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.ProcessConventions;

/**
 * The working-day schedule over the shipped calendar (2025 and 2026): a holiday is
 * skipped, a 调休 weekend is worked, a year without data counts weekends only.
 */
class WorkingDayScheduleTest {

	private final AtomicReference<Instant> now = new AtomicReference<>();

	private final WorkingDaySchedule schedule = new WorkingDaySchedule(ReferenceCalendar.workingDayCalendar(), now::get,
			Map.of(ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, MonthDay.of(2, 20),
					ProcessConventions.YEARLY_LOTTERY_REVIEW, MonthDay.of(1, 4)));

	@Test
	void aDailyTimerSkipsTheNationalDayHolidayAndWorksTheAdjustedSaturday() {
		at(2026, 9, 30, 9, 0);
		// 1–7 October are holidays, Saturday 10 October is worked (国庆节调休)
		assertThat(schedule.daily("08:30")).isEqualTo("R/2026-10-08T08:30:00+08:00/P1D");
		at(2026, 10, 9, 8, 30);
		assertThat(schedule.daily("08:30")).isEqualTo("R/2026-10-10T08:30:00+08:00/P1D");
	}

	@Test
	void aDailyTimerFiresLaterTheSameWorkingDayIfTheTimeIsStillAhead() {
		at(2026, 3, 2, 7, 0);
		assertThat(schedule.daily("08:00")).isEqualTo("R/2026-03-02T08:00:00+08:00/P1D");
		at(2026, 3, 2, 8, 0);
		assertThat(schedule.daily("08:00")).isEqualTo("R/2026-03-03T08:00:00+08:00/P1D");
	}

	@Test
	void aYearlyTimerOnASpringFestivalHolidayMovesToTheFirstWorkingDayAfter() {
		// 20 February 2026 lies in the Spring Festival holiday (15–23 February)
		at(2026, 1, 10, 0, 0);
		assertThat(schedule.yearly(ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, "09:00"))
			.isEqualTo("R/2026-02-24T09:00:00+08:00/P1Y");
		// once fired, next year's (2027 has no data: 20 February is a Saturday)
		at(2026, 2, 24, 9, 0);
		assertThat(schedule.yearly(ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, "09:00"))
			.isEqualTo("R/2027-02-22T09:00:00+08:00/P1Y");
	}

	@Test
	void aYearlyTimerOnAnAdjustedWorkingSundayFiresThatSunday() {
		// Sunday 4 January 2026 is worked (元旦调休)
		at(2025, 12, 1, 0, 0);
		assertThat(schedule.yearly(ProcessConventions.YEARLY_LOTTERY_REVIEW, "09:00"))
			.isEqualTo("R/2026-01-04T09:00:00+08:00/P1Y");
	}

	@Test
	void aYearWithoutCalendarDataCountsWeekendsOnly() {
		WorkingDayCalendar calendar = ReferenceCalendar.workingDayCalendar();
		assertThat(calendar.hasDataFor(2027)).isFalse();
		// 1 October 2027 is a Friday: without the year's arrangements it is a working day
		at(2027, 9, 30, 9, 0);
		assertThat(schedule.daily("08:30")).isEqualTo("R/2027-10-01T08:30:00+08:00/P1D");
		// Saturday 2 and Sunday 3 October are skipped
		at(2027, 10, 1, 9, 0);
		assertThat(schedule.daily("08:30")).isEqualTo("R/2027-10-04T08:30:00+08:00/P1D");
	}

	@Test
	void anUnknownYearlyScheduleOrAMalformedTimeIsRefused() {
		at(2026, 3, 2, 9, 0);
		assertThatIllegalArgumentException().isThrownBy(() -> schedule.yearly("unknown", "09:00"))
			.withMessageContaining("unknown");
		assertThatIllegalArgumentException().isThrownBy(() -> schedule.daily("8 o'clock"));
	}

	private void at(int year, int month, int day, int hour, int minute) {
		now.set(LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

}
