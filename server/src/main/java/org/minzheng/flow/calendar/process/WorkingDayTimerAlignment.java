package org.minzheng.flow.calendar.process;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every waiting timer start event on the day {@link WorkingDaySchedule} gives it
 * now. The engine reads a cycle when it deploys a model and again when the timer fires;
 * an unchanged model is not deployed again, so a day changed in the configuration (or a
 * holiday arrangement imported since) would otherwise count only from the next firing on.
 * At start-up each waiting timer whose cycle is the schedule's is moved to the schedule's
 * next firing (every node computes the same instant, so they agree).
 */
@Component
public class WorkingDayTimerAlignment {

	private static final Logger log = LoggerFactory.getLogger(WorkingDayTimerAlignment.class);

	/**
	 * {@code ${workingDaySchedule.daily('08:30')}} or {@code .yearly('name', '09:00')}.
	 */
	static final Pattern CYCLE = Pattern.compile(
			"\\$\\{\\s*workingDaySchedule\\.(daily\\(\\s*'([0-9:]+)'|yearly\\(\\s*'([a-z-]+)'\\s*,\\s*'([0-9:]+)')\\s*\\)\\s*}");

	private final ManagementService management;

	private final RepositoryService repository;

	private final WorkingDaySchedule schedule;

	WorkingDayTimerAlignment(ManagementService management, RepositoryService repository, WorkingDaySchedule schedule) {
		this.management = management;
		this.repository = repository;
		this.schedule = schedule;
	}

	/**
	 * Moves each waiting timer start event that is not due on its schedule's next firing
	 * there.
	 * @return how many timers were moved
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int align() {
		int moved = 0;
		// the timer start events' job definitions, not every timer of every instance
		for (JobDefinition definition : management.createJobDefinitionQuery()
			.jobType(TimerStartEventJobHandler.TYPE)
			.active()
			.list()) {
			Optional<Date> next = nextFiring(definition);
			if (next.isEmpty()) {
				continue;
			}
			for (Job timer : management.createJobQuery().jobDefinitionId(definition.getId()).timers().active().list()) {
				if (next.get().equals(timer.getDuedate())) {
					continue;
				}
				try {
					management.setJobDuedate(timer.getId(), next.get());
					log.info("timer start of {} moved from {} to {} (working-day schedule)",
							timer.getProcessDefinitionKey(), timer.getDuedate(), next.get());
					moved++;
				}
				catch (OptimisticLockingException ex) {
					log.info("timer start of {} moved by another node", timer.getProcessDefinitionKey());
				}
			}
		}
		return moved;
	}

	private Optional<Date> nextFiring(JobDefinition definition) {
		if (definition.getProcessDefinitionId() == null
				|| !(repository.getBpmnModelInstance(definition.getProcessDefinitionId())
					.getModelElementById(definition.getActivityId()) instanceof StartEvent start)) {
			return Optional.empty();
		}
		return start.getEventDefinitions()
			.stream()
			.filter(TimerEventDefinition.class::isInstance)
			.map(TimerEventDefinition.class::cast)
			.filter(each -> each.getTimeCycle() != null)
			.map(each -> CYCLE.matcher(each.getTimeCycle().getTextContent().strip()))
			.filter(Matcher::matches)
			.findFirst()
			.map(this::next)
			.map(at -> Date.from(at.atZone(WorkingDayCalendar.ZONE).toInstant()));
	}

	private LocalDateTime next(Matcher cycle) {
		return (cycle.group(2) != null) ? schedule.nextDaily(LocalTime.parse(cycle.group(2)))
				: schedule.nextYearly(schedule.openOn(cycle.group(3)), LocalTime.parse(cycle.group(4)));
	}

}
