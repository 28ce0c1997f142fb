package org.minzheng.flow.shared.queue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The waitlist rules as a pure model, rebuilt from a queue's event log alone: who waits
 * in which order, which slots are available, who holds which offer. Applying an event
 * that the rules do not allow throws {@link Violation}; {@link #nextOffer()} says to whom
 * the rules give the next offer, so a replay can check every recorded offer.
 * <p>
 * Rules: the order is (ordering key, applicant number), the key being the
 * {@link Step#ENTERED} event's detail (fixed-width text that sorts as the queue kind
 * orders: an eligibility time, or a priority tier, a birth date and an application time);
 * where {@link Rules#newcomersJoinBehind()}, a newcomer must sort behind everyone already
 * in the queue. An available slot (in release order) is offered to the first waiting
 * applicant who holds no offer and was never offered that slot; a decline or an expiry
 * counts as a pass, and reaching the queue's limit of passes ({@link Step#RULES} detail
 * {@code maxDeclines=N}) removes the applicant at once; an accepted offer that falls
 * through ({@link Step#REOPENED}) removes the applicant with the kind's rule and makes
 * the slot available again; an accepted offer holds the slot until it is filled.
 */
public final class WaitlistReplay {

	/** Removal rule: as many passes as the queue allows. */
	public static final String DECLINE_LIMIT = "DECLINE_LIMIT";

	/** Removal rule: the applicant withdrew while waiting without an offer. */
	public static final String WITHDRAWN = "WITHDRAWN";

	/** What an event does to the queue, whatever the queue kind names it. */
	public enum Step {

		RULES, ENTERED, RELEASED, OFFERED, ACCEPTED, DECLINED, EXPIRED, REOPENED, FILLED, REMOVED

	}

	/**
	 * A queue kind's rules.
	 *
	 * @param steps the kind's event type names and what each does
	 * @param newcomersJoinBehind whether a new entry must sort behind everyone before
	 * (first come, first served) or may go ahead (priority tiers)
	 * @param reopenedRule the removal rule recorded after a {@link Step#REOPENED}
	 */
	public record Rules(Map<String, Step> steps, boolean newcomersJoinBehind, String reopenedRule) {

		/** The step of an event type name, or null if the kind has no such event. */
		public Step step(String type) {
			return steps.get(type);
		}

	}

	static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.sortKey).thenComparing(e -> e.subjectNo);

	private final Rules rules;

	private final Map<String, Entry> entries = new HashMap<>();

	private final Map<String, Slot> slots = new LinkedHashMap<>();

	private final Map<String, Offer> offers = new HashMap<>();

	private final Set<String> offeredBefore = new HashSet<>();

	private int maxDeclines = Integer.MAX_VALUE;

	/** An applicant who must be removed by the very next event, and why. */
	private Entry removalDue;

	private String removalReason;

	public WaitlistReplay(Rules rules) {
		this.rules = rules;
	}

	public Rules rules() {
		return rules;
	}

	/** Applies one event, or throws if the rules do not allow it now. */
	public void apply(ChainEvent event) {
		Step step = rules.step(event.type());
		require(step != null, "未知事件类型 " + event.type());
		if (removalDue != null && !(step == Step.REMOVED && removalDue.subjectNo.equals(event.subjectNo())
				&& removalReason.equals(event.detail()))) {
			throw new Violation("申请人 " + removalDue.subjectNo + " 应按规则（" + removalReason + "）退出轮候，但下一事件不是该退出");
		}
		switch (step) {
			case RULES -> maxDeclines = Integer.parseInt(event.detail().substring("maxDeclines=".length()));
			case ENTERED -> enter(event);
			case RELEASED -> {
				require(!slots.containsKey(event.slotNo()), "名额重复发布");
				slots.put(event.slotNo(), new Slot(event.slotNo()));
			}
			case OFFERED -> offer(event);
			case ACCEPTED -> {
				Offer offer = liveOffer(event, "OFFERED");
				offer.status = "ACCEPTED";
				offer.entry.status = "ACCEPTED";
				offer.slot.status = "TAKEN";
			}
			case DECLINED, EXPIRED -> {
				Offer offer = liveOffer(event, "OFFERED");
				offer.status = step.name();
				end(offer);
				offer.entry.passes++;
				if (offer.entry.passes >= maxDeclines) {
					due(offer.entry, DECLINE_LIMIT);
				}
			}
			case REOPENED -> {
				Offer offer = liveOffer(event, "ACCEPTED");
				offer.status = step.name();
				end(offer);
				offer.slot.status = "OPEN";
				due(offer.entry, rules.reopenedRule());
			}
			case FILLED -> {
				Offer offer = liveOffer(event, "ACCEPTED");
				offer.status = step.name();
				end(offer);
				offer.slot.status = "FILLED";
				offer.entry.status = "SETTLED";
			}
			case REMOVED -> remove(event);
		}
	}

	/**
	 * The offer the rules make next, if a slot is available and someone can take it.
	 */
	public Optional<NextOffer> nextOffer() {
		List<Entry> waiting = waiting();
		for (Slot slot : slots.values()) {
			if (!"OPEN".equals(slot.status) || slot.liveOffer != null) {
				continue;
			}
			for (Entry entry : waiting) {
				if (entry.liveOffer == null && !offeredBefore.contains(slot.slotNo + "|" + entry.subjectNo)) {
					return Optional.of(new NextOffer(slot.slotNo, entry.subjectNo));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether an event must still follow (a removal the rules require). */
	public boolean removalPending() {
		return removalDue != null;
	}

	/** Applicants waiting, in queue order. */
	public List<Entry> waiting() {
		return entries.values().stream().filter(e -> "WAITING".equals(e.status)).sorted(ORDER).toList();
	}

	/** Every applicant who ever entered, by number. */
	public Map<String, Entry> entries() {
		return entries;
	}

	/** Live offers (offered or accepted) by slot number: the applicant holding each. */
	public Map<String, String> liveOffers() {
		Map<String, String> live = new HashMap<>();
		slots.values()
			.stream()
			.filter(s -> s.liveOffer != null)
			.forEach(s -> live.put(s.slotNo, s.liveOffer.entry.subjectNo));
		return live;
	}

	private void enter(ChainEvent event) {
		require(!entries.containsKey(event.subjectNo()), "申请人重复入队");
		require(event.detail() != null, "入队事件缺少排序依据");
		Entry entry = new Entry(event.subjectNo(), event.detail());
		if (rules.newcomersJoinBehind()) {
			boolean behindEveryone = entries.values().stream().allMatch(e -> ORDER.compare(e, entry) < 0);
			require(behindEveryone, "新入队者排到了已在队列者之前");
		}
		entries.put(entry.subjectNo, entry);
	}

	private void offer(ChainEvent event) {
		NextOffer expected = nextOffer().orElse(null);
		NextOffer recorded = new NextOffer(event.slotNo(), event.subjectNo());
		require(recorded.equals(expected), "按规则应"
				+ (expected == null ? "不发出通知" : "向 " + expected.subjectNo() + " 发出名额 " + expected.slotNo() + " 的通知")
				+ "，记录却是向 " + event.subjectNo() + " 发出名额 " + event.slotNo());
		require(!offers.containsKey(event.offerNo()), "通知编号重复");
		Offer offer = new Offer(slots.get(event.slotNo()), entries.get(event.subjectNo()));
		offers.put(event.offerNo(), offer);
		offer.slot.liveOffer = offer;
		offer.entry.liveOffer = offer;
		offeredBefore.add(event.slotNo() + "|" + event.subjectNo());
	}

	private void remove(ChainEvent event) {
		Entry entry = entries.get(event.subjectNo());
		require(entry != null, "退出的申请人不在队列中");
		if (removalDue == entry) {
			removalDue = null;
		}
		else {
			require(WITHDRAWN.equals(event.detail()) && "WAITING".equals(entry.status) && entry.liveOffer == null,
					"申请人 " + entry.subjectNo + " 被移出队列，但没有规则依据");
		}
		entry.status = "REMOVED";
		entry.leftReason = event.detail();
	}

	private Offer liveOffer(ChainEvent event, String status) {
		Offer offer = offers.get(event.offerNo());
		require(offer != null && status.equals(offer.status), "通知 " + event.offerNo() + " 不处于 " + status + " 状态");
		require(offer.entry.subjectNo.equals(event.subjectNo()), "通知与申请人不符");
		return offer;
	}

	private static void end(Offer offer) {
		offer.slot.liveOffer = null;
		offer.entry.liveOffer = null;
	}

	private void due(Entry entry, String reason) {
		removalDue = entry;
		removalReason = reason;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new Violation(message);
		}
	}

	/** An offer the rules make: this slot to this applicant. */
	public record NextOffer(String slotNo, String subjectNo) {
	}

	/** An event the rules do not allow at that point of the log. */
	public static final class Violation extends RuntimeException {

		public Violation(String message) {
			super(message);
		}

	}

	/** An applicant as the replay sees them. */
	public static final class Entry {

		private final String subjectNo;

		private final String sortKey;

		private String status = "WAITING";

		private int passes;

		private String leftReason;

		private Offer liveOffer;

		Entry(String subjectNo, String sortKey) {
			this.subjectNo = subjectNo;
			this.sortKey = sortKey;
		}

		public String subjectNo() {
			return subjectNo;
		}

		public String sortKey() {
			return sortKey;
		}

		/** WAITING, ACCEPTED, SETTLED or REMOVED. */
		public String status() {
			return status;
		}

		public int passes() {
			return passes;
		}

		public String leftReason() {
			return leftReason;
		}

	}

	private static final class Slot {

		final String slotNo;

		String status = "OPEN";

		Offer liveOffer;

		Slot(String slotNo) {
			this.slotNo = slotNo;
		}

	}

	private static final class Offer {

		final Slot slot;

		final Entry entry;

		String status = "OFFERED";

		Offer(Slot slot, Entry entry) {
			this.slot = slot;
			this.entry = entry;
		}

	}

}
