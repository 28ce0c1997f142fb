package org.minzheng.flow.calendar.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.ReferenceCalendar;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.ProcessConventions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The acceptance rule for timer start events: every timer start of every shipped model
 * (found by parsing all BPMN files, so a new one is covered at once) fires only on
 * working days of the shipped calendar. The engine's own cycle calendar computes each
 * firing from the real working-day schedule with its configured defaults, the clock moved
 * from firing to firing, from the first year of the shipped calendar to two years from
 * today; a literal cycle or an expression the schedule does not know fails.
 */
class WorkingDayTimerStartsTest {

	private static final int MAX_FIRINGS = 3000;

	private final WorkingDayCalendar calendar = ReferenceCalendar.workingDayCalendar();

	private final WorkingDaySchedule schedule = new WorkingDaySchedule(calendar,
			() -> ClockUtil.getCurrentTime().toInstant(), configuredDefaults());

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyShippedTimerStartFiresOnWorkingDaysOnlyForTheNextTwoYears() throws IOException {
		Map<String, BpmnModelInstance> models = shippedModels();
		assertThat(models).as("shipped models").hasSizeGreaterThan(10);
		List<String> violations = new ArrayList<>();
		int timerStarts = 0;
		for (Map.Entry<String, BpmnModelInstance> model : models.entrySet()) {
			timerStarts += timerStarts(model.getValue()).size();
			violations.addAll(violations(model.getKey(), model.getValue()));
		}
		assertThat(timerStarts).as("timer starts found").isGreaterThanOrEqualTo(5);
		assertThat(violations).isEmpty();
	}

	@Test
	void aLiteralCronOnASpringFestivalDayFails() {
		BpmnModelInstance fixture = fixture("0 0 9 20 2 ?");

		assertThat(violations("fixture", fixture)).anySatisfy(v -> assertThat(v).contains("literal"))
			.anySatisfy(v -> assertThat(v).contains("2026-02-20"));
	}

	@Test
	void aWeekdayCronFailsOnTheNationalDayHoliday() {
		assertThat(violations("fixture", fixture("0 30 8 ? * MON-FRI")))
			.anySatisfy(v -> assertThat(v).contains("2026-10-01"));
	}

	@Test
	void anExpressionTheScheduleDoesNotKnowFails() {
		assertThat(violations("fixture", fixture("${workingDaySchedule.yearly('unknown', '09:00')}")))
			.anySatisfy(v -> assertThat(v).contains("unknown"));
		assertThat(violations("fixture", fixture("${otherBean.cycle()}")))
			.anySatisfy(v -> assertThat(v).contains("not the working-day schedule"));
	}

	@Test
	void theWorkingDayScheduleHoldsTheRule() {
		assertThat(violations("fixture", fixture("${workingDaySchedule.daily('08:30')}"))).isEmpty();
		assertThat(violations("fixture", fixture("${workingDaySchedule.yearly('cemetery-campaign', '09:00')}")))
			.isEmpty();
	}

	/**
	 * What breaks the rule in one model, each naming the model, the event and the day.
	 */
	private List<String> violations(String name, BpmnModelInstance bpmn) {
		List<String> violations = new ArrayList<>();
		for (StartEvent start : timerStarts(bpmn)) {
			String where = name + " " + start.getId();
			TimerEventDefinition timer = timerOf(start);
			if (timer.getTimeCycle() == null) {
				violations.add(where + ": a date or duration, not the working-day schedule's cycle");
				continue;
			}
			String text = timer.getTimeCycle().getTextContent().strip();
			Supplier<String> cycle;
			Matcher matcher = WorkingDayTimerAlignment.CYCLE.matcher(text);
			if (matcher.matches()) {
				cycle = () -> matcher.group(2) != null ? schedule.daily(matcher.group(2))
						: schedule.yearly(matcher.group(3), matcher.group(4));
			}
			else if (text.contains("${") || text.contains("#{")) {
				violations.add(where + ": " + text + " is not the working-day schedule");
				continue;
			}
			else {
				violations.add(where + ": literal cycle " + text + ", not the working-day schedule");
				cycle = () -> text;
			}
			violations.addAll(simulate(where, cycle));
		}
		return violations;
	}

