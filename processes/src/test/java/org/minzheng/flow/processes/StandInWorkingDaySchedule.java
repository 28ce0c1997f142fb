package org.minzheng.flow.processes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stand-in for the server's working-day schedule
 * ({@value ProcessConventions#BEAN_WORKING_DAY_SCHEDULE}) in process tests without
 * Spring: the same cycles (an ISO 8601 repeating interval that starts at the next firing
 * after the engine's clock), over a calendar of weekends only and the default yearly
 * days. The server's own test checks the real bean against the shipped holiday calendar.
 */
public final class StandInWorkingDaySchedule {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Map<String, MonthDay> YEARLY = Map.of(ProcessConventions.YEARLY_SOCIALORG_ANNUAL_CAMPAIGN,
			MonthDay.of(1, 15), ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, MonthDay.of(1, 5),
			ProcessConventions.YEARLY_LOTTERY_REVIEW, MonthDay.of(1, 4));

	public String daily(String time) {
		LocalDateTime now = now();
		LocalDate day = now.toLocalDate();
		while (!isWorkingDay(day) || !day.atTime(LocalTime.parse(time)).isAfter(now)) {
			day = day.plusDays(1);
		}
		return cycle(day.atTime(LocalTime.parse(time)), "P1D");
	}

	public String yearly(String schedule, String time) {
		MonthDay openOn = YEARLY.get(schedule);
		if (openOn == null) {
			throw new IllegalArgumentException("No yearly schedule " + schedule);
		}
		LocalDateTime now = now();
		for (int year = now.getYear() - 1;; year++) {
			LocalDate day = openOn.atYear(year);
			while (!isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			if (day.atTime(LocalTime.parse(time)).isAfter(now)) {
				return cycle(day.atTime(LocalTime.parse(time)), "P1Y");
			}
		}
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
	}

	private static String cycle(LocalDateTime start, String period) {
		return "R/" + start.atZone(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")) + "/" + period;
	}

}
