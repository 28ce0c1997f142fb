package org.minzheng.flow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The working-day rules for an immutable snapshot of the official holiday arrangements: a
 * day listed as {@link DayKind#HOLIDAY} is off, a day listed as {@link DayKind#WORKDAY}
 * is worked (调休), any other day is a working day from Monday to Friday. A year without
 * any listed day falls back to that weekday rule, and every use of such a day is reported
 * to the {@code yearWithoutData} callback (the service logs it once).
 */
final class HolidayTable {

	private final Map<LocalDate, DayKind> listed;

	private final Set<Integer> years;

	private final IntConsumer yearWithoutData;

	private HolidayTable(Map<LocalDate, DayKind> listed, IntConsumer yearWithoutData) {
		this.listed = Map.copyOf(listed);
		this.years = listed.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
		this.yearWithoutData = yearWithoutData;
	}

	static HolidayTable of(Collection<CalendarDay> days, IntConsumer yearWithoutData) {
		Map<LocalDate, DayKind> listed = new HashMap<>();
		for (CalendarDay day : days) {
			if (listed.put(day.calDate(), day.kind()) != null) {
				throw new IllegalArgumentException("Day listed twice in the holiday arrangements: " + day.calDate());
			}
		}
		return new HolidayTable(listed, yearWithoutData);
	}

	boolean isWorkingDay(LocalDate date) {
		DayKind kind = listed.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		if (!years.contains(date.getYear())) {
			yearWithoutData.accept(date.getYear());
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The n-th working day after {@code start} (start itself never counts); {@code start}
	 * when n is 0.
	 */
	LocalDate addWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("Working days to add must not be negative: " + n);
		}
		LocalDate day = start;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Working days d with from &lt; d &le; to; the negated count for to before from; 0
	 * for the same day.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** The years with at least one listed day, ascending. */
	Set<Integer> years() {
		return Collections.unmodifiableSet(new TreeSet<>(years));
	}

	boolean hasDataFor(int year) {
		return years.contains(year);
	}

	/**
	 * The years from {@code firstYear} to {@code lastYear} (both included) without any
	 * listed day, ascending.
	 */
	Set<Integer> yearsWithoutData(int firstYear, int lastYear) {
		if (lastYear < firstYear) {
			throw new IllegalArgumentException("Year range is reversed: " + firstYear + ".." + lastYear);
		}
		Set<Integer> missing = new TreeSet<>();
		for (int year = firstYear; year <= lastYear; year++) {
			if (!years.contains(year)) {
				missing.add(year);
			}
		}
		return Collections.unmodifiableSet(missing);
	}

}
