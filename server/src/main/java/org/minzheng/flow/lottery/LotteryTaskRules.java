package org.minzheng.flow.lottery;

import java.time.Clock;
import java.util.Set;

import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.lottery.LotteryApplicationProcess;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Component;

/**
 * The lottery steps' rules beyond their forms: the review opinion is kept with the
 * application; deposit and training must both be confirmed before the contract; contract,
 * terminal and certificate numbers are recorded for the outlet. The outlet's answer to a
 * proposed suspension or withdrawal: a received answer is summarised, and "no answer" can
 * be recorded only once the answer period (the statement step's due date, working days
 * configured in the model) has passed.
 */
@Component
class LotteryTaskRules implements TaskRules {

	private static final Set<String> PROCESSES = Set.of(LotteryApplicationProcess.PROCESS_KEY,
			LotteryOfferProcess.PROCESS_KEY, LotteryOutletReviewProcess.PROCESS_KEY);

	private final LotteryMapper lottery;

	private final QueueMapper queue;

	private final Clock clock;

	LotteryTaskRules(LotteryMapper lottery, QueueMapper queue, Clock clock) {
		this.lottery = lottery;
		this.queue = queue;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return PROCESSES.contains(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		String caseRef = completion.task().businessKey();
		switch (completion.task().taskKey()) {
			case LotteryApplicationProcess.TASK_DISTRICT_REVIEW ->
				lottery.setReviewOpinion(lottery.applicationByNo(caseRef).id(), completion.data().get("opinion"));
			case LotteryOfferProcess.TASK_AGENCY_CONTRACT -> {
				if (!"true".equals(completion.data().get("depositPaid"))
						|| !"true".equals(completion.data().get("trainingCompleted"))) {
					throw ApiException.badRequest("DEPOSIT_AND_TRAINING_REQUIRED", "depositPaid", "须确认保证金已缴纳、培训已完成");
				}
				lottery.setOnboarding(applicationOfOffer(caseRef), completion.data().get("contractNo"), null, null);
			}
			case LotteryOfferProcess.TASK_TERMINAL_INSTALLATION ->
				lottery.setOnboarding(applicationOfOffer(caseRef), null, completion.data().get("terminalNo"), null);
			case LotteryOfferProcess.TASK_ISSUE_CERTIFICATE ->
				lottery.setOnboarding(applicationOfOffer(caseRef), null, null, completion.data().get("certificateNo"));
			case LotteryOutletReviewProcess.TASK_OUTLET_STATEMENT -> checkStatement(completion);
			default -> {
			}
		}
	}

	private void checkStatement(TaskCompletion completion) {
		String kind = completion.data().get(LotteryOutletReviewProcess.VAR_STATEMENT_KIND);
		String statement = completion.data().get("statement");
		if (LotteryOutletReviewProcess.StatementKind.RECEIVED.name().equals(kind)
				&& (statement == null || statement.isBlank())) {
			throw ApiException.badRequest("STATEMENT_TEXT_REQUIRED", "statement", "已陈述申辩的，须登记陈述申辩要点");
		}
		if (LotteryOutletReviewProcess.StatementKind.NONE.name().equals(kind) && completion.task().due() != null
				&& clock.instant().isBefore(completion.task().due())) {
			throw ApiException.conflict("STATEMENT_PERIOD_RUNNING", "陈述申辩期限未满，不能登记期满未陈述申辩");
		}
	}

	private long applicationOfOffer(String offerNo) {
		return queue.entry(queue.offerByNo(offerNo).entryId()).applicationId();
	}

}
