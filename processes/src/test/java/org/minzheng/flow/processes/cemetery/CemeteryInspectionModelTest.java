package org.minzheng.flow.processes.cemetery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.model.BpmnProperties;

/** Limits of the inspection model that the server reads as process properties. */
class CemeteryInspectionModelTest {

	@Test
	void rectificationDeadlinesOfTheOrdersAreTheRectificationTasksLimits() throws Exception {
		try (InputStream stream = getClass().getClassLoader().getResourceAsStream(CemeteryInspectionProcess.RESOURCE)) {
			BpmnModelInstance model = Bpmn.readModelFromStream(stream);
			Process process = model.getModelElementById(CemeteryInspectionProcess.PROCESS_KEY);
			BaseElement rectification = model.getModelElementById(CemeteryInspectionProcess.TASK_RECTIFICATION);

			assertThat(BpmnProperties.property(process, CemeteryInspectionProcess.PROPERTY_RECTIFICATION_WORKING_DAYS))
				.isPresent()
				.isEqualTo(BpmnProperties.property(rectification, ProcessConventions.PROPERTY_SLA_WORKING_DAYS));
			BaseElement further = model.getModelElementById(CemeteryInspectionProcess.TASK_FOLLOW_UP_RECTIFICATION);
			assertThat(BpmnProperties.property(process,
					CemeteryInspectionProcess.PROPERTY_PENDING_RECTIFICATION_WORKING_DAYS))
				.hasValueSatisfying(days -> assertThat(Integer.parseInt(days)).isPositive())
				.isEqualTo(BpmnProperties.property(further, ProcessConventions.PROPERTY_SLA_WORKING_DAYS));
		}
	}

}
