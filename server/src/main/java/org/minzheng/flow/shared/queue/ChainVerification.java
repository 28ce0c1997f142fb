package org.minzheng.flow.shared.queue;

import java.util.List;

/**
 * The outcome of replaying a queue's log.
 *
 * @param queueCode the queue
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
public record ChainVerification(String queueCode, boolean intact, long eventsChecked, Long brokenAtSeq, String problem,
		String detail, String headHash, List<String> recomputedOrder) {

	static ChainVerification broken(String queueCode, long checked, Long seq, String problem, String detail,
			String headHash) {
		return new ChainVerification(queueCode, false, checked, seq, problem, detail, headHash, List.of());
	}

	/** The same verdict with the recomputed order masked, for the public. */
	public ChainVerification masked() {
		return new ChainVerification(queueCode, intact, eventsChecked, brokenAtSeq, problem, detail, headHash,
				recomputedOrder.stream().map(QueueNumbers::mask).toList());
	}

}
