package org.minzheng.flow.shared.queue;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Recomputes a queue from its event log alone and compares it with the stored queue:
 * every event must link to the one before and hash to its stored hash, every event must
 * be allowed by the rules ({@link WaitlistReplay}) — in particular every offer must go to
 * exactly whom the rules say, and no operation may begin while a slot could have been
 * offered — and the queue kind's comparison of the replayed state with its tables must
 * find nothing. The caller reads in one repeatable snapshot so that concurrent appends
 * cannot make it see half an operation.
 */
public final class ChainVerifier {

	public static final int PAGE_SIZE = 500;

	/** Steps that follow an operation: before any other the queue must be dispatched. */
	private static final Set<WaitlistReplay.Step> FOLLOW_UPS = Set.of(WaitlistReplay.Step.OFFERED,
			WaitlistReplay.Step.REMOVED);

	private ChainVerifier() {
	}

	/**
	 * A queue row as a feature stores it, for {@link #differences}.
	 *
	 * @param sortKey the ordering key as the ENTERED event's detail writes it
	 */
	public record StoredEntry(String subjectNo, String status, int passes, String sortKey, String leftReason) {
	}

	/**
	 * What differs between the replayed state and the stored queue, or null.
	 * @param waitingOrder the stored waiting applicants in the stored order
	 * @param entries every stored entry of the queue
	 * @param liveOffers the stored live offers: slot number → applicant number
	 */
	public static String differences(WaitlistReplay state, List<String> waitingOrder, List<StoredEntry> entries,
			java.util.Map<String, String> liveOffers) {
		List<String> replayed = state.waiting().stream().map(WaitlistReplay.Entry::subjectNo).toList();
		if (!replayed.equals(waitingOrder)) {
			return "重算的轮候顺序与当前队列不一致";
		}
		if (entries.size() != state.entries().size()) {
			return "队列中的申请人数与事件日志不一致";
		}
		for (StoredEntry entry : entries) {
			WaitlistReplay.Entry replayedEntry = state.entries().get(entry.subjectNo());
			if (replayedEntry == null || !replayedEntry.status().equals(entry.status())
					|| replayedEntry.passes() != entry.passes() || !replayedEntry.sortKey().equals(entry.sortKey())
					|| !java.util.Objects.equals(replayedEntry.leftReason(), entry.leftReason())) {
				return "申请 " + entry.subjectNo() + " 的状态与事件日志不一致";
			}
		}
		return liveOffers.equals(state.liveOffers()) ? null : "持有名额通知的申请人与事件日志不一致";
	}

	/**
	 * What differs between the replayed state and a feature's stored tables, or null.
	 * @param sortKey an entry's ordering key as the ENTERED event's detail writes it
	 */
	public static <N extends WaitlistRows.Entry> String differences(WaitlistReplay state,
			WaitlistRows.Stored<N, ?, ?> stored, Function<N, String> sortKey) {
		return differences(state, stored.waitingOrder(), stored.entries()
			.stream()
			.map(e -> new StoredEntry(e.applicationNo(), e.status(), e.passes(), sortKey.apply(e), e.leftReason()))
			.toList(), stored.liveOffers());
	}

	/**
	 * Replays the queue's log.
	 * @param head the head stored on the queue's row
	 * @param rules the queue kind's rules
	 * @param compare what differs between the replayed state and the tables, or null
	 */
	public static ChainVerification verify(ChainStore<? extends ChainEvent> store, String queueCode, ChainHead head,
			WaitlistReplay.Rules rules, Function<WaitlistReplay, String> compare) {
		WaitlistReplay state = new WaitlistReplay(rules);
		long seq = 0;
		String hash = ChainHash.GENESIS;
		List<? extends ChainEvent> page;
		do {
			page = store.events(queueCode, seq, PAGE_SIZE);
			for (ChainEvent event : page) {
				long checked = seq + 1;
				if (event.seq() != checked) {
					return ChainVerification.broken(queueCode, checked, checked, "SEQUENCE_GAP",
							"第 " + checked + " 号事件缺失", hash);
				}
				if (!hash.equals(event.prevHash())) {
					return ChainVerification.broken(queueCode, checked, checked, "CHAIN_BROKEN",
							"第 " + checked + " 号事件与前一事件的哈希不衔接", hash);
				}
				if (!ChainHash.of(store.version(), event, event.prevHash()).equals(event.hash())) {
					return ChainVerification.broken(queueCode, checked, checked, "HASH_MISMATCH",
							"第 " + checked + " 号事件的内容与其哈希不符（被改动过）", hash);
				}
				try {
					WaitlistReplay.Step step = rules.step(event.type());
					if (!FOLLOW_UPS.contains(step) && state.nextOffer().isPresent()) {
						WaitlistReplay.NextOffer due = state.nextOffer().get();
						throw new WaitlistReplay.Violation(
								"名额 " + due.slotNo() + " 应先通知 " + due.subjectNo() + "，却未通知（有人被跳过）");
					}
					state.apply(event);
				}
				catch (WaitlistReplay.Violation violation) {
					return ChainVerification.broken(queueCode, checked, checked, "RULE_VIOLATED",
							"第 " + checked + " 号事件违反轮候规则：" + violation.getMessage(), hash);
				}
				seq = event.seq();
				hash = event.hash();
			}
		}
		while (page.size() == PAGE_SIZE);
		if (head.seq() != seq || !head.hash().equals(hash)) {
			return ChainVerification.broken(queueCode, seq, head.seq(), "HEAD_MISMATCH",
					"队列记录的链头（第 " + head.seq() + " 号）与事件日志的末尾不符", hash);
		}
		if (state.removalPending() || state.nextOffer().isPresent()) {
			return ChainVerification.broken(queueCode, seq, null, "STATE_MISMATCH", "事件日志停在一项未完成的操作中间", hash);
		}
		String mismatch = compare.apply(state);
		if (mismatch != null) {
			return ChainVerification.broken(queueCode, seq, null, "STATE_MISMATCH", mismatch, hash);
		}
		List<String> order = state.waiting().stream().map(WaitlistReplay.Entry::subjectNo).toList();
		return new ChainVerification(queueCode, true, seq, null, null, "事件日志完整，按规则重算的队列与当前队列一致", hash, order);
	}

}
