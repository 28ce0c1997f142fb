package org.minzheng.flow.processes.aid;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.model.BpmnProperties;

/**
 * Stand-in for the server's total limit (its two delegates and the extension), with the
 * same rules in calendar days (the working-day calendar is the server's business): the
 * deadline is the process's {@code totalLimitWorkingDays} after acceptance
 * ({@code extendedLimitWorkingDays} once extended); a reminder is due the process's
 * {@code totalLimitReminderWorkingDays} before it, the breach a day after it; each is
 * sent once per deadline.
 */
public class StandInTotalLimit {

	static final String BREACH = "BREACH";

	private Date acceptedAt;

	private Date deadline;

	private List<Integer> reminderDays = List.of();

	private int extendedDays;

	/** Kinds sent, per deadline, in order. */
	final Map<Date, List<String>> sent = new LinkedHashMap<>();

	final JavaDelegate start = execution -> {
		Process process = process(execution);
		this.acceptedAt = ClockUtil.getCurrentTime();
		this.deadline = plusDays(this.acceptedAt,
				Integer.parseInt(property(process, ProcessConventions.PROPERTY_TOTAL_LIMIT_WORKING_DAYS)));
		this.extendedDays = Integer
			.parseInt(property(process, ProcessConventions.PROPERTY_EXTENDED_LIMIT_WORKING_DAYS));
		this.reminderDays = Arrays
			.stream(property(process, AidApplicationProcess.PROPERTY_TOTAL_LIMIT_REMINDER_WORKING_DAYS).split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		execution.setVariable(AidApplicationProcess.VAR_CASE_DECIDED, false);
		execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_NEXT_ALARM, nextAlarm());
	};

	final JavaDelegate alarm = execution -> {
		Date now = ClockUtil.getCurrentTime();
		alarms().entrySet()
			.stream()
			.filter(e -> !e.getValue().after(now) && !sentNow().contains(e.getKey()))
			.forEach(e -> sentNow().add(e.getKey()));
		execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_ALARMS_LEFT, next().isPresent());
		next().ifPresent(date -> execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_NEXT_ALARM, date));
	};

	/** The next alarm's date, as the server computes it. */
	Date nextAlarm() {
		return next().orElseGet(ClockUtil::getCurrentTime);
	}

	/** What the server's extension does to the case's deadline. */
	void extend() {
		this.deadline = plusDays(this.acceptedAt, this.extendedDays);
	}

	Date deadline() {
		return this.deadline;
	}

	List<String> sentNow() {
		return this.sent.computeIfAbsent(this.deadline, d -> new ArrayList<>());
	}

	/** When each alarm of the current deadline is due. */
	Map<String, Date> alarms() {
		Map<String, Date> alarms = new LinkedHashMap<>();
		this.reminderDays.forEach(days -> alarms.put("REMINDER_" + days, plusDays(this.deadline, -days)));
		alarms.put(BREACH, plusDays(this.deadline, 1));
		return alarms;
	}

	private Optional<Date> next() {
		return alarms().entrySet()
			.stream()
			.filter(e -> !sentNow().contains(e.getKey()))
			.map(Map.Entry::getValue)
			.min(Comparator.naturalOrder());
	}

	static Date plusDays(Date date, int days) {
		return Date.from(date.toInstant().plus(days, ChronoUnit.DAYS));
	}

	private static Process process(DelegateExecution execution) {
		return execution.getBpmnModelInstance().getModelElementsByType(Process.class).iterator().next();
	}

	private static String property(BaseElement element, String name) {
		return BpmnProperties.property(element, name).orElseThrow(() -> new IllegalStateException("no " + name));
	}

}
