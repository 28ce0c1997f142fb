package org.minzheng.flow.calendar;

import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.shared.ReferenceCsv;

/**
 * Test fixture: the working-day calendar over the shipped holiday arrangements
 * ({@code reference/cn-public-holidays.csv}, 2025 and 2026), without Spring or a
 * database.
 */
public final class ReferenceCalendar {

	private ReferenceCalendar() {
	}

	public static WorkingDayCalendar workingDayCalendar() {
		return new WorkingDayCalendar(ReferenceCalendar::days);
	}

	static List<CalendarDay> days() {
		return ReferenceCsv.rows("cn-public-holidays.csv")
			.stream()
			.map(row -> new CalendarDay(LocalDate.parse(row[0]), DayKind.valueOf(row[1]), row[2]))
			.toList();
	}

}
