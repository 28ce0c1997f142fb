package org.minzheng.flow.carehome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.carehome.CareHomeApplication.Status;
import org.minzheng.flow.processes.elderly.ElderlyCareHomeOfferProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainHash;
import org.minzheng.flow.shared.queue.WaitlistReplay;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue operations of a care home. Each one locks the home's queue
 * ({@link CareQueueLedger}), changes the rows by compare-and-set, appends its events to
 * the home's chain and then offers every free bed to whom the rules say
 * ({@link #dispatch}), so that after every operation no bed that someone could take stays
 * unoffered. The rules are {@link CareQueueEventType#RULES}; the verifier replays the log
 * with them. Each offer runs the offer process ({@link ElderlyCareHomeOfferProcess}),
 * whose timer lapses it when the answer deadline passes ({@link #expire(long)}).
 */
@Service
public class CareHomeQueue {

	/** Actor of what the system does on its own (an offer it makes). */
	static final String SYSTEM = "system";

	static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

	private static final Logger log = LoggerFactory.getLogger(CareHomeQueue.class);

	private final CareHomeMapper rows;

	private final CareQueueLedger ledger;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final Workflow workflow;

	CareHomeQueue(CareHomeMapper rows, CareQueueLedger ledger, WorkingDayCalendar calendar, Clock clock,
			Workflow workflow) {
		this.rows = rows;
		this.ledger = ledger;
		this.calendar = calendar;
		this.clock = clock;
		this.workflow = workflow;
	}

	/**
	 * The ordering key of an assessed elder: the tier's rank, then the birth date (the
	 * oldest first), then the application time. Fixed width, so text order is queue
	 * order.
	 */
	static String sortKey(int tierRank, LocalDate birthDate, Instant submittedAt) {
		return "%02d|%s|%s".formatted(tierRank, birthDate, KEY_TIME.format(ChainHash.stored(submittedAt)));
	}

	/** Defines a home and starts its chain with its rules. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void createHome(CareHome home, String actor) {
		rows.insertHome(home);
		ledger.open(home.code())
			.append(CareQueueEventType.RULES_SET, null, null, null, "maxDeclines=" + home.maxDeclines(), actor);
	}

	/** An assessed elder joins the home's queue at the place their key gives. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enter(CareHomeApplication application, String sortKey, String actor) {
		CareQueueLedger.Session session = ledger.open(application.homeCode());
		rows.insertEntry(application.homeCode(), application.id(), application.applicationNo(), sortKey);
		session.append(CareQueueEventType.ENTERED, application.applicationNo(), null, null, sortKey, actor);
		dispatch(session);
	}

	/**
	 * A bed of the home is free: it is offered at once to whom the rules name.
	 * @throws ApiException 409 when as many beds are free or taken as the home has
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String releaseBed(String homeCode, String bedLabel, String actor) {
		CareQueueLedger.Session session = ledger.open(homeCode);
		if (rows.unfilledReleases(homeCode) >= session.home().beds()) {
			throw ApiException.conflict("CARE_HOME_BEDS_EXHAUSTED", "该机构已发布的空床位数已达床位总数");
		}
		CareQueueRows.Key key = new CareQueueRows.Key();
		rows.insertRelease(key, "NEW-" + UUID.randomUUID(), homeCode, bedLabel, actor, clock.instant());
		String releaseNo = "YLB-%s-%06d".formatted(homeCode, key.id);
		rows.numberRelease(key.id, releaseNo);
		session.append(CareQueueEventType.BED_RELEASED, null, releaseNo, null, bedLabel, actor);
		dispatch(session);
		return releaseNo;
	}

	/**
	 * The elder accepts the offered bed: they leave the waiting queue and the bed is
	 * theirs unless the admission falls through.
	 * @throws ApiException 409 when the offer is no longer open for an answer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void accept(CareQueueRows.Offer offer, String actor) {
		CareQueueLedger.Session session = ledger.open(offer.homeCode());
		if (rows.acceptOffer(offer.id(), clock.instant()) != 1) {
			throw notLive();
		}
		CareQueueRows.Entry entry = rows.entry(offer.entryId());
		require(rows.moveEntry(entry.id(), "WAITING", "ACCEPTED"));
		require(rows.moveRelease(offer.releaseId(), "OPEN", "TAKEN", null));
		require(rows.transition(entry.applicationId(), Status.QUEUED, Status.QUEUED.moveTo(Status.ACCEPTED)));
		session.append(CareQueueEventType.ACCEPTED, entry.applicationNo(), releaseNo(offer), offer.offerNo(), null,
				actor);
	}

	/**
	 * The elder declines: a pass. The bed goes to the next in line; at the home's limit
	 * of passes the elder leaves the queue.
	 * @throws ApiException 409 when the offer is no longer open for an answer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void decline(CareQueueRows.Offer offer, String actor) {
		CareQueueLedger.Session session = ledger.open(offer.homeCode());
		if (!pass(session, offer, "DECLINED", CareQueueEventType.DECLINED, actor)) {
			throw notLive();
		}
		dispatch(session);
	}

	/**
	 * The answer deadline passed without an answer: a pass, as a decline.
	 * @throws ApiException 409 before the deadline, or when answered
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void expire(CareQueueRows.Offer offer, String actor) {
		CareQueueLedger.Session session = ledger.open(offer.homeCode());
		if (clock.instant().isBefore(offer.answerDeadline())) {
			throw ApiException.conflict("CARE_OFFER_PERIOD_RUNNING", "答复期限未届满");
		}
		if (!pass(session, offer, "EXPIRED", CareQueueEventType.EXPIRED, actor)) {
			throw notLive();
		}
		dispatch(session);
	}

	/**
	 * The answer deadline passed (the offer process's timer): a pass by the system, as a
	 * decline; the bed goes to the next in line. Does nothing when the offer was answered
	 * (or recorded as unanswered) first, under the same lock: whichever comes first wins.
	 * @return whether the offer lapsed now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean expire(long offerId) {
		CareQueueRows.Offer offer = rows.offer(offerId);
		CareQueueLedger.Session session = ledger.open(offer.homeCode());
		if (!pass(session, offer, "EXPIRED", CareQueueEventType.EXPIRED, SYSTEM)) {
			return false;
		}
		dispatch(session);
		return true;
	}

	/** The elder moved in: the bed is filled, the application ends admitted. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void admitted(CareQueueRows.Offer offer, String actor) {
		CareQueueLedger.Session session = ledger.open(offer.homeCode());
		if (rows.endOffer(offer.id(), "ACCEPTED", "ADMITTED", clock.instant()) != 1) {
			throw ApiException.conflict("CARE_OFFER_NOT_ACCEPTED", "该床位通知未被接受或已办结");
		}
		CareQueueRows.Entry entry = rows.entry(offer.entryId());
		require(rows.moveEntry(entry.id(), "ACCEPTED", "SETTLED"));
		require(rows.close(entry.applicationId(), Status.ACCEPTED, Status.ACCEPTED.moveTo(Status.ADMITTED),
				clock.instant()));
		require(rows.moveRelease(offer.releaseId(), "TAKEN", "FILLED", clock.instant()));
		session.append(CareQueueEventType.ADMITTED, entry.applicationNo(), releaseNo(offer), offer.offerNo(), null,
				actor);
	}

	/**
	 * The accepted admission fell through (the elder did not move in): the elder leaves
	 * the queue by rule {@value CareQueueEventType#ADMISSION_FAILED_RULE} and the bed
	 * returns to the queue.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void admissionFailed(CareQueueRows.Offer offer, String actor) {
		CareQueueLedger.Session session = ledger.open(offer.homeCode());
		if (rows.endOffer(offer.id(), "ACCEPTED", "ADMISSION_FAILED", clock.instant()) != 1) {
			throw ApiException.conflict("CARE_OFFER_NOT_ACCEPTED", "该床位通知未被接受或已办结");
		}
		CareQueueRows.Entry entry = rows.entry(offer.entryId());
		String rule = CareQueueEventType.ADMISSION_FAILED_RULE;
		require(rows.removeEntry(entry.id(), "ACCEPTED", rule, clock.instant()));
		require(rows.close(entry.applicationId(), Status.ACCEPTED, Status.ACCEPTED.moveTo(Status.REMOVED),
				clock.instant()));
		require(rows.moveRelease(offer.releaseId(), "TAKEN", "OPEN", null));
		session.append(CareQueueEventType.ADMISSION_FAILED, entry.applicationNo(), releaseNo(offer), offer.offerNo(),
				null, actor);
		session.append(CareQueueEventType.REMOVED, entry.applicationNo(), null, null, rule, SYSTEM);
		dispatch(session);
	}

	/**
	 * The elder withdraws while waiting without an offer.
	 * @throws ApiException 409 while they hold an offer or are no longer waiting
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(CareHomeApplication application, String actor) {
		CareQueueRows.Entry entry = rows.entryOfApplication(application.id());
		if (entry == null) {
			throw ApiException.conflict("CARE_NOT_IN_QUEUE", "该申请不在轮候队列中");
		}
		CareQueueLedger.Session session = ledger.open(entry.homeCode());
		if (rows.liveOfferOf(entry.id()) != null
				|| rows.removeEntry(entry.id(), "WAITING", WaitlistReplay.WITHDRAWN, clock.instant()) != 1) {
			throw ApiException.conflict("CARE_CANNOT_WITHDRAW", "持有床位通知或已不在轮候中，不能撤回");
		}
		require(rows.close(application.id(), Status.QUEUED, Status.QUEUED.moveTo(Status.WITHDRAWN), clock.instant()));
		session.append(CareQueueEventType.REMOVED, entry.applicationNo(), null, null, WaitlistReplay.WITHDRAWN, actor);
		dispatch(session);
	}

	private boolean pass(CareQueueLedger.Session session, CareQueueRows.Offer offer, String status,
			CareQueueEventType type, String actor) {
		if (rows.endOffer(offer.id(), "OFFERED", status, clock.instant()) != 1) {
			return false;
		}
		CareQueueRows.Entry entry = rows.entry(offer.entryId());
		require(rows.countPass(entry.id()));
		session.append(type, entry.applicationNo(), releaseNo(offer), offer.offerNo(), null, actor);
		if (entry.passes() + 1 >= session.home().maxDeclines()) {
			require(rows.removeEntry(entry.id(), "WAITING", WaitlistReplay.DECLINE_LIMIT, clock.instant()));
			require(rows.close(entry.applicationId(), Status.QUEUED, Status.QUEUED.moveTo(Status.REMOVED),
					clock.instant()));
			session.append(CareQueueEventType.REMOVED, entry.applicationNo(), null, null, WaitlistReplay.DECLINE_LIMIT,
					SYSTEM);
		}
		return true;
	}

	/**
	 * Offers every free bed, in release order, to the first waiting elder who holds no
	 * offer and was never offered it, until no such pair is left.
	 */
	private void dispatch(CareQueueLedger.Session session) {
		String homeCode = session.home().code();
		for (CareQueueRows.Release release : rows.unoffered(homeCode)) {
			CareQueueRows.Entry entry = rows.candidate(homeCode, release.id());
			if (entry != null) {
				offer(session, release, entry);
			}
		}
	}

	private void offer(CareQueueLedger.Session session, CareQueueRows.Release release, CareQueueRows.Entry entry) {
		CareHome home = session.home();
		LocalDate lastDay = calendar.addWorkingDays(LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)),
				home.answerDays());
		Instant deadline = lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(WorkingDayCalendar.ZONE).toInstant();
		CareQueueRows.Key key = new CareQueueRows.Key();
		rows.insertOffer(key, "NEW-" + UUID.randomUUID(), home.code(), release.id(), entry.id(), clock.instant(),
				deadline);
		String offerNo = "YLO-%s-%06d".formatted(home.code(), key.id);
		rows.numberOffer(key.id, offerNo);
		session.append(CareQueueEventType.OFFERED, entry.applicationNo(), release.releaseNo(), offerNo,
				lastDay.toString(), SYSTEM);
		rows.setOfferProcess(key.id,
				workflow.start(ElderlyCareHomeOfferProcess.PROCESS_KEY, offerNo,
						Map.of(ElderlyCareHomeOfferProcess.VAR_OFFER_ID, key.id,
								ElderlyCareHomeOfferProcess.VAR_HOME_CODE, home.code(),
								ElderlyCareHomeOfferProcess.VAR_ANSWER_DEADLINE, Date.from(deadline))));
		log.info("[{}] bed {} offered to {} until {}", offerNo, release.releaseNo(), entry.applicationNo(), lastDay);
	}

	private String releaseNo(CareQueueRows.Offer offer) {
		return rows.release(offer.releaseId()).releaseNo();
	}

	private static ApiException notLive() {
		return ApiException.conflict("CARE_OFFER_NOT_OPEN", "该床位通知已答复或已过期");
	}

	/**
	 * A compare-and-set that must succeed under the queue's lock; anything else is a bug.
	 */
	private static void require(int updated) {
		if (updated != 1) {
			throw new IllegalStateException("care home queue row not in the expected state");
		}
	}

}
