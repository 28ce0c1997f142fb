package org.minzheng.flow.aid;

import java.util.List;

import org.minzheng.flow.aid.review.ReviewService;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckService;
import org.minzheng.flow.shared.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: what the monthly spot-check timer and the working-day review timer would
 * have done with the demo beneficiaries had the system been running, done once at start
 * (after {@link AidBeneficiaryDemoData}): last month's 抽查 draw of each district with
 * entrusted streets, and the reviews due today (on a working day). Both are the timers'
 * own idempotent services, so a second node or a restart opens nothing twice; without
 * them a person trying the demo would find the 抽查 page empty until the first working day
 * of next month.
 */
@Component
@Order(4)
@ConditionalOnExpression("${minzheng.demo.enabled:false} and ${minzheng.demo.aid-beneficiaries:true}")
class AidDemoCatchUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AidDemoCatchUp.class);

	private final AidSpotCheckService spotChecks;

	private final ReviewService reviews;

	private final StartupLock lock;

	AidDemoCatchUp(AidSpotCheckService spotChecks, ReviewService reviews, StartupLock lock) {
		this.spotChecks = spotChecks;
		this.reviews = reviews;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo spot checks and reviews", () -> {
			List<String> checks = spotChecks.drawDue();
			List<String> opened = reviews.openDue();
			log.info("demo: {} spot checks drawn, {} reviews opened at start", checks.size(), opened.size());
		});
	}

}
