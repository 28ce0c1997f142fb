package org.minzheng.flow.processes.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.minzheng.flow.processes.aid.AidApplicationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Public notice (公示) in the community: the period runs out, or an objection sends the
 * case back.
 */
class AidApplicationNoticeTest extends AidProcessTestCase {

	@Test
	void publishesNoticeWhenStreetReviewPasses() throws Exception {
		// given
		ProcessInstance instance = startApplication();
		acceptAndCheck(instance);

		// when
		investigateAndReview(instance);

		// then
		verify(this.publishNotice).execute(any());
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, GATEWAY_NOTICE_EVENTS);
		assertThat(runtimeService().createEventSubscriptionQuery()
			.processInstanceId(instance.getId())
			.eventName(MESSAGE_OBJECTION_RAISED)
			.count()).isEqualTo(1);
	}

	@Test
	void resolvesApprovalAuthorityWhenNoticePeriodEndsWithoutObjection() throws Exception {
		// given
		ProcessInstance instance = startApplication();
		acceptAndCheck(instance);
		investigateAndReview(instance);

		// when
		executeJob(instance, CATCH_EVENT_NOTICE_PERIOD_ENDED);

		// then
		verify(this.resolveApprovalAuthority).execute(any());
		assertThat(instance)
			.isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_APPROVAL + "#multiInstanceBody", TASK_APPROVAL)
			.hasPassed(SERVICE_TASK_RESOLVE_APPROVAL_AUTHORITY)
			.hasNotPassed(CATCH_EVENT_OBJECTION_RAISED);
	}

	@Test
	void returnsToInvestigationWhenObjectionRaisedDuringNotice() {
		// given
		ProcessInstance instance = startApplication();
		acceptAndCheck(instance);
		investigateAndReview(instance);

		// when
		correlate(MESSAGE_OBJECTION_RAISED);

		// then: re-investigation, and a new notice after the next review
		assertThat(instance).isWaitingAtExactly(GATEWAY_TOTAL_LIMIT_EVENTS, TASK_HOME_INVESTIGATION)
			.hasPassed(CATCH_EVENT_OBJECTION_RAISED);
		assertThat(jobQuery().activityId(CATCH_EVENT_NOTICE_PERIOD_ENDED).count()).isZero();
		verifyNoInteractions(this.resolveApprovalAuthority);
	}

}
