package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outlets: registering those that exist, opening one at the end of an accepted offer, the
 * yearly review ({@code LotteryOutletReviewProcess}) with suspension, restoration and
 * closure — a closure frees the outlet's slot as a new opening of its area's queue.
 */
@Service
public class LotteryOutlets {

	private final LotteryMapper lottery;

	private final QueueMapper queueRows;

	private final LotteryQueue queue;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final OverdueEscalations escalations;

	private final Clock clock;

	LotteryOutlets(LotteryMapper lottery, QueueMapper queueRows, LotteryQueue queue, Workflow workflow,
			AuditTrail audit, OverdueEscalations escalations, Clock clock) {
		this.lottery = lottery;
		this.queueRows = queueRows;
		this.queue = queue;
		this.workflow = workflow;
		this.audit = audit;
		this.escalations = escalations;
		this.clock = clock;
	}

	/** An outlet that exists already (before the waitlist, or from elsewhere). */
	@Transactional
	public LotteryOutletView register(String areaCode, String name, String address, BigDecimal latitude,
			BigDecimal longitude, StaffUser admin) {
		LotteryArea area = LotteryAreas.requireAdmin(queueRows, areaCode, admin);
		audit.record(admin, Role.ADMIN, area.districtCode(), null, "LOTTERY_OUTLET_REGISTERED",
				"登记现有福彩销售场所：" + name + "（" + address + "）", null);
		return LotteryOutletView.of(insert(areaCode, name, address, latitude, longitude, null, null));
	}

	/**
	 * The accepted offer reached its certificate: the outlet opens at the applicant's
	 * site.
	 */
	@Transactional
	public void openFromOffer(long offerId) {
		QueueRows.Offer offer = queueRows.offer(offerId);
		LotteryApplication application = lottery.application(queueRows.entry(offer.entryId()).applicationId());
		queue.outletOpened(offerId);
		insert(offer.areaCode(), application.applicantName() + " 福彩销售场所", application.siteAddress(),
				application.siteLatitude(), application.siteLongitude(), application.id(), application.certificateNo());
	}

	/**
	 * Starts the yearly review of an outlet.
	 * @throws ApiException 409 when the outlet was already reviewed that year or is
	 * closed
	 */
	@Transactional
	public String startReview(String outletNo, int year, StaffUser reviewer) {
		LotteryOutlet outlet = visible(outletNo, reviewer);
		LotteryArea area = queueRows.area(outlet.areaCode());
		if (!reviewer.covers(BusinessLine.LOTTERY, Role.REVIEWER, area.districtCode())) {
			throw ApiException.forbidden("NOT_LOTTERY_REVIEWER", "只有区民政局福彩代销审核人员可以发起年度审查");
		}
		if (outlet.status() == OutletStatus.CLOSED) {
			throw ApiException.conflict("OUTLET_CLOSED", "该销售场所已关闭");
		}
		audit.record(reviewer, Role.REVIEWER, area.districtCode(), outletNo, "LOTTERY_REVIEW_STARTED",
				"发起 " + year + " 年度审查：" + outlet.name(), null);
		return start(outlet, area, year, reviewer.username())
			.orElseThrow(() -> ApiException.conflict("REVIEW_EXISTS", "该场所本年度审查已发起"));
	}

	/**
	 * The yearly start (an engine timer job): a review for every outlet that is not
	 * closed and not yet reviewed this year.
	 * @return how many reviews were started
	 */
	@Transactional
	public int startYearlyReviews(int year) {
		int started = 0;
		for (LotteryOutlet outlet : lottery.standingOutlets()) {
			LotteryArea area = queueRows.area(outlet.areaCode());
			if (start(outlet, area, year, LotteryQueue.SYSTEM).isPresent()) {
				audit.recordSystem(area.districtCode(), outlet.outletNo(), "LOTTERY_REVIEW_STARTED",
						"发起 " + year + " 年度审查：" + outlet.name(), null);
				started++;
			}
		}
		return started;
	}

