package org.minzheng.flow.processes.aid;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.minzheng.flow.processes.ProcessConventions;

/**
 * Stand-in for the server's {@code sla} bean, evaluated by {@code ${sla.due(execution)}}:
 * it reads the SLA property of the BPMN element the execution stands on, as the real bean
 * does, counts calendar days (the working-day calendar is the server's business) and
 * records what it saw.
 */
public class RecordingSla {

	private static final Set<String> SLA_PROPERTIES = Set.of(ProcessConventions.PROPERTY_SLA_WORKING_DAYS,
			ProcessConventions.PROPERTY_SLA_CALENDAR_DAYS);

	private final List<Evaluation> evaluations = new ArrayList<>();

	/**
	 * Due date for the element the execution stands on (user task, receive task, their
	 * boundary timers).
	 */
	public Date due(DelegateExecution execution) {
		// a multi-instance body ("Task_Approval#multiInstanceBody") reads its task's
		// limit
		String activityId = execution.getCurrentActivityId().split("#")[0];
		return due(execution, (BaseElement) execution.getBpmnModelInstance().getModelElementById(activityId));
	}

	/**
	 * Due date for a named element: a timer after an event-based gateway is evaluated
	 * while the execution stands on the gateway, so the timer names its own event.
	 */
	public Date due(DelegateExecution execution, String elementId) {
		return due(execution, (BaseElement) execution.getBpmnModelInstance().getModelElementById(elementId));
	}

	private Date due(DelegateExecution execution, BaseElement element) {
		String days = slaProperty(element);
		this.evaluations.add(new Evaluation(execution.getCurrentActivityId(), element.getId(), days));
		if (days == null) {
			throw new IllegalStateException("no SLA property on " + element.getId());
		}
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Long.parseLong(days), ChronoUnit.DAYS));
	}

	List<Evaluation> evaluations() {
		return this.evaluations;
	}

	static Date daysFromNow(int days) {
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS));
	}

	private static String slaProperty(BaseElement element) {
		return SLA_PROPERTIES.stream()
			.map(name -> org.minzheng.flow.processes.model.BpmnProperties.property(element, name))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(null);
	}

	/**
	 * One evaluation: the execution's current activity, the element it resolved to, the
	 * SLA days found.
	 */
	record Evaluation(String currentActivityId, String elementId, String slaDays) {
	}

}
