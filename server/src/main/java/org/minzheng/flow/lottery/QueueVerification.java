package org.minzheng.flow.lottery;

import java.util.List;

import org.minzheng.flow.shared.queue.ChainVerification;

/**
 * The outcome of replaying an area's queue log ({@link ChainVerification} with the area
 * named as such).
 *
 * @param areaCode the area
 * @param intact whether the chain is unbroken, every event follows the rules and the
 * recomputed queue equals the stored one
 * @param eventsChecked events replayed (up to and including the first broken one)
 * @param brokenAtSeq the chain position of the first event that fails, if any
 * @param problem what is wrong: {@code SEQUENCE_GAP}, {@code CHAIN_BROKEN},
 * {@code HASH_MISMATCH}, {@code RULE_VIOLATED}, {@code HEAD_MISMATCH},
 * {@code STATE_MISMATCH}
 * @param detail a sentence for people
 * @param headHash the hash of the last event checked
 * @param recomputedOrder the waiting applicants in the order the replay computed
 * (application numbers; masked in public views)
 */
public record QueueVerification(String areaCode, boolean intact, long eventsChecked, Long brokenAtSeq, String problem,
		String detail, String headHash, List<String> recomputedOrder) {

	static QueueVerification of(ChainVerification v) {
		return new QueueVerification(v.queueCode(), v.intact(), v.eventsChecked(), v.brokenAtSeq(), v.problem(),
				v.detail(), v.headHash(), v.recomputedOrder());
	}

}
