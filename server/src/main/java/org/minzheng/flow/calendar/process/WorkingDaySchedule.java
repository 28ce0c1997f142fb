package org.minzheng.flow.calendar.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.ProcessConventions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cycle of every timer start event, {@code ${workingDaySchedule.daily('08:30')}} or
 * {@code ${workingDaySchedule.yearly('cemetery-campaign', '09:00')}}: the next firing on
 * a working day of the shipped (or imported) calendar, as an ISO 8601 repeating interval
 * that starts at that instant ({@code R/2027-01-05T09:00:00+08:00/P1D}). The engine reads
 * the cycle when it deploys the model and again each time the timer is due
 * ({@code reevaluateTimeCycleWhenDue}), so every firing is computed afresh from the
 * calendar: a holiday or weekend is skipped, a 调休 weekend worked. A cron cannot say this:
 * the engine's cron (Spring 5.3 syntax) has no year field and knows weekends, not
 * holidays.
 * <p>
 * Yearly schedules fire on the first working day on or after their configured day:
 * {@code minzheng.socialorg.annual-report.open-on} (01-15),
 * {@code minzheng.cemetery.campaign.open-on} (01-05),
 * {@code minzheng.lottery.yearly-review.open-on} (01-04). The calendar is read when the
 * engine deploys, after Flyway has seeded it; a year without data counts weekends only.
 * "Now" is the engine's clock, in Beijing time.
 */
@Component(ProcessConventions.BEAN_WORKING_DAY_SCHEDULE)
public class WorkingDaySchedule {

	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private final WorkingDayCalendar calendar;

	private final Supplier<Instant> now;

	private final Map<String, MonthDay> yearly;

	@Autowired
	WorkingDaySchedule(WorkingDayCalendar calendar,
			@Value("${minzheng.socialorg.annual-report.open-on:01-15}") String socialorgOpenOn,
			@Value("${minzheng.cemetery.campaign.open-on:01-05}") String cemeteryOpenOn,
			@Value("${minzheng.lottery.yearly-review.open-on:01-04}") String lotteryOpenOn) {
		this(calendar, () -> ClockUtil.getCurrentTime().toInstant(),
				Map.of(ProcessConventions.YEARLY_SOCIALORG_ANNUAL_CAMPAIGN, monthDay(socialorgOpenOn),
						ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, monthDay(cemeteryOpenOn),
						ProcessConventions.YEARLY_LOTTERY_REVIEW, monthDay(lotteryOpenOn)));
	}

	/**
	 * A schedule over the given calendar, clock and yearly days (tests; the application's
	 * bean reads the engine's clock and the configuration).
	 */
	public WorkingDaySchedule(WorkingDayCalendar calendar, Supplier<Instant> now, Map<String, MonthDay> yearly) {
		this.calendar = calendar;
		this.now = now;
		this.yearly = Map.copyOf(yearly);
	}

	/**
	 * The cycle of a timer that fires every working day at {@code time} ({@code HH:mm}):
	 * starting at the next such instant after now.
	 * @throws IllegalArgumentException if the time is not {@code HH:mm}
	 */
	public String daily(String time) {
		return cycle(nextDaily(time(time)), "P1D");
	}

	/**
	 * The cycle of a timer that fires once a year at {@code time} ({@code HH:mm}) on the
	 * first working day on or after the configured day of the named schedule: starting at
	 * the next such instant after now.
	 * @throws IllegalArgumentException for an unknown schedule or a time not
	 * {@code HH:mm}
	 */
	public String yearly(String schedule, String time) {
		return cycle(nextYearly(openOn(schedule), time(time)), "P1Y");
	}

	/** The configured day of a yearly schedule. */
	public MonthDay openOn(String schedule) {
		MonthDay day = yearly.get(schedule);
		if (day == null) {
			throw new IllegalArgumentException("No yearly schedule " + schedule + "; known: " + yearly.keySet());
		}
		return day;
	}

	/** The next working day at {@code time} strictly after now (Beijing time). */
	public LocalDateTime nextDaily(LocalTime time) {
		LocalDateTime current = LocalDateTime.ofInstant(now.get(), WorkingDayCalendar.ZONE);
		LocalDate day = current.toLocalDate();
		if (!calendar.isWorkingDay(day) || !day.atTime(time).isAfter(current)) {
			day = calendar.addWorkingDays(day, 1);
		}
		return day.atTime(time);
	}

	/**
	 * The next firing of a yearly schedule strictly after now: {@code time} on the first
	 * working day on or after {@code openOn} of this year, or else of next year.
	 */
	public LocalDateTime nextYearly(MonthDay openOn, LocalTime time) {
		LocalDateTime current = LocalDateTime.ofInstant(now.get(), WorkingDayCalendar.ZONE);
		for (int year = current.getYear() - 1;; year++) {
			LocalDateTime candidate = openingDay(openOn, year).atTime(time);
			if (candidate.isAfter(current)) {
				return candidate;
			}
		}
	}

	/** The first working day on or after {@code openOn} in {@code year}. */
	public LocalDate openingDay(MonthDay openOn, int year) {
		return calendar.onOrAfter(openOn.atYear(year));
	}

	private static String cycle(LocalDateTime start, String period) {
		return "R/" + start.atZone(WorkingDayCalendar.ZONE).format(START) + "/" + period;
	}

	private static LocalTime time(String value) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a time of day (HH:mm): " + value, ex);
		}
	}

	private static MonthDay monthDay(String value) {
		return MonthDay.parse("--" + value.strip());
	}

}
