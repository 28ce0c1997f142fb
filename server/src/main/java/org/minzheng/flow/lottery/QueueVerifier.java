package org.minzheng.flow.lottery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes an area's queue from its event log alone and compares it with the stored
 * queue: every event must link to the one before and hash to its stored hash, every event
 * must be allowed by the rules ({@link QueueState}) — in particular every offer must go
 * to exactly whom the rules say, and no operation may begin while an opening could have
 * been offered — and the replayed waiting order, passes, statuses and live offers must
 * equal the tables. Reads in one repeatable snapshot so that concurrent appends cannot
 * make it see half an operation.
 */
@Service
public class QueueVerifier {

	static final int PAGE_SIZE = 500;

	/** Events that begin an operation: before them the queue must be fully dispatched. */
	private static final Set<QueueEventType> FOLLOW_UPS = Set.of(QueueEventType.OFFERED, QueueEventType.REMOVED);

	private final QueueMapper queue;

	QueueVerifier(QueueMapper queue) {
		this.queue = queue;
	}

	/**
	 * Replays the area's log and compares the result with the stored queue.
	 * @throws ApiException 404 for an unknown area
	 */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public QueueVerification verify(String areaCode) {
		LotteryArea area = queue.area(areaCode);
		if (area == null) {
			throw ApiException.notFound("AREA_NOT_FOUND", "片区不存在");
		}
		QueueState state = new QueueState();
		long seq = 0;
		String hash = QueueEventHash.GENESIS;
		List<QueueEvent> page;
		do {
			page = queue.events(areaCode, seq, PAGE_SIZE);
			for (QueueEvent event : page) {
				long checked = seq + 1;
				if (event.seq() != checked) {
					return QueueVerification.broken(areaCode, checked, checked, "SEQUENCE_GAP",
							"第 " + checked + " 号事件缺失", hash);
				}
				if (!hash.equals(event.prevHash())) {
					return QueueVerification.broken(areaCode, checked, checked, "CHAIN_BROKEN",
							"第 " + checked + " 号事件与前一事件的哈希不衔接", hash);
				}
				if (!QueueEventHash.of(event, event.prevHash()).equals(event.hash())) {
					return QueueVerification.broken(areaCode, checked, checked, "HASH_MISMATCH",
							"第 " + checked + " 号事件的内容与其哈希不符（被改动过）", hash);
				}
				try {
					if (!FOLLOW_UPS.contains(event.eventType()) && state.nextOffer().isPresent()) {
						throw new QueueState.Violation("名额 " + state.nextOffer().get().openingNo() + " 应先通知 "
								+ state.nextOffer().get().applicationNo() + "，却未通知（有人被跳过）");
					}
					state.apply(event);
				}
				catch (QueueState.Violation violation) {
					return QueueVerification.broken(areaCode, checked, checked, "RULE_VIOLATED",
							"第 " + checked + " 号事件违反轮候规则：" + violation.getMessage(), hash);
				}
				seq = event.seq();
				hash = event.hash();
			}
		}
		while (page.size() == PAGE_SIZE);
		if (area.chainSeq() != seq || !area.chainHash().equals(hash)) {
			return QueueVerification.broken(areaCode, seq, area.chainSeq(), "HEAD_MISMATCH",
					"片区记录的链头（第 " + area.chainSeq() + " 号）与事件日志的末尾不符", hash);
		}
		String mismatch = compare(state, areaCode);
		if (mismatch != null) {
			return QueueVerification.broken(areaCode, seq, null, "STATE_MISMATCH", mismatch, hash);
		}
		List<String> order = state.waitingEntries().stream().map(e -> e.applicationNo).toList();
		return new QueueVerification(areaCode, true, seq, null, null, "事件日志完整，按规则重算的队列与当前队列一致", hash, order);
	}

	/** What differs between the replayed state and the tables, or null. */
	private String compare(QueueState state, String areaCode) {
		if (state.removalPending() || state.nextOffer().isPresent()) {
			return "事件日志停在一项未完成的操作中间";
		}
		List<String> replayed = state.waitingEntries().stream().map(e -> e.applicationNo).toList();
		List<String> stored = queue.waiting(areaCode).stream().map(QueueRows.Entry::applicationNo).toList();
		if (!replayed.equals(stored)) {
			return "重算的轮候顺序与当前队列不一致";
		}
		List<QueueRows.Entry> entries = queue.entries(areaCode);
		if (entries.size() != state.entries().size()) {
			return "队列中的申请人数与事件日志不一致";
		}
		for (QueueRows.Entry entry : entries) {
			QueueState.EntryState replayedEntry = state.entries().get(entry.applicationNo());
			if (replayedEntry == null || !replayedEntry.status.equals(entry.status())
					|| replayedEntry.passes != entry.passes() || !replayedEntry.eligibleAt.equals(entry.eligibleAt())
					|| !Objects.equals(replayedEntry.leftReason, entry.leftReason())) {
				return "申请 " + entry.applicationNo() + " 的状态与事件日志不一致";
			}
		}
		Map<String, String> live = new HashMap<>();
		Map<Long, String> openingNos = new HashMap<>();
		queue.openings(areaCode).forEach(o -> openingNos.put(o.id(), o.openingNo()));
		Map<Long, String> applicationNos = new HashMap<>();
		entries.forEach(e -> applicationNos.put(e.id(), e.applicationNo()));
		queue.offers(areaCode)
			.stream()
			.filter(o -> o.liveOpeningId() != null)
			.forEach(o -> live.put(openingNos.get(o.openingId()), applicationNos.get(o.entryId())));
		return live.equals(state.liveOffers()) ? null : "持有名额通知的申请人与事件日志不一致";
	}

}
