package org.minzheng.flow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Working days (工作日) under China's official holiday arrangements, including weekend days
 * that are worked (调休). The arrangements are the {@code calendar_day} rows, read once
 * into an immutable snapshot (they change once a year, through {@link #reload()} after
 * the administrator's import). A year without rows falls back to weekends-only, with a
 * WARN logged once per year.
 * <p>
 * Instants are placed in China Standard Time ({@link #ZONE}): a statutory day is a day in
 * Beijing time.
 */
@Service
public class WorkingDayCalendar {

	/** The zone in which statutory days are counted. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final CalendarDayMapper mapper;

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	private volatile HolidayTable table;

	WorkingDayCalendar(CalendarDayMapper mapper) {
		this.mapper = mapper;
		this.table = load();
	}

	/**
	 * Re-reads the holiday arrangements from the database and swaps the snapshot
	 * atomically. Call after the yearly import (on every node of a cluster).
	 */
	public void reload() {
		this.table = load();
	}

	/**
	 * Whether the date is a working day: a weekday that is not a holiday, or a weekend
	 * day worked by 调休.
	 */
	public boolean isWorkingDay(LocalDate date) {
		return table.isWorkingDay(date);
	}

	/**
	 * The date itself when it is a working day, else the next working day (a period's
	 * last day or a yearly date moved off a holiday).
	 */
	public LocalDate onOrAfter(LocalDate date) {
		return isWorkingDay(date) ? date : addWorkingDays(date, 1);
	}

	/**
	 * The n-th working day after {@code start}; {@code start} itself never counts,
	 * whether or not it is a working day (so the result is always a working day for n
	 * &ge; 1). For n = 0, {@code start} unchanged.
	 * @throws IllegalArgumentException if n is negative
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		return table.addWorkingDays(start, n);
	}

	/**
	 * A due instant n working days after {@code from}, with {@code from} read as a
	 * Beijing-time date and time:
	 * <ul>
	 * <li>if that date is a working day: the same time of day on the n-th working day
	 * after that date (n = 0: {@code from} itself);</li>
	 * <li>if that date is not a working day: counted as if from 00:00 of the next working
	 * day, i.e. 00:00 of the n-th working day after that next working day (n = 0: 00:00
	 * of the next working day). So n whole working days always lie between {@code from}
	 * and the result: received on Saturday, 1 working day is due at 00:00 on Tuesday,
	 * leaving all of Monday.</li>
	 * </ul>
	 * @throws IllegalArgumentException if n is negative
	 */
	public Instant addWorkingDays(Instant from, int n) {
		ZonedDateTime local = from.atZone(ZONE);
		LocalDate date = local.toLocalDate();
		if (table.isWorkingDay(date)) {
			return table.addWorkingDays(date, n).atTime(local.toLocalTime()).atZone(ZONE).toInstant();
		}
		LocalDate nextWorkingDay = table.addWorkingDays(date, 1);
		return table.addWorkingDays(nextWorkingDay, n).atStartOfDay(ZONE).toInstant();
	}

	/**
	 * The number of working days d with {@code from} &lt; d &le; {@code to}: the start
	 * day does not count, the end day does (so
	 * {@code addWorkingDays(from, workingDaysBetween(from, to)) == to} for a working day
	 * {@code to} after {@code from}). 0 when both are the same day; when {@code to} is
	 * before {@code from}, the negated count of the reversed range.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return table.workingDaysBetween(from, to);
	}

	/**
	 * {@code from} plus n calendar days (negative n goes back), same Beijing time of day.
	 */
	public Instant addCalendarDays(Instant from, int n) {
		return from.atZone(ZONE).plusDays(n).toInstant();
	}

	/**
	 * Whether the holiday arrangements of the year are loaded (otherwise it counts
	 * weekends only).
	 */
	public boolean hasDataFor(int year) {
		return table.hasDataFor(year);
	}

	/**
	 * The years from {@code firstYear} to {@code lastYear} (both included) without
	 * holiday data, ascending.
	 */
	public Set<Integer> yearsWithoutData(int firstYear, int lastYear) {
		return table.yearsWithoutData(firstYear, lastYear);
	}

	private HolidayTable load() {
		HolidayTable loaded = HolidayTable.of(mapper.findAll(), this::warnOnce);
		log.info("Working-day calendar loaded, holiday data for {}", loaded.years());
		return loaded;
	}

	private void warnOnce(int year) {
		if (warnedYears.add(year)) {
			log.warn("no holiday data for {}, weekends only", year);
		}
	}

}
