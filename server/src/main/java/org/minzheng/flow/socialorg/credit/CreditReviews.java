package org.minzheng.flow.socialorg.credit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the credit lists' periodic review every night: 2 years on the abnormal list move
 * an organisation to the serious-violation list, 2 clean years on that list take it off
 * (see {@link CreditLists#reviewPeriods}). Every move is a compare-and-set from the state
 * it was read in, so on several nodes each organisation still moves once.
 */
@Component
class CreditReviews {

	private static final Logger log = LoggerFactory.getLogger(CreditReviews.class);

	private final CreditLists credit;

	CreditReviews(CreditLists credit) {
		this.credit = credit;
	}

	@Scheduled(cron = "${minzheng.socialorg.credit-review-cron:0 30 0 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		int moved = credit.reviewPeriods(CreditLists.Actor.SYSTEM);
		if (moved > 0) {
			log.info("credit review moved {} organisations", moved);
		}
	}

}
