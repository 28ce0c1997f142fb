/**
 * Working days (工作日) under China's holiday arrangements, including weekend days that are
 * worked (调休): the {@code calendar_day} table seeded from the State Council notices, with
 * a weekends-only fallback (and a warning) for years without data.
 * {@code calendar.process.SlaDueDates} ({@code ${sla.due(execution)}}) gives BPMN due
 * dates and timers from each element's {@code slaWorkingDays}/{@code slaCalendarDays}
 * property; {@code calendar.process.WorkingDaySchedule}
 * ({@code ${workingDaySchedule.daily('08:30')}},
 * {@code .yearly('cemetery-campaign', '09:00')}) gives every timer start event its next
 * firing on a working day.
 */
package org.minzheng.flow.calendar;
