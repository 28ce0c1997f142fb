package org.minzheng.flow.lottery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.lottery.LotteryApplication.Status;
import org.minzheng.flow.lottery.QueueEventType.LeaveReason;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainHash;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue operations of an area. Each one locks the area's queue ({@link QueueLedger}),
 * changes the rows by compare-and-set, appends its events to the area's chain and then
 * offers every available opening to whom the rules say ({@link #dispatch}), so that after
 * every operation no opening that someone could take stays unoffered. The rules are those
 * of {@link QueueVerifier#RULES}; the verifier replays the log with them.
 */
@Service
public class LotteryQueue {

	/** Actor of what the engine does on its own (an expiry, an offer it makes). */
	static final String SYSTEM = "system";

	static final DateTimeFormatter KEY_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

	private static final Logger log = LoggerFactory.getLogger(LotteryQueue.class);

	private final QueueMapper queue;

	private final LotteryMapper lottery;

	private final QueueLedger ledger;

	private final Workflow workflow;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	LotteryQueue(QueueMapper queue, LotteryMapper lottery, QueueLedger ledger, Workflow workflow,
			WorkingDayCalendar calendar, Clock clock) {
		this.queue = queue;
		this.lottery = lottery;
		this.ledger = ledger;
		this.workflow = workflow;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Defines an area and starts its chain with the area's rules. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void createArea(LotteryArea area, String actor) {
		queue.insertArea(area);
		ledger.open(area.code())
			.append(QueueEventType.RULES_SET, null, null, null, "maxDeclines=" + area.maxDeclines(), actor);
	}

	/**
	 * An eligible application joins the back of its area's queue. Its eligibility time is
	 * taken under the queue's lock and is strictly later than everyone's before it, so a
	 * newcomer never goes ahead of anyone.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enter(String areaCode, long applicationId, String applicationNo, String actor) {
		QueueLedger.Session session = ledger.open(areaCode);
		LocalDateTime now = ChainHash.stored(clock.instant());
		LocalDateTime last = queue.lastEligibleAt(areaCode);
		LocalDateTime eligibleAt = last != null && !now.isAfter(last) ? last.plusNanos(1_000_000) : now;
		queue.insertEntry(new QueueRows.Key(), areaCode, applicationId, applicationNo,
				ChainHash.STORED.format(eligibleAt));
		session.append(QueueEventType.ENTERED, applicationNo, null, null, KEY_FORMAT.format(eligibleAt), actor);
		dispatch(session);
	}

	/**
	 * Releases the next planned slot of the area as an opening.
	 * @throws ApiException 409 when every planned slot has been released
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String releasePlannedSlot(String areaCode, String actor) {
		QueueLedger.Session session = ledger.open(areaCode);
		int slot = queue.lastPlannedSlot(areaCode) + 1;
		if (slot > session.area().plannedOutlets()) {
			throw ApiException.conflict("PLANNED_SLOTS_EXHAUSTED", "本片区规划的名额已全部发布");
		}
		return release(session, "PLANNED", slot, null, actor);
	}

	/** The slot of a closed outlet becomes an opening of its area. */
	@Transactional(propagation = Propagation.MANDATORY)
	public String releaseClosedSlot(String areaCode, long closedOutletId, String actor) {
		return release(ledger.open(areaCode), "CLOSURE", null, closedOutletId, actor);
	}

	/**
	 * The applicant accepts their offer: they leave the waiting queue and the opening is
	 * theirs unless the site fails inspection.
	 * @throws ApiException 409 when the offer is no longer open for an answer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void accept(QueueRows.Offer offer, String actor) {
		QueueLedger.Session session = ledger.open(offer.areaCode());
		if (queue.acceptOffer(offer.id(), clock.instant()) != 1) {
			throw notLive();
		}
		QueueRows.Entry entry = queue.entry(offer.entryId());
		require(queue.moveEntry(entry.id(), "WAITING", "ACCEPTED"));
		require(queue.moveOpening(offer.openingId(), "OPEN", "TAKEN", null));
		require(lottery.transition(entry.applicationId(), Status.QUEUED, Status.QUEUED.moveTo(Status.ACCEPTED)));
		session.append(QueueEventType.ACCEPTED, entry.applicationNo(), openingNo(offer), offer.offerNo(), null, actor);
		if (!workflow.correlate(LotteryOfferProcess.MESSAGE_ACCEPTED, offer.offerNo(), Map.of())) {
			throw notLive();
		}
	}

	/**
	 * The applicant declines: a pass. The opening goes to the next in line; at the area's
	 * limit of passes the applicant leaves the queue.
	 * @throws ApiException 409 when the offer is no longer open for an answer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void decline(QueueRows.Offer offer, String actor) {
		QueueLedger.Session session = ledger.open(offer.areaCode());
		if (!pass(session, offer, "DECLINED", QueueEventType.DECLINED, actor)) {
			throw notLive();
		}
		if (!workflow.correlate(LotteryOfferProcess.MESSAGE_DECLINED, offer.offerNo(), Map.of())) {
			throw notLive();
		}
		dispatch(session);
	}

	/**
	 * The answer deadline passed (the offer process's timer): a pass, as a decline. Does
	 * nothing if the applicant answered first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void expire(long offerId) {
		QueueRows.Offer offer = queue.offer(offerId);
		QueueLedger.Session session = ledger.open(offer.areaCode());
		if (pass(session, offer, "EXPIRED", QueueEventType.EXPIRED, SYSTEM)) {
			dispatch(session);
		}
	}

	/** The accepted site failed inspection: the applicant leaves, the opening returns. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void inspectionFailed(long offerId) {
		QueueRows.Offer offer = queue.offer(offerId);
		QueueLedger.Session session = ledger.open(offer.areaCode());
		require(queue.endOffer(offerId, "ACCEPTED", "INSPECTION_FAILED", clock.instant()));
		QueueRows.Entry entry = queue.entry(offer.entryId());
		require(queue.removeEntry(entry.id(), "ACCEPTED", LeaveReason.FAILED_INSPECTION.name(), clock.instant()));
		require(lottery.close(entry.applicationId(), Status.ACCEPTED, Status.ACCEPTED.moveTo(Status.REMOVED),
				clock.instant()));
		require(queue.moveOpening(offer.openingId(), "TAKEN", "OPEN", null));
		session.append(QueueEventType.INSPECTION_FAILED, entry.applicationNo(), openingNo(offer), offer.offerNo(), null,
				SYSTEM);
		session.append(QueueEventType.REMOVED, entry.applicationNo(), null, null, LeaveReason.FAILED_INSPECTION.name(),
				SYSTEM);
		dispatch(session);
	}

	/** The accepted offer ended in an open outlet: the opening is filled. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void outletOpened(long offerId) {
		QueueRows.Offer offer = queue.offer(offerId);
		QueueLedger.Session session = ledger.open(offer.areaCode());
		require(queue.endOffer(offerId, "ACCEPTED", "OPENED", clock.instant()));
		QueueRows.Entry entry = queue.entry(offer.entryId());
		require(queue.moveEntry(entry.id(), "ACCEPTED", "SETTLED"));
		require(lottery.close(entry.applicationId(), Status.ACCEPTED, Status.ACCEPTED.moveTo(Status.OPENED),
				clock.instant()));
		require(queue.moveOpening(offer.openingId(), "TAKEN", "FILLED", clock.instant()));
		session.append(QueueEventType.OUTLET_OPENED, entry.applicationNo(), openingNo(offer), offer.offerNo(), null,
				SYSTEM);
	}

	/**
	 * The applicant withdraws while waiting without an offer.
	 * @throws ApiException 409 while they hold an offer (answer it first) or are no
	 * longer waiting
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(long applicationId, String actor) {
		QueueRows.Entry entry = queue.entryOfApplication(applicationId);
		if (entry == null) {
			throw ApiException.conflict("NOT_IN_QUEUE", "该申请不在轮候队列中");
		}
		QueueLedger.Session session = ledger.open(entry.areaCode());
		if (queue.liveOfferOf(entry.id()) != null
				|| queue.removeEntry(entry.id(), "WAITING", LeaveReason.WITHDRAWN.name(), clock.instant()) != 1) {
			throw ApiException.conflict("CANNOT_WITHDRAW", "持有名额通知或已不在轮候中，不能撤回");
		}
		require(lottery.close(applicationId, Status.QUEUED, Status.QUEUED.moveTo(Status.WITHDRAWN), clock.instant()));
		session.append(QueueEventType.REMOVED, entry.applicationNo(), null, null, LeaveReason.WITHDRAWN.name(), actor);
		dispatch(session);
	}

	private boolean pass(QueueLedger.Session session, QueueRows.Offer offer, String status, QueueEventType type,
			String actor) {
		if (queue.endOffer(offer.id(), "OFFERED", status, clock.instant()) != 1) {
			return false;
		}
		QueueRows.Entry entry = queue.entry(offer.entryId());
		require(queue.countPass(entry.id()));
		session.append(type, entry.applicationNo(), openingNo(offer), offer.offerNo(), null, actor);
		if (entry.passes() + 1 >= session.area().maxDeclines()) {
			require(queue.removeEntry(entry.id(), "WAITING", LeaveReason.DECLINE_LIMIT.name(), clock.instant()));
			require(lottery.close(entry.applicationId(), Status.QUEUED, Status.QUEUED.moveTo(Status.REMOVED),
					clock.instant()));
			session.append(QueueEventType.REMOVED, entry.applicationNo(), null, null, LeaveReason.DECLINE_LIMIT.name(),
					SYSTEM);
		}
		return true;
	}

	private String release(QueueLedger.Session session, String kind, Integer slot, Long closedOutletId, String actor) {
		QueueRows.Key key = new QueueRows.Key();
		String areaCode = session.area().code();
		queue.insertOpening(key, "NEW-" + UUID.randomUUID(), areaCode, kind, slot, closedOutletId, actor,
				clock.instant());
		String openingNo = "LTK-%s-%06d".formatted(areaCode, key.id);
		queue.numberOpening(key.id, openingNo);
		session.append(QueueEventType.OPENING_RELEASED, null, openingNo, null, kind, actor);
		dispatch(session);
		return openingNo;
	}

	/**
	 * Offers every available opening, in release order, to the first waiting applicant
	 * who holds no offer and was never offered it, until no such pair is left.
	 */
	private void dispatch(QueueLedger.Session session) {
		String areaCode = session.area().code();
		for (QueueRows.Opening opening : queue.unoffered(areaCode)) {
			QueueRows.Entry entry = queue.candidate(areaCode, opening.id());
			if (entry != null) {
				offer(session, opening, entry);
			}
		}
	}

	private void offer(QueueLedger.Session session, QueueRows.Opening opening, QueueRows.Entry entry) {
		LotteryArea area = session.area();
		LocalDate lastDay = calendar.addWorkingDays(LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)),
				area.answerWorkingDays());
		Instant deadline = lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(WorkingDayCalendar.ZONE).toInstant();
		QueueRows.Key key = new QueueRows.Key();
		queue.insertOffer(key, "NEW-" + UUID.randomUUID(), area.code(), opening.id(), entry.id(), clock.instant(),
				deadline);
		String offerNo = "LTO-%s-%06d".formatted(area.code(), key.id);
		queue.numberOffer(key.id, offerNo);
		session.append(QueueEventType.OFFERED, entry.applicationNo(), opening.openingNo(), offerNo, lastDay.toString(),
				SYSTEM);
		String processInstanceId = workflow.start(LotteryOfferProcess.PROCESS_KEY, offerNo,
				Map.of(LotteryOfferProcess.VAR_OFFER_ID, key.id, LotteryOfferProcess.VAR_AREA_CODE, area.code(),
						LotteryOfferProcess.VAR_DISTRICT_CODE, area.districtCode(), LotteryOfferProcess.VAR_CITY_CODE,
						LotteryAreas.CITY_CENTRE, LotteryOfferProcess.VAR_ANSWER_DEADLINE, Date.from(deadline)));
		queue.setOfferProcess(key.id, processInstanceId);
		log.info("[{}] opening {} offered to {} until {}", offerNo, opening.openingNo(), entry.applicationNo(),
				lastDay);
	}

	private String openingNo(QueueRows.Offer offer) {
		return queue.opening(offer.openingId()).openingNo();
	}

	private static ApiException notLive() {
		return ApiException.conflict("OFFER_NOT_OPEN", "该名额通知已答复或已过期");
	}

	/**
	 * A compare-and-set that must succeed under the queue's lock; anything else is a bug.
	 */
	private static void require(int updated) {
		if (updated != 1) {
			throw new IllegalStateException("queue row not in the expected state");
		}
	}

}
