package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.model.BpmnProperties;

/**
 * The step limits fit inside the total limit: on every path from acceptance to the
 * decision (each loop taken at most once round), the sum of the steps' working-day limits
 * is at most the total limit less the economic check's wait. Read from the BPMN, so
 * raising a step's limit past the room left fails here. Not counted: the public notice
 * (calendar days, and the statute's own period) and what follows the decision (the
 * written notice).
 */
class AidStepLimitsTest {

	private final BpmnModelInstance model = Bpmn
		.readModelFromStream(AidStepLimitsTest.class.getClassLoader().getResourceAsStream(RESOURCE));

	@Test
	void everyPathFromAcceptanceToTheDecisionFitsInsideTheTotalLimit() {
		int total = Integer.parseInt(processProperty(ProcessConventions.PROPERTY_TOTAL_LIMIT_WORKING_DAYS));
		int economicCheckWait = Integer.parseInt(
				BpmnProperties
					.property(this.model.getModelElementById(CATCH_EVENT_ECONOMIC_CHECK_OVERDUE),
							ProcessConventions.PROPERTY_SLA_WORKING_DAYS)
					.orElseThrow());

		List<Path> paths = new ArrayList<>();
		walk(this.model.getModelElementById(SERVICE_TASK_VERIFY_HUKOU), new LinkedHashSet<>(), 0, paths);

		// the walk found the long paths: 特困 with a conflict of interest, and 拟不予
		assertThat(paths).anySatisfy(path -> assertThat(path.nodes()).contains(TASK_SELF_CARE_ASSESSMENT,
				TASK_CONFLICT_REGISTRATION, TASK_APPROVER_HOME_VISIT, TASK_APPROVAL));
		assertThat(paths).anySatisfy(path -> assertThat(path.nodes()).contains(TASK_ECONOMIC_FINDINGS_REVIEW,
				TASK_HOME_INVESTIGATION, TASK_SELF_CARE_ASSESSMENT, TASK_APPROVER_HOME_VISIT, TASK_APPROVAL));
		assertThat(paths).allSatisfy(path -> assertThat(path.workingDays()).as("step limits on %s", path.nodes())
			.isLessThanOrEqualTo(total - economicCheckWait));
	}

	/** Each node once per path; a path ends where the decision is taken, or at an end. */
	private void walk(FlowNode node, Set<String> visited, int days, List<Path> paths) {
		if (!visited.add(node.getId())) {
			return;
		}
		int here = days + limit(node);
		if (SERVICE_TASK_GRANT_BENEFIT.equals(node.getId()) || SERVICE_TASK_RECORD_REJECTION.equals(node.getId())
				|| node instanceof EndEvent || node.getOutgoing().isEmpty()) {
			paths.add(new Path(List.copyOf(visited), here));
		}
		else {
			for (SequenceFlow flow : node.getOutgoing()) {
				walk(flow.getTarget(), visited, here, paths);
			}
		}
		visited.remove(node.getId());
	}

	private static int limit(FlowNode node) {
		if (!(node instanceof UserTask) && !(node instanceof ReceiveTask)) {
			return 0;
		}
		return BpmnProperties.property(node, ProcessConventions.PROPERTY_SLA_WORKING_DAYS)
			.map(Integer::parseInt)
			.orElse(0);
	}

	private String processProperty(String name) {
		Process process = this.model.getModelElementById(PROCESS_KEY);
		return BpmnProperties.property(process, name).orElseThrow();
	}

	private record Path(List<String> nodes, int workingDays) {
	}

}
