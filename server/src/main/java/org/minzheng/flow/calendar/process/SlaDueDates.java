package org.minzheng.flow.calendar.process;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.ProcessConventions;
import org.springframework.stereotype.Component;

/**
 * Due dates for BPMN expressions, {@code ${sla.due(execution)}} in a user task's
 * {@code camunda:dueDate} and in timer {@code timeDate}s. Limits are configuration of the
 * process version, as Camunda extension properties
 * ({@code <camunda:property name="slaWorkingDays" value="3"/>}), never literals in code.
 * "Now" is Camunda's {@link ClockUtil} time, so engine tests can move the clock. Parsed
 * limits are cached per process definition and element: a deployed version never changes.
 */
@Component("sla")
public class SlaDueDates {

	/**
	 * Element property: the limit in working days (工作日), counted by
	 * {@link WorkingDayCalendar}.
	 */
	public static final String SLA_WORKING_DAYS = "slaWorkingDays";

	/** Element property: the limit in calendar days (e.g. a 7-day public notice). */
	public static final String SLA_CALENDAR_DAYS = "slaCalendarDays";

	/** Process property: the total limit of a case in working days. */
	public static final String TOTAL_LIMIT_WORKING_DAYS = "totalLimitWorkingDays";

	private final WorkingDayCalendar calendar;

	private final Map<Key, Limit> limits = new ConcurrentHashMap<>();

	SlaDueDates(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The due date of the element the execution stands on (a user or receive task, and
	 * the timers attached to it, which are created while the execution stands on the
	 * task): now plus {@code slaWorkingDays} working days (see
	 * {@link WorkingDayCalendar#addWorkingDays(Instant, int)}) or {@code slaCalendarDays}
	 * calendar days. A boundary event without a limit of its own uses the limit of the
	 * activity it is attached to.
	 * @throws IllegalStateException if the element has neither property, both, or a value
	 * that is not a non-negative whole number (a model error; the message names the
	 * element and the process definition)
	 */
	public Date due(DelegateExecution execution) {
		// a multi-instance body ("Task_Approval#multiInstanceBody", where its boundary
		// timers are evaluated) reads
		// the limit of its task
		String activityId = execution.getCurrentActivityId().split("#")[0];
		return due(execution, activityId);
	}

	/**
	 * The due date of a named element: for a timer that is evaluated while the execution
	 * stands elsewhere (a timer catch event after an event-based gateway is created while
	 * the execution is on the gateway).
	 * @throws IllegalStateException as {@link #due(DelegateExecution)}, or if there is no
	 * such element
	 */
	public Date due(DelegateExecution execution, String elementId) {
		Key key = new Key(execution.getProcessDefinitionId(), elementId);
		Limit limit = limits.computeIfAbsent(key,
				k -> activityLimit(k, execution.getBpmnModelInstance().getModelElementById(elementId)));
		return dueFromNow(limit);
	}

	/**
	 * The deadline of the whole case: now plus the process's
	 * {@code totalLimitWorkingDays} working days. Evaluate it when the statutory period
	 * starts (acceptance).
	 * @throws IllegalStateException if the process element lacks the property (a model
	 * error)
	 */
	public Date caseDeadline(DelegateExecution execution) {
		return caseDeadline(execution, TOTAL_LIMIT_WORKING_DAYS);
	}

	/**
	 * The deadline from now under another working-day limit of the process element, for
	 * example {@code extendedLimitWorkingDays}.
	 * @throws IllegalStateException if the process element lacks the property (a model
	 * error)
	 */
	public Date caseDeadline(DelegateExecution execution, String limitProperty) {
		Key key = new Key(execution.getProcessDefinitionId(), "process#" + limitProperty);
		Limit limit = limits.computeIfAbsent(key, k -> processLimit(k, execution, limitProperty));
		return dueFromNow(limit);
	}

	private Date dueFromNow(Limit limit) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant due = limit.workingDays() ? calendar.addWorkingDays(now, limit.days())
				: calendar.addCalendarDays(now, limit.days());
		return Date.from(due);
	}

	private static Limit activityLimit(Key key, ModelElementInstance element) {
		if (!(element instanceof BaseElement base)) {
			throw modelError("no BPMN element '" + key.elementId() + "'", key);
		}
		Optional<String> working = property(base, SLA_WORKING_DAYS);
		Optional<String> calendarDays = property(base, SLA_CALENDAR_DAYS);
		if (working.isEmpty() && calendarDays.isEmpty() && base instanceof BoundaryEvent boundary
				&& boundary.getAttachedTo() != null) {
			return activityLimit(key, boundary.getAttachedTo());
		}
		if (working.isPresent() == calendarDays.isPresent()) {
			throw modelError("activity '" + base.getId() + "' needs exactly one of the properties " + SLA_WORKING_DAYS
					+ " or " + SLA_CALENDAR_DAYS, key);
		}
		return working.isPresent() ? new Limit(true, days(working.get(), SLA_WORKING_DAYS, key))
				: new Limit(false, days(calendarDays.get(), SLA_CALENDAR_DAYS, key));
	}

	private static Limit processLimit(Key key, DelegateExecution execution, String name) {
		Process process = processOf(execution);
		if (process == null) {
			throw modelError("no process element found", key);
		}
		String value = property(process, name)
			.orElseThrow(() -> modelError("process '" + process.getId() + "' has no property " + name, key));
		return new Limit(true, days(value, name, key));
	}

	private static Process processOf(DelegateExecution execution) {
		ModelElementInstance element = execution.getBpmnModelElementInstance();
		while (element != null && !(element instanceof Process)) {
			element = element.getParentElement();
		}
		if (element != null) {
			return (Process) element;
		}
		BpmnModelInstance model = execution.getBpmnModelInstance();
		var processes = model.getModelElementsByType(Process.class);
		return processes.size() == 1 ? processes.iterator().next() : null;
	}

	private static Optional<String> property(BaseElement element, String name) {
		return org.minzheng.flow.processes.model.BpmnProperties.property(element, name);
	}

	private static int days(String value, String name, Key key) {
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= 0) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw modelError(
				"property " + name + "='" + value + "' on '" + key.elementId() + "' is not a non-negative whole number",
				key);
	}

	private static IllegalStateException modelError(String problem, Key key) {
		return new IllegalStateException("SLA model error in process definition '" + key.processDefinitionId()
				+ "' at '" + key.elementId() + "': " + problem);
	}

	private record Key(String processDefinitionId, String elementId) {
	}

	private record Limit(boolean workingDays, int days) {
	}

}
