package org.minzheng.flow.lottery.process;

import java.time.Clock;
import java.time.Year;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.lottery.LotteryApplication;
import org.minzheng.flow.lottery.LotteryApplications;
import org.minzheng.flow.lottery.LotteryOutlets;
import org.minzheng.flow.lottery.LotteryQueue;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.lottery.LotteryApplicationProcess;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess;
import org.minzheng.flow.processes.lottery.LotteryYearlyReviewProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates and the case-closed listener of the three lottery processes. Bean
 * names are the ones the BPMN references.
 */
@Configuration(proxyBeanMethods = false)
class LotteryDelegates {

	@Bean(LotteryApplicationProcess.BEAN_CHECK_RECORDS)
	JavaDelegate lotteryCheckRecordsDelegate(LotteryApplications applications) {
		return execution -> applications.checkRecords(id(execution, LotteryApplicationProcess.VAR_APPLICATION_ID),
				execution.getCurrentActivityId());
	}

	@Bean(LotteryApplicationProcess.BEAN_CHECK_QUALIFICATION)
	JavaDelegate lotteryCheckQualificationDelegate(LotteryApplications applications) {
		return execution -> execution.setVariable(LotteryApplicationProcess.VAR_QUALIFIED,
				applications.checkQualification(id(execution, LotteryApplicationProcess.VAR_APPLICATION_ID)));
	}

	@Bean(LotteryApplicationProcess.BEAN_ENTER_QUEUE)
	JavaDelegate lotteryEnterQueueDelegate(LotteryApplications applications) {
		return execution -> applications.enterQueue(id(execution, LotteryApplicationProcess.VAR_APPLICATION_ID));
	}

	@Bean(LotteryOutletReviewProcess.BEAN_SUSPEND_OUTLET)
	JavaDelegate lotterySuspendOutletDelegate(LotteryOutlets outlets) {
		return execution -> outlets.suspend(id(execution, LotteryOutletReviewProcess.VAR_OUTLET_ID),
				execution.getProcessBusinessKey());
	}

	@Bean(LotteryOutletReviewProcess.BEAN_RESTORE_OUTLET)
	JavaDelegate lotteryRestoreOutletDelegate(LotteryOutlets outlets) {
		return execution -> outlets.restore(id(execution, LotteryOutletReviewProcess.VAR_OUTLET_ID),
				execution.getProcessBusinessKey());
	}

	@Bean(LotteryOutletReviewProcess.BEAN_CLOSE_OUTLET)
	JavaDelegate lotteryCloseOutletDelegate(LotteryOutlets outlets) {
		return execution -> outlets.close(id(execution, LotteryOutletReviewProcess.VAR_OUTLET_ID),
				execution.getProcessBusinessKey());
	}

	@Bean(LotteryYearlyReviewProcess.BEAN_START_YEARLY_REVIEWS)
	JavaDelegate lotteryStartYearlyReviewsDelegate(LotteryOutlets outlets, Clock clock) {
		return execution -> outlets.startYearlyReviews(Year.now(clock).getValue());
	}

	@Bean(LotteryApplicationProcess.BEAN_ESCALATE_OVERDUE)
	JavaDelegate lotteryEscalateOverdueDelegate(LotteryOutlets outlets) {
		return execution -> outlets.escalateOverdue(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				(String) execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY));
	}

	/**
	 * Every closing end event of the three processes: the end event says what happened.
	 * An expiry, a failed inspection and an opened outlet are queue events; a decline was
	 * recorded when the applicant declined.
	 */
	@Bean(LotteryApplicationProcess.BEAN_CASE_CLOSED_LISTENER)
	ExecutionListener lotteryCaseClosedListener(LotteryApplications applications, LotteryQueue queue,
			LotteryOutlets outlets) {
		return execution -> {
			switch (execution.getCurrentActivityId()) {
				case LotteryApplicationProcess.END_EVENT_INELIGIBLE ->
					applications.notQueued(id(execution, LotteryApplicationProcess.VAR_APPLICATION_ID),
							LotteryApplication.Status.INELIGIBLE);
				case LotteryApplicationProcess.END_EVENT_REJECTED ->
					applications.notQueued(id(execution, LotteryApplicationProcess.VAR_APPLICATION_ID),
							LotteryApplication.Status.REJECTED);
				case LotteryOfferProcess.END_EVENT_EXPIRED ->
					queue.expire(id(execution, LotteryOfferProcess.VAR_OFFER_ID));
				case LotteryOfferProcess.END_EVENT_INSPECTION_FAILED ->
					queue.inspectionFailed(id(execution, LotteryOfferProcess.VAR_OFFER_ID));
				case LotteryOfferProcess.END_EVENT_OUTLET_OPENED ->
					outlets.openFromOffer(id(execution, LotteryOfferProcess.VAR_OFFER_ID));
				case LotteryOutletReviewProcess.END_EVENT_REVIEW_PASSED, LotteryOutletReviewProcess.END_EVENT_NO_ACTION,
						LotteryOutletReviewProcess.END_EVENT_OUTLET_RESTORED,
						LotteryOutletReviewProcess.END_EVENT_OUTLET_CLOSED ->
					outlets.reviewClosed(id(execution, LotteryOutletReviewProcess.VAR_REVIEW_ID),
							execution.getCurrentActivityId().substring("EndEvent_".length()));
				default -> {
				}
			}
		};
	}

	private static long id(DelegateExecution execution, String variable) {
		return ((Number) execution.getVariable(variable)).longValue();
	}

}
