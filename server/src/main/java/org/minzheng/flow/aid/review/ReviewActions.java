package org.minzheng.flow.aid.review;

import java.time.Clock;
import java.time.LocalDate;

import org.minzheng.flow.aid.ApprovalAuthority;
import org.minzheng.flow.aid.BeneficiaryStatus;
import org.minzheng.flow.aid.EntrustmentService;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.aid.AidReviewProcess.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review process does on its own, for the thin delegates in
 * {@code aid.review.process}: resolves who decides, applies the decided outcome to the
 * beneficiary, closes the case. Runs in the engine's transaction.
 *
 * <p>
 * Months: "this month" is the month of the day the outcome takes effect (Beijing time);
 * {@code payment_end} is the first day of the last month paid.
 */
@Service
public class ReviewActions {

	private final ReviewMapper reviews;

	private final ReviewDates dates;

	private final EntrustmentService entrustments;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	ReviewActions(ReviewMapper reviews, ReviewDates dates, EntrustmentService entrustments, OrgDirectory orgs,
			AuditTrail audit, Clock clock) {
		this.reviews = reviews;
		this.dates = dates;
		this.entrustments = entrustments;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Who decides the review: the district, or the street it entrusted with the approval
	 * of the benefit type, as for an application.
	 */
	@Transactional
	public ApprovalAuthority resolveAuthority(long reviewId) {
		Review review = reviews.findById(reviewId);
		ReviewMapper.Due beneficiary = reviews.beneficiary(review.beneficiaryId());
		ApprovalAuthority authority = entrustments.resolve(review.districtCode(), review.streetCode(),
				beneficiary.benefitType());
		audit
			.recordSystem(authority.orgUnitCode(), review.reviewNo(), "AID_REVIEW_AUTHORITY_RESOLVED",
					"复核审批机关：" + orgs.nameOf(authority.orgUnitCode())
							+ (authority.entrusted() ? "（委托文号 " + authority.entrustment().documentNo() + "）" : ""),
					null);
		return authority;
	}

	/**
	 * The decided outcome takes effect (for a termination, once the stop notice was
	 * served): continue moves the next review on; adjust writes the new household income
	 * (the amount changes from next month, recomputed by the roster); phase out pays the
	 * decided months after this one, then ends; terminate pays this month last.
	 */
	@Transactional
	public void applyOutcome(long reviewId) {
		Review review = reviews.findById(reviewId);
		ReviewMapper.Due beneficiary = reviews.beneficiary(review.beneficiaryId());
		LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
		Outcome outcome = Outcome.valueOf(review.outcome());
		LocalDate next = null;
		LocalDate paymentEnd = null;
		String summary;
		switch (outcome) {
			case CONTINUE -> {
				next = dates.after(beneficiary, LocalDate.now(clock));
				reviews.setNextReviewDate(beneficiary.id(), next);
				summary = "复核决定继续享受，下次复核 " + next;
			}
			case ADJUST -> {
				next = dates.after(beneficiary, LocalDate.now(clock));
				if (reviews.adjustIncome(beneficiary.id(), review.householdIncomeFen(), next) == 0) {
					throw new IllegalStateException("beneficiary " + beneficiary.id() + " is no longer active");
				}
				summary = "复核决定调整：家庭月收入 " + CaseFacts.yuan(review.householdIncomeFen()) + " 元，自 "
						+ thisMonth.plusMonths(1) + " 起按新收入计发，下次复核 " + next;
			}
			case PHASE_OUT -> {
				paymentEnd = thisMonth.plusMonths(review.phaseOutMonths());
				end(beneficiary, BeneficiaryStatus.PHASING_OUT, paymentEnd, "PHASED_OUT");
				summary = "复核决定渐退：继续发放 " + review.phaseOutMonths() + " 个月，最后发放月份 " + paymentEnd;
			}
			case TERMINATE -> {
				paymentEnd = thisMonth;
				end(beneficiary, BeneficiaryStatus.TERMINATED, paymentEnd, "TERMINATED");
				summary = "停发告知书已于 " + review.noticeServedOn() + " 送达，停发生效，最后发放月份 " + paymentEnd;
			}
			default -> throw new IllegalStateException("not an outcome that takes effect: " + outcome);
		}
		reviews.recordEffect(reviewId, paymentEnd, next);
		ReviewStatus from = outcome == Outcome.TERMINATE ? ReviewStatus.AWAITING_NOTICE
				: ReviewStatus.AWAITING_DECISION;
		if (reviews.transition(reviewId, from, ReviewStatus.CONCLUDED) == 0) {
			throw new IllegalStateException("review " + review.reviewNo() + " is not " + from);
		}
		audit.recordSystem(review.streetCode(), review.reviewNo(), "AID_REVIEW_OUTCOME_APPLIED", summary, null);
	}

	private void end(ReviewMapper.Due beneficiary, BeneficiaryStatus to, LocalDate paymentEnd, String reason) {
		BeneficiaryStatus from = BeneficiaryStatus.valueOf(beneficiary.status());
		from.requireMayBecome(to);
		if (reviews.endPayment(beneficiary.id(), from.name(), to.name(), paymentEnd, reason) == 0) {
			throw new IllegalStateException("beneficiary " + beneficiary.id() + " changed meanwhile");
		}
	}

	/** The process reached its end: the case is closed. */
	@Transactional
	public void closed(long reviewId) {
		Review review = reviews.findById(reviewId);
		if (reviews.close(reviewId, clock.instant()) > 0) {
			audit.recordSystem(review.streetCode(), review.reviewNo(), "AID_REVIEW_CLOSED", "复核办结", null);
		}
	}

}
