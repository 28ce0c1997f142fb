package org.minzheng.flow.calendar.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.calendar.process.SlaDueDatesTest.beijing;
import static org.minzheng.flow.calendar.process.SlaModels.property;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.ReferenceCalendar;

/**
 * The {@code sla} bean inside a real (in-memory) engine: which element the execution
 * stands on when the engine evaluates a task's due date, a boundary timer and a timer
 * after an event-based gateway.
 */
class SlaDueDatesOnEngineTest {

	private static ProcessEngine engine;

	@BeforeAll
	static void startEngine() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:sla-engine-test;DB_CLOSE_DELAY=1000")
			.setJobExecutorActivate(false)
			.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
		configuration.setBeans(Map.of("sla", new SlaDueDates(ReferenceCalendar.workingDayCalendar())));
		configuration.setProcessEngineName("sla-engine-test");
		engine = configuration.buildProcessEngine();
	}

	@AfterAll
	static void stopEngine() {
		engine.close();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void userTaskDueDateAndItsBoundaryTimerUseTheTasksLimit() {
		deploy(SlaDueDatesTest.model());
		ClockUtil.setCurrentTime(beijing("2026-09-30T10:00"));

		String instance = engine.getRuntimeService().startProcessInstanceByKey("SlaTestProcess").getId();

		Task review = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
		Job overdue = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.singleResult();
		assertThat(review.getDueDate()).isEqualTo(beijing("2026-10-08T10:00"));
		assertThat(overdue.getDuedate()).isEqualTo(beijing("2026-10-08T10:00"));
	}

	@Test
	void aTimerAfterAnEventBasedGatewayNamesItsEvent() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("SlaNoticeProcess")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.eventBasedGateway()
			.id("Gateway_NoticeEvents")
			.intermediateCatchEvent("IntermediateCatchEvent_NoticePeriodEnded")
			.timerWithDate("${sla.due(execution, 'IntermediateCatchEvent_NoticePeriodEnded')}")
			.endEvent()
			.moveToNode("Gateway_NoticeEvents")
			.intermediateCatchEvent("IntermediateCatchEvent_ObjectionRaised")
			.message("SlaObjection")
			.endEvent()
			.done();
		property(model, "IntermediateCatchEvent_NoticePeriodEnded", SlaDueDates.SLA_CALENDAR_DAYS, "7");
		deploy(model);
		ClockUtil.setCurrentTime(beijing("2026-09-30T10:00"));

		String instance = engine.getRuntimeService().startProcessInstanceByKey("SlaNoticeProcess").getId();

		Job noticeEnds = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.singleResult();
		assertThat(noticeEnds.getDuedate()).isEqualTo(beijing("2026-10-07T10:00"));
	}

	private static void deploy(BpmnModelInstance model) {
		engine.getRepositoryService().createDeployment().addModelInstance("model.bpmn", model).deploy();
	}

}
