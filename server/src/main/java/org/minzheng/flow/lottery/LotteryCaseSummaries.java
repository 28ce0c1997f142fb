package org.minzheng.flow.lottery;

import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.inbox.CaseSummaries;
import org.minzheng.flow.processes.lottery.LotteryApplicationProcess;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * What the inbox shows for a lottery case: the district office as competent unit and the
 * applicant (of an application, or of the offer's application; none for a review).
 */
@Component
class LotteryCaseSummaries implements CaseSummaries {

	@Override
	public BusinessLine line() {
		return BusinessLine.LOTTERY;
	}

	private static final Set<String> PROCESSES = Set.of(LotteryApplicationProcess.PROCESS_KEY,
			LotteryOfferProcess.PROCESS_KEY, LotteryOutletReviewProcess.PROCESS_KEY);

	private final LotteryMapper lottery;

	private final QueueMapper queue;

	LotteryCaseSummaries(LotteryMapper lottery, QueueMapper queue) {
		this.lottery = lottery;
		this.queue = queue;
	}

	@Override
	public boolean handles(String processKey) {
		return PROCESSES.contains(processKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		LotteryApplication application = lottery.applicationByNo(businessKey);
		if (application == null) {
			QueueRows.Offer offer = queue.offerByNo(businessKey);
			application = offer == null ? null : lottery.application(queue.entry(offer.entryId()).applicationId());
		}
		if (application != null) {
			return Optional.of(new CaseSummary(businessKey, application.districtCode(), application.districtCode(),
					application.applicantName(), application.applicantKey()));
		}
		Long outletId = lottery.outletOfReview(businessKey);
		if (outletId == null) {
			return Optional.empty();
		}
		String district = queue.area(lottery.outlet(outletId).areaCode()).districtCode();
		return Optional.of(new CaseSummary(businessKey, district, district, null, null));
	}

}
