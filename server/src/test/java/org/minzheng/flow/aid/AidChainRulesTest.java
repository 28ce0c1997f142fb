package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.ReferenceCalendar;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.integration.economic.MemberFinding;

/**
 * The rules of the chain's new steps that need no database: when the total limit's alarms
 * fall (working days before the deadline, by the calendar), and how the economic check's
 * findings compare with the limits.
 */
class AidChainRulesTest {

	private final WorkingDayCalendar calendar = ReferenceCalendar.workingDayCalendar();

	private final AidTotalLimits limits = new AidTotalLimits(null, null, calendar, null, null, null, null, null);

	@Test
	void remindersFallOnTheWorkingDaysBeforeTheDeadlineAndTheBreachTheDayAfter() {
		LocalDate deadline = LocalDate.of(2026, 3, 18); // a Wednesday, no holiday near

		List<AidTotalLimits.Alarm> alarms = limits.alarms(deadline, List.of(5, 2));

		ZoneId beijing = ZoneId.of("Asia/Shanghai");
		assertThat(alarms).extracting(AidTotalLimits.Alarm::kind).containsExactly("REMINDER_5", "REMINDER_2", "BREACH");
		assertThat(alarms.get(0).at()).isEqualTo(LocalDate.of(2026, 3, 11).atTime(9, 0).atZone(beijing).toInstant());
		assertThat(alarms.get(1).at()).isEqualTo(LocalDate.of(2026, 3, 16).atTime(9, 0).atZone(beijing).toInstant());
		assertThat(alarms.get(2).at()).isEqualTo(LocalDate.of(2026, 3, 19).atStartOfDay(beijing).toInstant());
	}

	@Test
	void aReminderIsAlwaysAWorkingDayThatManyWorkingDaysBeforeTheDeadlineHolidaysIncluded() {
		for (LocalDate deadline = LocalDate.of(2026, 1, 15); deadline
			.isBefore(LocalDate.of(2026, 12, 20)); deadline = deadline.plusDays(1)) {
			if (!calendar.isWorkingDay(deadline)) {
				continue;
			}
			for (int days : List.of(1, 2, 5)) {
				LocalDate reminder = limits.workingDaysBefore(deadline, days);
				assertThat(calendar.isWorkingDay(reminder)).as("%s - %d", deadline, days).isTrue();
				assertThat(calendar.addWorkingDays(reminder, days)).as("%s - %d", deadline, days).isEqualTo(deadline);
			}
		}
	}

	@Test
	void reminderDaysAreReadFromTheProcessProperty() {
		assertThat(AidTotalLimits.reminderDays("5, 2")).containsExactly(5, 2);
		assertThat(AidTotalLimits.reminderDays(null)).isEmpty();
	}

	@Test
	void findingsCompareTheHouseholdWithTheLimits() {
		long standard = 136_500;
		List<AidEconomicMapper.Finding> within = AidEconomicFindings.compare(
				List.of(new MemberFinding("A", 50_000, 1, 0, false), new MemberFinding("B", 150_000, 0, 0, false)),
				standard);
		assertThat(within).extracting(AidEconomicMapper.Finding::item)
			.containsExactly("INCOME_PER_HEAD", "VEHICLES", "PROPERTIES", "COMPANY_SHARES");
		assertThat(within).extracting(AidEconomicMapper.Finding::foundValue).containsExactly(100_000L, 0L, 1L, 0L);
		assertThat(within).noneMatch(AidEconomicMapper.Finding::overLimit);

		// an income per head at the standard is not below it; a car, a second home,
		// shares
		List<AidEconomicMapper.Finding> over = AidEconomicFindings.compare(
				List.of(new MemberFinding("A", 136_500, 1, 1, true), new MemberFinding("B", 136_501, 1, 0, false)),
				standard);
		assertThat(over).allMatch(AidEconomicMapper.Finding::overLimit);
		assertThat(over.get(0).foundValue()).isEqualTo(136_500L); // rounded down
	}

}