	/**
	 * Starts the review process, or nothing if the outlet was reviewed that year already.
	 */
	private java.util.Optional<String> start(LotteryOutlet outlet, LotteryArea area, int year, String actor) {
		if (lottery.reviewOf(outlet.id(), year) != null) {
			return java.util.Optional.empty();
		}
		QueueRows.Key key = new QueueRows.Key();
		try {
			lottery.insertReview(key, "NEW-" + UUID.randomUUID(), outlet.id(), year, actor, clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return java.util.Optional.empty();
		}
		String reviewNo = "LTR-%d-%06d".formatted(year, key.id);
		lottery.numberReview(key.id, reviewNo, null);
		String pi = workflow.start(LotteryOutletReviewProcess.PROCESS_KEY, reviewNo,
				Map.of(LotteryOutletReviewProcess.VAR_REVIEW_ID, key.id, LotteryOutletReviewProcess.VAR_OUTLET_ID,
						outlet.id(), LotteryOutletReviewProcess.VAR_DISTRICT_CODE, area.districtCode(),
						LotteryOutletReviewProcess.VAR_CITY_CODE, LotteryAreas.CITY_CENTRE));
		lottery.numberReview(key.id, reviewNo, pi);
		return java.util.Optional.of(reviewNo);
	}

	/**
	 * The city centre's approver suspended sales; a second suspension after a failed
	 * rectification keeps the outlet suspended with a new deadline.
	 */
	@Transactional
	public void suspend(long outletId, String reviewNo) {
		LotteryOutlet outlet = lottery.outlet(outletId);
		if (outlet.status() == OutletStatus.SUSPENDED) {
			audit.recordSystem(queueRows.area(outlet.areaCode()).districtCode(), reviewNo, "LOTTERY_OUTLET_SUSPENDED",
					"市福彩发行中心决定：继续暂停销售，重新限期整改：" + outlet.name(), null);
			return;
		}
		move(outletId, OutletStatus.SUSPENDED, reviewNo, "LOTTERY_OUTLET_SUSPENDED", "市福彩发行中心决定：暂停销售，限期整改");
	}

	@Transactional
	public void restore(long outletId, String reviewNo) {
		move(outletId, OutletStatus.OPEN, reviewNo, "LOTTERY_OUTLET_RESTORED", "整改合格，恢复销售");
	}

	/** Closes the outlet and releases its slot to the area's queue. */
	@Transactional
	public void close(long outletId, String reviewNo) {
		LotteryOutlet outlet = lottery.outlet(outletId);
		if (!outlet.status().canMoveTo(OutletStatus.CLOSED) || lottery.moveOutlet(outletId, outlet.status(),
				outlet.status().moveTo(OutletStatus.CLOSED), clock.instant()) != 1) {
			throw new IllegalStateException(
					"outlet " + outlet.outletNo() + " cannot be closed from " + outlet.status());
		}
		LotteryArea area = queueRows.area(outlet.areaCode());
		audit.recordSystem(area.districtCode(), reviewNo, "LOTTERY_OUTLET_CLOSED",
				"市福彩发行中心决定解除代销合同，关闭销售场所 " + outlet.name() + "，名额退回片区轮候", null);
		queue.releaseClosedSlot(outlet.areaCode(), outletId, LotteryQueue.SYSTEM);
	}

	/** A lottery task is overdue: its supervisors are told. */
	@Transactional
	public void escalateOverdue(String processInstanceId, String businessKey, String taskKey) {
		escalations.escalate(processInstanceId, businessKey, taskKey);
	}

	/** An outlet in the user's scope, or 404. */
	@Transactional(readOnly = true)
	public LotteryOutlet visible(String outletNo, StaffUser user) {
		LotteryOutlet outlet = lottery.outletByNo(outletNo);
		if (outlet == null || !user.canSee(BusinessLine.LOTTERY, queueRows.area(outlet.areaCode()).districtCode())) {
			throw ApiException.notFound("OUTLET_NOT_FOUND", "销售场所不存在或无权查看");
		}
		return outlet;
	}

	private void move(long outletId, OutletStatus to, String reviewNo, String action, String summary) {
		LotteryOutlet outlet = lottery.outlet(outletId);
		if (lottery.moveOutlet(outletId, outlet.status(), outlet.status().moveTo(to), null) != 1) {
			throw new IllegalStateException("outlet " + outlet.outletNo() + " is no longer " + outlet.status());
		}
		audit.recordSystem(queueRows.area(outlet.areaCode()).districtCode(), reviewNo, action,
				summary + "：" + outlet.name(), null);
	}

	private LotteryOutlet insert(String areaCode, String name, String address, BigDecimal latitude,
			BigDecimal longitude, Long applicationId, String certificateNo) {
		QueueRows.Key key = new QueueRows.Key();
		lottery.insertOutlet(key, "NEW-" + UUID.randomUUID(), areaCode, name, address, latitude, longitude,
				applicationId, certificateNo, clock.instant());
		lottery.numberOutlet(key.id, "LTS-%s-%06d".formatted(areaCode, key.id));
		return lottery.outlet(key.id);
	}

	/** Record the end of a review with its outcome. */
	@Transactional
	public void reviewClosed(long reviewId, String outcome) {
		lottery.closeReview(reviewId, outcome, clock.instant());
	}

}
