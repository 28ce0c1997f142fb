package org.minzheng.flow.lottery;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The queue rules as a pure model, rebuilt from an area's event log alone: who waits in
 * which order, which openings are available, who holds which offer. Applying an event
 * that the rules do not allow throws {@link Violation}; {@link #nextOffer()} says to whom
 * the rules give the next offer, so a replay can check every recorded offer.
 * <p>
 * Rules: the order is (eligibility time, application number), and a newcomer always joins
 * behind everyone already in the queue; an available opening (in release order) is
 * offered to the first waiting applicant who holds no offer and was never offered that
 * opening; a decline or an expiry counts as a pass, and reaching the area's limit of
 * passes removes the applicant at once; a failed inspection removes the applicant and
 * makes the opening available again; an accepted offer holds the opening until the outlet
 * opens.
 */
final class QueueState {

	static final Comparator<EntryState> ORDER = Comparator.comparing((EntryState e) -> e.eligibleAt)
		.thenComparing(e -> e.applicationNo);

	private final Map<String, EntryState> entries = new HashMap<>();

	private final Map<String, OpeningState> openings = new LinkedHashMap<>();

	private final Map<String, OfferState> offers = new HashMap<>();

	private final Set<String> offeredBefore = new HashSet<>();

	private int maxDeclines = Integer.MAX_VALUE;

	/** An applicant who must be removed by the very next event, and why. */
	private EntryState removalDue;

	private String removalReason;

	/** Applies one event, or throws if the rules do not allow it now. */
	void apply(QueueEvent event) {
		if (removalDue != null && !(event.eventType() == QueueEventType.REMOVED
				&& removalDue.applicationNo.equals(event.applicationNo()) && removalReason.equals(event.detail()))) {
			throw new Violation("申请人 " + removalDue.applicationNo + " 应按规则（" + removalReason + "）退出轮候，但下一事件不是该退出");
		}
		switch (event.eventType()) {
			case RULES_SET -> maxDeclines = Integer.parseInt(event.detail().substring("maxDeclines=".length()));
			case ENTERED -> enter(event);
			case OPENING_RELEASED -> {
				require(!openings.containsKey(event.openingNo()), "名额重复发布");
				openings.put(event.openingNo(), new OpeningState(event.openingNo()));
			}
			case OFFERED -> offer(event);
			case ACCEPTED -> {
				OfferState offer = liveOffer(event, "OFFERED");
				offer.status = "ACCEPTED";
				offer.entry.status = "ACCEPTED";
				offer.opening.status = "TAKEN";
			}
			case DECLINED, EXPIRED -> {
				OfferState offer = liveOffer(event, "OFFERED");
				offer.status = event.eventType().name();
				end(offer);
				offer.entry.passes++;
				if (offer.entry.passes >= maxDeclines) {
					due(offer.entry, QueueEventType.LeaveReason.DECLINE_LIMIT);
				}
			}
			case INSPECTION_FAILED -> {
				OfferState offer = liveOffer(event, "ACCEPTED");
				offer.status = "INSPECTION_FAILED";
				end(offer);
				offer.opening.status = "OPEN";
				due(offer.entry, QueueEventType.LeaveReason.FAILED_INSPECTION);
			}
			case OUTLET_OPENED -> {
				OfferState offer = liveOffer(event, "ACCEPTED");
				offer.status = "OPENED";
				end(offer);
				offer.opening.status = "FILLED";
				offer.entry.status = "SETTLED";
			}
			case REMOVED -> remove(event);
		}
	}

	/**
	 * The offer the rules make next, if an opening is available and someone can take it.
	 */
	Optional<NextOffer> nextOffer() {
		List<EntryState> waiting = waitingEntries();
		for (OpeningState opening : openings.values()) {
			if (!"OPEN".equals(opening.status) || opening.liveOffer != null) {
				continue;
			}
			for (EntryState entry : waiting) {
				if (entry.liveOffer == null && !offeredBefore.contains(opening.openingNo + "|" + entry.applicationNo)) {
					return Optional.of(new NextOffer(opening.openingNo, entry.applicationNo));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether an event must still follow (a removal the rules require). */
	boolean removalPending() {
		return removalDue != null;
	}

	/** Applicants waiting, in queue order. */
	List<EntryState> waitingEntries() {
		return entries.values().stream().filter(e -> "WAITING".equals(e.status)).sorted(ORDER).toList();
	}

	Map<String, EntryState> entries() {
		return entries;
	}

	/**
	 * Live offers (offered or accepted) by opening number: the applicant holding each.
	 */
	Map<String, String> liveOffers() {
		Map<String, String> live = new HashMap<>();
		openings.values()
			.stream()
			.filter(o -> o.liveOffer != null)
			.forEach(o -> live.put(o.openingNo, o.liveOffer.entry.applicationNo));
		return live;
	}

	private void enter(QueueEvent event) {
		require(!entries.containsKey(event.applicationNo()), "申请人重复入队");
		EntryState entry = new EntryState(event.applicationNo(), LocalDateTime.parse(event.detail()));
		boolean behindEveryone = entries.values().stream().allMatch(e -> ORDER.compare(e, entry) < 0);
		require(behindEveryone, "新入队者排到了已在队列者之前");
		entries.put(entry.applicationNo, entry);
	}

	private void offer(QueueEvent event) {
		NextOffer expected = nextOffer().orElse(null);
		NextOffer recorded = new NextOffer(event.openingNo(), event.applicationNo());
		require(recorded.equals(expected),
				"按规则应" + (expected == null ? "不发出通知"
						: "向 " + expected.applicationNo() + " 发出名额 " + expected.openingNo() + " 的通知") + "，记录却是向 "
						+ event.applicationNo() + " 发出名额 " + event.openingNo());
		require(!offers.containsKey(event.offerNo()), "通知编号重复");
		OfferState offer = new OfferState(openings.get(event.openingNo()), entries.get(event.applicationNo()));
		offers.put(event.offerNo(), offer);
		offer.opening.liveOffer = offer;
		offer.entry.liveOffer = offer;
		offeredBefore.add(event.openingNo() + "|" + event.applicationNo());
	}

	private void remove(QueueEvent event) {
		EntryState entry = entries.get(event.applicationNo());
		require(entry != null, "退出的申请人不在队列中");
		if (removalDue == entry) {
			removalDue = null;
		}
		else {
			require(QueueEventType.LeaveReason.WITHDRAWN.name().equals(event.detail()) && "WAITING".equals(entry.status)
					&& entry.liveOffer == null, "申请人 " + entry.applicationNo + " 被移出队列，但没有规则依据");
		}
		entry.status = "REMOVED";
		entry.leftReason = event.detail();
	}

	private OfferState liveOffer(QueueEvent event, String status) {
		OfferState offer = offers.get(event.offerNo());
		require(offer != null && status.equals(offer.status), "通知 " + event.offerNo() + " 不处于 " + status + " 状态");
		require(offer.entry.applicationNo.equals(event.applicationNo()), "通知与申请人不符");
		return offer;
	}

	private void end(OfferState offer) {
		offer.opening.liveOffer = null;
		offer.entry.liveOffer = null;
	}

	private void due(EntryState entry, QueueEventType.LeaveReason reason) {
		removalDue = entry;
		removalReason = reason.name();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new Violation(message);
		}
	}

	/** An offer the rules make: this opening to this applicant. */
	record NextOffer(String openingNo, String applicationNo) {
	}

	/** An event the rules do not allow at that point of the log. */
	static final class Violation extends RuntimeException {

		Violation(String message) {
			super(message);
		}

	}

	static final class EntryState {

		final String applicationNo;

		final LocalDateTime eligibleAt;

		String status = "WAITING";

		int passes;

		String leftReason;

		OfferState liveOffer;

		EntryState(String applicationNo, LocalDateTime eligibleAt) {
			this.applicationNo = applicationNo;
			this.eligibleAt = eligibleAt;
		}

	}

	private static final class OpeningState {

		final String openingNo;

		String status = "OPEN";

		OfferState liveOffer;

		OpeningState(String openingNo) {
			this.openingNo = openingNo;
		}

	}

	private static final class OfferState {

		final OpeningState opening;

		final EntryState entry;

		String status = "OFFERED";

		OfferState(OpeningState opening, EntryState entry) {
			this.opening = opening;
			this.entry = entry;
		}

	}

}
