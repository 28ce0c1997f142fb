package org.minzheng.flow.aid.review.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.aid.ApprovalAuthority;
import org.minzheng.flow.aid.process.AidProcessEndListener;
import org.minzheng.flow.aid.review.ReviewActions;
import org.minzheng.flow.aid.review.ReviewService;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.processes.aid.AidReviewProcess;
import org.minzheng.flow.processes.aid.AidReviewScheduleProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code AidReviewScheduleProcess} and {@code AidReviewProcess}:
 * each reads its variables, calls one service method and writes its result.
 */
@Configuration(proxyBeanMethods = false)
class ReviewDelegates {

	@Bean(AidReviewScheduleProcess.BEAN_OPEN_DUE_REVIEWS)
	JavaDelegate aidOpenDueReviewsDelegate(ReviewService reviews) {
		return execution -> reviews.openDue();
	}

	@Bean(AidReviewProcess.BEAN_RESOLVE_AUTHORITY)
	JavaDelegate aidResolveReviewAuthorityDelegate(ReviewActions actions) {
		return execution -> {
			ApprovalAuthority authority = actions.resolveAuthority(reviewId(execution));
			execution.setVariable(AidReviewProcess.VAR_APPROVER_GROUP,
					AidApplicationProcess.approverGroup(authority.orgUnitCode()));
			execution.setVariable(AidReviewProcess.VAR_APPROVING_ORG_UNIT_CODE, authority.orgUnitCode());
			execution.setVariable(AidReviewProcess.VAR_ENTRUSTMENT_ID, authority.entrustmentId());
		};
	}

	@Bean(AidReviewProcess.BEAN_APPLY_OUTCOME)
	JavaDelegate aidApplyReviewOutcomeDelegate(ReviewActions actions) {
		return execution -> actions.applyOutcome(reviewId(execution));
	}

	@Bean
	AidProcessEndListener aidReviewEndListener(ReviewActions actions) {
		return new AidProcessEndListener() {

			@Override
			public String processKey() {
				return AidReviewProcess.PROCESS_KEY;
			}

			@Override
			public void notify(DelegateExecution execution) {
				actions.closed(reviewId(execution));
			}

		};
	}

	private static long reviewId(DelegateExecution execution) {
		return ((Number) execution.getVariable(AidReviewProcess.VAR_REVIEW_ID)).longValue();
	}

}