	/**
	 * Fires the timer from firing to firing as the engine would; the non-working days.
	 */
	private List<String> simulate(String where, Supplier<String> cycle) {
		Instant from = LocalDate.of(firstShippedYear(), 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
		Instant to = ZonedDateTime.now(WorkingDayCalendar.ZONE).plusYears(2).toInstant();
		List<String> violations = new ArrayList<>();
		Date now = Date.from(from);
		for (int firing = 0; firing < MAX_FIRINGS && now.toInstant().isBefore(to); firing++) {
			ClockUtil.setCurrentTime(now);
			Date due;
			try {
				due = new CycleBusinessCalendar().resolveDuedate(cycle.get(), (Date) null, 0L);
			}
			catch (RuntimeException ex) {
				violations.add(where + ": " + ex.getMessage());
				return violations;
			}
			if (due == null || !due.after(now)) {
				violations.add(where + ": no firing after " + now);
				return violations;
			}
			LocalDate day = due.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
			if (!due.toInstant().isAfter(to) && !calendar.isWorkingDay(day)) {
				violations.add(where + ": fires on " + day + ", not a working day");
			}
			now = due;
		}
		return violations;
	}

	private int firstShippedYear() {
		for (int year = 2000; year <= LocalDate.now().getYear(); year++) {
			if (calendar.hasDataFor(year)) {
				return year;
			}
		}
		return LocalDate.now().getYear();
	}

	private static List<StartEvent> timerStarts(BpmnModelInstance bpmn) {
		return bpmn.getModelElementsByType(StartEvent.class)
			.stream()
			.filter(start -> start.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
			.toList();
	}

	private static TimerEventDefinition timerOf(StartEvent start) {
		return start.getEventDefinitions()
			.stream()
			.filter(TimerEventDefinition.class::isInstance)
			.map(TimerEventDefinition.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, BpmnModelInstance> shippedModels() throws IOException {
		Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				models.put(resource.getFilename(), Bpmn.readModelFromStream(in));
			}
		}
		return models;
	}

	private static BpmnModelInstance fixture(String cycle) {
		return Bpmn.createExecutableProcess("FixtureProcess")
			.startEvent("StartEvent_Fixture")
			.timerWithCycle(cycle)
			.endEvent("EndEvent_Fixture")
			.done();
	}

	/**
	 * The yearly days the application uses when nothing is configured: the defaults of
	 * the bean's own {@code @Value} parameters, so this test follows them.
	 */
	private static Map<String, MonthDay> configuredDefaults() {
		Constructor<?> spring = java.util.Arrays.stream(WorkingDaySchedule.class.getDeclaredConstructors())
			.filter(each -> each.getParameterCount() == 4)
			.findFirst()
			.orElseThrow();
		List<String> defaults = new ArrayList<>();
		for (java.lang.annotation.Annotation[] annotations : spring.getParameterAnnotations()) {
			for (java.lang.annotation.Annotation annotation : annotations) {
				if (annotation instanceof Value value) {
					String expression = value.value();
					defaults.add(expression.substring(expression.lastIndexOf(':') + 1, expression.length() - 1));
				}
			}
		}
		assertThat(defaults).hasSize(3);
		return Map.of(ProcessConventions.YEARLY_SOCIALORG_ANNUAL_CAMPAIGN, MonthDay.parse("--" + defaults.get(0)),
				ProcessConventions.YEARLY_CEMETERY_CAMPAIGN, MonthDay.parse("--" + defaults.get(1)),
				ProcessConventions.YEARLY_LOTTERY_REVIEW, MonthDay.parse("--" + defaults.get(2)));
	}

}
