package org.minzheng.flow.aid.review;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next-review date of a beneficiary: the interval of its household type
 * ({@code aid_review_interval}, in months) after a start date. Set when a beneficiary is
 * granted and moved on when a review lets payment go on; beneficiaries granted before
 * dates were kept get theirs from their payment start.
 */
@Service
public class ReviewDates {

	/** How many undated beneficiaries one run dates at most. */
	static final int BATCH = 500;

	private final ReviewMapper reviews;

	private final Clock clock;

	ReviewDates(ReviewMapper reviews, Clock clock) {
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * Dates the first review of the beneficiary just granted for the application: the
	 * interval of its household type after its payment start. Called in the grant's
	 * transaction.
	 */
	@Transactional
	public void scheduleFirst(long applicationId) {
		ReviewMapper.Due beneficiary = reviews.beneficiaryOfApplication(applicationId);
		if (beneficiary != null) {
			reviews.setNextReviewDate(beneficiary.id(), after(beneficiary, beneficiary.paymentStart()));
		}
	}

	/**
	 * Dates the next review of a beneficiary taken over from the old system at go-live
	 * (存量对象), granted just now for the application: the date the old system had
	 * scheduled, or without one the first date of its cycle (the interval of its
	 * household type, from its payment start) after today. Called in the grant's
	 * transaction.
	 * @return the date set
	 */
	@Transactional
	public LocalDate takeOver(long applicationId, LocalDate scheduled) {
		ReviewMapper.Due beneficiary = reviews.beneficiaryOfApplication(applicationId);
		if (beneficiary == null) {
			throw new IllegalStateException("no beneficiary for application " + applicationId);
		}
		LocalDate next = scheduled;
		if (next == null) {
			LocalDate today = LocalDate.now(clock);
			next = after(beneficiary, beneficiary.paymentStart());
			while (!next.isAfter(today)) {
				next = after(beneficiary, next);
			}
		}
		reviews.setNextReviewDate(beneficiary.id(), next);
		return next;
	}

	/**
	 * Dates every active beneficiary without a next-review date from its payment start (a
	 * date already past makes the review due at once).
	 * @return how many were dated
	 */
	@Transactional
	public int fillMissing() {
		int dated = 0;
		for (ReviewMapper.Due beneficiary : reviews.withoutReviewDate(BATCH)) {
			dated += reviews.setNextReviewDate(beneficiary.id(), after(beneficiary, beneficiary.paymentStart()));
		}
		return dated;
	}

	/** The household type of the beneficiary today. */
	HouseholdType typeOf(ReviewMapper.Due beneficiary) {
		return HouseholdType.of(beneficiary.benefitType(), reviews.householdMembers(beneficiary.householdId()),
				LocalDate.now(clock));
	}

	/** The interval of the beneficiary's household type after the given day. */
	LocalDate after(ReviewMapper.Due beneficiary, LocalDate from) {
		HouseholdType type = typeOf(beneficiary);
		Integer months = reviews.intervalMonths(type.name());
		if (months == null) {
			throw new IllegalStateException("no review interval configured for " + type);
		}
		return from.plusMonths(months);
	}

}
