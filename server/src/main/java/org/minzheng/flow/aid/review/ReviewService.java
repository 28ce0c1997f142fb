package org.minzheng.flow.aid.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.aid.AidReviewProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code AidReviewProcess}: opens a review case for every
 * beneficiary whose review is due (one open review per beneficiary, kept by the unique
 * key on {@code aid_review.open_beneficiary_id}), and lists the reviews a user may see.
 */
@Service
public class ReviewService {

	private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

	/** How many reviews one morning opens at most; the rest open the next morning. */
	static final int BATCH = 200;

	private final ReviewMapper reviews;

	private final ReviewDates dates;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	ReviewService(ReviewMapper reviews, ReviewDates dates, Workflow workflow, AuditTrail audit,
			WorkingDayCalendar calendar, Clock clock) {
		this.reviews = reviews;
		this.dates = dates;
		this.workflow = workflow;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The timer's work on a working day: dates undated beneficiaries, then opens a review
	 * for each one due today or earlier that has none open. Runs in the job's
	 * transaction; a failure opens nothing and the job is tried again.
	 * @return the numbers of the reviews opened now
	 */
	@Transactional
	public List<String> openDue() {
		LocalDate today = LocalDate.now(clock);
		if (!calendar.isWorkingDay(today)) {
			return List.of();
		}
		dates.fillMissing();
		return reviews.dueWithoutOpenReview(today, BATCH)
			.stream()
			.map(this::open)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private String open(ReviewMapper.Due beneficiary) {
		HouseholdType type = dates.typeOf(beneficiary);
		Review draft = new Review(0, null, beneficiary.id(), beneficiary.districtCode(), beneficiary.streetCode(),
				type.name(), beneficiary.nextReviewDate(), ReviewStatus.INVESTIGATING, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, clock.instant(), null);
		ReviewMapper.Key key = new ReviewMapper.Key();
		try {
			reviews.insert(key, "NEW-" + UUID.randomUUID().toString().replace("-", ""), draft);
		}
		catch (DuplicateKeyException ex) {
			// another node opened it a moment ago
			return null;
		}
		String number = "FC-%s-%d-%06d".formatted(beneficiary.districtCode(), Year.now(clock).getValue(), key.id);
		reviews.setNumber(key.id, number);
		String processInstanceId = workflow.start(AidReviewProcess.PROCESS_KEY, number,
				Map.of(AidReviewProcess.VAR_REVIEW_ID, key.id, AidReviewProcess.VAR_DISTRICT_CODE,
						beneficiary.districtCode(), AidReviewProcess.VAR_STREET_CODE, beneficiary.streetCode()));
		reviews.setProcessInstance(key.id, processInstanceId);
		audit.recordSystem(beneficiary.streetCode(), number, "AID_REVIEW_OPENED",
				"动态复核到期（" + beneficiary.nextReviewDate() + "），救助对象所属案件 " + reviews.applicationNo(beneficiary.id()),
				null);
		log.info("[{}] review opened for beneficiary {}", number, beneficiary.id());
		return number;
	}

	/**
	 * The reviews at the streets the user sees for the aid line, newest first.
	 * @param open only open ones, only closed ones, or all ({@code null})
	 */
	@Transactional(readOnly = true)
	public List<Review> visible(StaffUser user, Boolean open, int page, int size) {
		Set<String> units = user.scope(BusinessLine.AID);
		if (units.isEmpty()) {
			throw ApiException.forbidden("ACCESS_DENIED", "无权查看动态复核");
		}
		Paging paging = Paging.of(page, size, 200);
		return reviews.atStreets(units, open, paging.offset(), paging.size());
	}

}
