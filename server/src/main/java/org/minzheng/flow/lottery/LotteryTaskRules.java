package org.minzheng.flow.lottery;

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
 * terminal and certificate numbers are recorded for the outlet.
 */
@Component
class LotteryTaskRules implements TaskRules {

	private static final Set<String> PROCESSES = Set.of(LotteryApplicationProcess.PROCESS_KEY,
			LotteryOfferProcess.PROCESS_KEY, LotteryOutletReviewProcess.PROCESS_KEY);

	private final LotteryMapper lottery;

	private final QueueMapper queue;

	LotteryTaskRules(LotteryMapper lottery, QueueMapper queue) {
		this.lottery = lottery;
		this.queue = queue;
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
			default -> {
			}
		}
	}

	private long applicationOfOffer(String offerNo) {
		return queue.entry(queue.offerByNo(offerNo).entryId()).applicationId();
	}

}
