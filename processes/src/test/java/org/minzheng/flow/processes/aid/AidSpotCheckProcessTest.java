package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.minzheng.flow.processes.aid.AidSpotCheckProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of a spot check: confirmed, a finding without correction, a correction the
 * district approver confirms (only then is the decision corrected) or declines; an
 * overdue check escalates when the clock passes its limit.
 */
@Deployment(resources = { RESOURCE, AidLifeProcessTestCase.FORMS + FORM_REVIEW + AidLifeProcessTestCase.FORM,
		AidLifeProcessTestCase.FORMS + FORM_CORRECTION + AidLifeProcessTestCase.FORM })
class AidSpotCheckProcessTest extends AidLifeProcessTestCase {

	static final String CHECK_NO = "CC-440308-2026-000001";

	final JavaDelegate applyCorrection = mock(JavaDelegate.class);

	@BeforeEach
	void registerBeans() {
		Mocks.register(BEAN_APPLY_CORRECTION, this.applyCorrection);
	}

	@Test
	void confirmedDecisionClosesTheCheck() throws Exception {
		ProcessInstance check = startCheck();

		completeTask(check, TASK_REVIEW, VAR_FINDING, Finding.CONFIRMED);

		BpmnAwareTests.assertThat(check).hasPassed(END_EVENT_CONFIRMED).isEnded();
		verify(this.caseClosed).notify(argThat(e -> END_EVENT_CONFIRMED.equals(e.getCurrentActivityId())));
		verify(this.applyCorrection, never()).execute(any());
	}

	@Test
	void findingWithoutCorrectionIsRecordedAndTheDecisionStands() throws Exception {
		ProcessInstance check = startCheck();

		completeTask(check, TASK_REVIEW, VAR_FINDING, Finding.FINDING);

		BpmnAwareTests.assertThat(check).hasPassed(END_EVENT_FINDING).hasNotPassed(TASK_CORRECTION_APPROVAL).isEnded();
		verify(this.applyCorrection, never()).execute(any());
	}

	@Test
	void correctionTakesEffectOnceTheDistrictApproverConfirmsIt() throws Exception {
		ProcessInstance check = startCheck();

		completeTask(check, TASK_REVIEW, VAR_FINDING, Finding.CORRECTION);

		BpmnAwareTests.assertThat(check).isWaitingAt(TASK_CORRECTION_APPROVAL);
		BpmnAwareTests.assertThat(check).task().hasCandidateGroup("aid-approver@" + DISTRICT);
		verify(this.applyCorrection, never()).execute(any());

		completeTask(check, TASK_CORRECTION_APPROVAL, VAR_CORRECTION_DECISION, CorrectionDecision.CONFIRM);

		verify(this.applyCorrection).execute(any());
		BpmnAwareTests.assertThat(check).hasPassed(END_EVENT_CORRECTED).isEnded();
	}

	@Test
	void declinedCorrectionLeavesTheDecisionAlone() throws Exception {
		ProcessInstance check = startCheck();
		completeTask(check, TASK_REVIEW, VAR_FINDING, Finding.CORRECTION);

		completeTask(check, TASK_CORRECTION_APPROVAL, VAR_CORRECTION_DECISION, CorrectionDecision.DECLINE);

		verify(this.applyCorrection, never()).execute(any());
		BpmnAwareTests.assertThat(check).hasPassed(END_EVENT_CORRECTION_DECLINED).isEnded();
	}

	@Test
	void checkPastItsLimitEscalatesWithoutInterruptingIt() {
		ProcessInstance check = startCheck();

		assertThat(moveClock(Duration.ofDays(9))).as("jobs due within the limit").isZero();
		moveClock(Duration.ofDays(1).plusMinutes(1));

		assertThat(this.escalatedTaskKeys).containsExactly(TASK_REVIEW);
		BpmnAwareTests.assertThat(check).isWaitingAt(TASK_REVIEW).hasPassed(SERVICE_TASK_ESCALATE_REVIEW);
	}

	ProcessInstance startCheck() {
		ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS_KEY, CHECK_NO,
				Map.of(VAR_SPOT_CHECK_ID, 5L, VAR_DISTRICT_CODE, DISTRICT));
		BpmnAwareTests.assertThat(check).isWaitingAt(TASK_REVIEW);
		BpmnAwareTests.assertThat(check).task().hasCandidateGroup("aid-reviewer@" + DISTRICT);
		return check;
	}

}
