package org.minzheng.flow.calendar;

import java.time.LocalDate;

/** One row of {@code calendar_day}: a day that departs from the weekday rule. */
record CalendarDay(LocalDate calDate, DayKind kind, String name) {
}
