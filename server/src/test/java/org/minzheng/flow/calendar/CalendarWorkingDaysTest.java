package org.minzheng.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day rules over the shipped 2025/2026 holiday arrangements, without Spring.
 */
class CalendarWorkingDaysTest {

	private final WorkingDayCalendar calendar = ReferenceCalendar.workingDayCalendar();

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({
			// 2026 Spring Festival: 02-15..23 off, Saturdays 02-14 and 02-28 worked
			"2026-02-13, true", "2026-02-14, true", "2026-02-15, false", "2026-02-16, false", "2026-02-20, false",
			"2026-02-23, false", "2026-02-24, true", "2026-02-28, true", "2026-03-01, false",
			// 2026 Mid-Autumn 09-25..27 and National Day 10-01..07 off, Sunday 09-20 and
			// Saturday 10-10 worked
			"2026-09-19, false", "2026-09-20, true", "2026-09-25, false", "2026-09-27, false", "2026-09-28, true",
			"2026-10-01, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true", "2026-10-11, false",
			// ordinary weekdays and weekends
			"2026-03-02, true", "2026-03-07, false", "2026-03-08, false" })
	void followsTheOfficialArrangements(LocalDate date, boolean working) {
		assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24", "2026-02-14, 1, 2026-02-24",
			"2026-02-15, 1, 2026-02-24", "2026-02-27, 1, 2026-02-28", "2026-02-27, 2, 2026-03-02",
			"2026-09-30, 1, 2026-10-08", "2026-09-24, 1, 2026-09-28", "2026-09-19, 1, 2026-09-20",
			"2026-10-09, 1, 2026-10-10", "2026-10-10, 1, 2026-10-12", "2026-09-18, 11, 2026-10-10",
			"2026-02-13, 0, 2026-02-13", "2026-02-15, 0, 2026-02-15" })
	void addsWorkingDaysNotCountingTheStartDay(LocalDate start, int n, LocalDate expected) {
		assertThat(calendar.addWorkingDays(start, n)).isEqualTo(expected);
	}

	@Test
	void refusesNegativeWorkingDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(Instant.now(), -1));
	}

	@ParameterizedTest(name = "working days after {0} up to {1}: {2}")
	@CsvSource({ "2026-02-13, 2026-02-28, 6", "2026-02-14, 2026-02-23, 0", "2026-02-13, 2026-02-24, 2",
			"2026-09-18, 2026-10-10, 11", "2026-09-30, 2026-10-08, 1", "2026-10-10, 2026-09-18, -11",
			"2026-02-15, 2026-02-15, 0", "2026-03-02, 2026-03-02, 0" })
	void countsWorkingDaysAfterFromUpToAndIncludingTo(LocalDate from, LocalDate to, int expected) {
		assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
	}

	@Test
	void countingIsTheInverseOfAddingAcrossBothHolidayPeriods() {
		LocalDate from = LocalDate.of(2026, 2, 1);
		for (LocalDate day = from.plusDays(1); day.isBefore(LocalDate.of(2026, 11, 1)); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				assertThat(calendar.addWorkingDays(from, calendar.workingDaysBetween(from, day))).isEqualTo(day);
			}
		}
		assertThat(calendar.workingDaysBetween(from, LocalDate.of(2026, 10, 31)))
			.isEqualTo(calendar.workingDaysBetween(from, LocalDate.of(2026, 6, 30))
					+ calendar.workingDaysBetween(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 10, 31)));
	}

	@ParameterizedTest(name = "{0} (Beijing) + {1} working days = {2}")
	@CsvSource({
			// from a working day: same time of day on the n-th working day after it
			"2026-02-13T15:30, 1, 2026-02-14T15:30", "2026-02-13T15:30, 2, 2026-02-24T15:30",
			"2026-09-30T09:00, 1, 2026-10-08T09:00", "2026-02-13T15:30, 0, 2026-02-13T15:30",
			// from a non-working day: as if from 00:00 of the next working day
			"2026-02-15T10:00, 1, 2026-02-25T00:00", "2026-02-15T10:00, 0, 2026-02-24T00:00",
			"2026-10-01T00:30, 1, 2026-10-09T00:00", "2026-03-07T18:00, 3, 2026-03-12T00:00" })
	void dueInstantsKeepTheTimeOfDayOrStartFromTheNextWorkingDay(LocalDateTime from, int n, LocalDateTime due) {
		Instant result = calendar.addWorkingDays(beijing(from), n);

		assertThat(result).isEqualTo(beijing(due));
	}

	@Test
	void readsInstantsAsBeijingDates() {
		// 2026-09-30T16:30Z is 2026-10-01 00:30 in Beijing, a holiday
		Instant lateEveningUtc = Instant.parse("2026-09-30T16:30:00Z");

		assertThat(calendar.addWorkingDays(lateEveningUtc, 1)).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
	}

	@Test
	void addsCalendarDaysKeepingTheTimeOfDay() {
		assertThat(calendar.addCalendarDays(beijing(LocalDateTime.parse("2026-09-30T10:00")), 7))
			.isEqualTo(beijing(LocalDateTime.parse("2026-10-07T10:00")));
		assertThat(calendar.addCalendarDays(beijing(LocalDateTime.parse("2026-09-30T10:00")), -30))
			.isEqualTo(beijing(LocalDateTime.parse("2026-08-31T10:00")));
	}

	@Test
	void fallsBackToWeekendsOnlyForAYearWithoutData() {
		assertThat(calendar.hasDataFor(2026)).isTrue();
		assertThat(calendar.hasDataFor(2027)).isFalse();
		assertThat(calendar.yearsWithoutData(2024, 2028)).containsExactly(2024, 2027, 2028);

		// 2027-10-01 is a Friday: without the 2027 arrangements only weekends are off
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 2))).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))).isEqualTo(19);
	}

	private static Instant beijing(LocalDateTime local) {
		return local.atZone(WorkingDayCalendar.ZONE).toInstant();
	}

}
