package org.minzheng.flow.calendar.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.minzheng.flow.calendar.process.SlaModels.property;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.ReferenceCalendar;
import org.minzheng.flow.calendar.WorkingDayCalendar;

/**
 * The {@code sla} bean against mocked executions on a model built with the fluent API,
 * real 2026 calendar.
 */
class SlaDueDatesTest {

	private static final String DEFINITION = "SlaTestProcess:1:0001";

	private final SlaDueDates sla = new SlaDueDates(ReferenceCalendar.workingDayCalendar());

	private final BpmnModelInstance model = model();

	@BeforeEach
	void setClock() {
		ClockUtil.setCurrentTime(beijing("2026-09-30T10:00"));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void countsWorkingDaysFromEngineNow() {
		assertThat(sla.due(at("Task_Review"))).isEqualTo(beijing("2026-10-08T10:00"));
		assertThat(sla.due(at("Task_Decide"))).isEqualTo(beijing("2026-10-10T10:00"));
	}

	@Test
	void countsCalendarDays() {
		assertThat(sla.due(at("Task_Notice"))).isEqualTo(beijing("2026-10-07T10:00"));
	}

	@Test
	void followsTheEngineClock() {
		ClockUtil.setCurrentTime(beijing("2026-10-03T09:00"));

		assertThat(sla.due(at("Task_Review"))).isEqualTo(beijing("2026-10-09T00:00"));
	}

	@Test
	void aBoundaryEventWithoutItsOwnLimitUsesTheTasks() {
		assertThat(sla.due(at("BoundaryEvent_ReviewOverdue"))).isEqualTo(beijing("2026-10-08T10:00"));
	}

	@Test
	void aNamedElementIsReadWhereverTheExecutionStands() {
		assertThat(sla.due(at("Task_Review"), "Task_Notice")).isEqualTo(beijing("2026-10-07T10:00"));
	}

	@Test
	void anElementWithoutLimitIsAModelError() {
		assertThatIllegalStateException().isThrownBy(() -> sla.due(at("Task_NoLimit")))
			.withMessageContaining("Task_NoLimit")
			.withMessageContaining(DEFINITION)
			.withMessageContaining("slaWorkingDays");
		assertThatIllegalStateException().isThrownBy(() -> sla.due(at("Task_Review"), "Task_Missing"))
			.withMessageContaining("Task_Missing");
	}

	@Test
	void bothLimitsOrABadNumberAreModelErrors() {
		property(model, "Task_NoLimit", SlaDueDates.SLA_WORKING_DAYS, "3");
		property(model, "Task_NoLimit", SlaDueDates.SLA_CALENDAR_DAYS, "3");
		property(model, "Task_Decide", SlaDueDates.SLA_CALENDAR_DAYS, "2");

		assertThatIllegalStateException().isThrownBy(() -> sla.due(at("Task_NoLimit")))
			.withMessageContaining("exactly one");
		assertThatIllegalStateException().isThrownBy(() -> sla.due(at("Task_Decide")))
			.withMessageContaining("Task_Decide");

		BpmnModelInstance badNumber = property(model(), "Task_NoLimit", SlaDueDates.SLA_WORKING_DAYS, "3d");
		assertThatIllegalStateException().isThrownBy(() -> sla.due(at(badNumber, "Other:1:1", "Task_NoLimit")))
			.withMessageContaining("'3d'");
	}

	@Test
	void aMultiInstanceBodyReadsTheLimitOfItsTask() {
		DelegateExecution body = at("Task_Review");
		when(body.getCurrentActivityId()).thenReturn("Task_Review#multiInstanceBody");

		assertThat(sla.due(body)).isEqualTo(sla.due(at("Task_Review")));
	}

	@Test
	void readsTheModelOncePerDefinitionAndActivity() {
		DelegateExecution execution = at("Task_Review");

		sla.due(execution);
		sla.due(execution);
		sla.due(at("Task_Review"));

		verify(execution, times(1)).getBpmnModelInstance();
	}

	@Test
	void anotherVersionIsReadAfresh() {
		sla.due(at("Task_Review"));
		BpmnModelInstance version2 = model();
		property(version2, "Task_NoLimit", SlaDueDates.SLA_WORKING_DAYS, "2");

		assertThat(sla.due(at(version2, "SlaTestProcess:2:0002", "Task_NoLimit")))
			.isEqualTo(beijing("2026-10-09T10:00"));
	}

	@Test
	void caseDeadlineCountsTheProcessLimit() {
		assertThat(sla.caseDeadline(at("Task_Review"))).isEqualTo(beijing("2026-11-17T10:00"));
		assertThat(sla.caseDeadline(at("Task_Review"), "extendedLimitWorkingDays"))
			.isEqualTo(beijing("2026-12-08T10:00"));
	}

	@Test
	void caseDeadlineFindsTheProcessAlsoWithoutCurrentElement() {
		DelegateExecution atStart = at("Task_Review");
		when(atStart.getBpmnModelElementInstance()).thenReturn(null);

		assertThat(sla.caseDeadline(atStart)).isEqualTo(beijing("2026-11-17T10:00"));
	}

	@Test
	void aMissingProcessLimitIsAModelError() {
		assertThatIllegalStateException().isThrownBy(() -> sla.caseDeadline(at("Task_Review"), "noSuchLimit"))
			.withMessageContaining("SlaTestProcess")
			.withMessageContaining("noSuchLimit");
	}

	private DelegateExecution at(String activityId) {
		return at(model, DEFINITION, activityId);
	}

	private static DelegateExecution at(BpmnModelInstance model, String definitionId, String activityId) {
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getProcessDefinitionId()).thenReturn(definitionId);
		when(execution.getCurrentActivityId()).thenReturn(activityId);
		when(execution.getBpmnModelInstance()).thenReturn(model);
		when(execution.getBpmnModelElementInstance()).thenReturn((FlowElement) model.getModelElementById(activityId));
		return execution;
	}

	static BpmnModelInstance model() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("SlaTestProcess")
			.camundaHistoryTimeToLive(30)
			.startEvent("StartEvent_Received")
			.userTask("Task_Review")
			.camundaDueDate("${sla.due(execution)}")
			.boundaryEvent("BoundaryEvent_ReviewOverdue")
			.cancelActivity(false)
			.timerWithDate("${sla.due(execution)}")
			.endEvent("EndEvent_Escalated")
			.moveToActivity("Task_Review")
			.userTask("Task_Notice")
			.camundaDueDate("${sla.due(execution)}")
			.userTask("Task_Decide")
			.camundaDueDate("${sla.due(execution)}")
			.userTask("Task_NoLimit")
			.endEvent("EndEvent_Done")
			.done();
		property(model, "SlaTestProcess", SlaDueDates.TOTAL_LIMIT_WORKING_DAYS, "30");
		property(model, "SlaTestProcess", "extendedLimitWorkingDays", "45");
		property(model, "Task_Review", SlaDueDates.SLA_WORKING_DAYS, "1");
		property(model, "Task_Notice", SlaDueDates.SLA_CALENDAR_DAYS, "7");
		property(model, "Task_Decide", SlaDueDates.SLA_WORKING_DAYS, "3");
		return model;
	}

	static Date beijing(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

}
