package org.minzheng.flow.lottery;

import java.time.Instant;

import org.minzheng.flow.shared.queue.ChainQueue;

/**
 * An area (片区) with its planned outlets and its queue's rules, and the head of its
 * queue's event chain.
 */
public record LotteryArea(String code, String name, String districtCode, int plannedOutlets, int minDistanceM,
		int answerWorkingDays, int maxDeclines, long chainSeq, String chainHash,
		Instant createdAt) implements ChainQueue {
}
