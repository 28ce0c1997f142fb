package org.minzheng.flow.carehome;

import java.time.Instant;

import org.minzheng.flow.shared.queue.ChainQueue;

/**
 * A public care home (公办养老机构) with its beds and its queue's rules, and the head of its
 * queue's event chain.
 *
 * @param minCareLevel the lowest assessed care level admitted (0 能力完好 … 4 完全失能)
 * @param answerDays working days an elder has to answer an offer
 * @param maxDeclines passes (declines, expiries) after which the elder leaves the queue
 * @param source where the home's figures come from
 */
public record CareHome(String code, String name, String nameEn, String districtCode, String address, int beds,
		int minCareLevel, int answerDays, int maxDeclines, String source, long chainSeq, String chainHash,
		Instant createdAt) implements ChainQueue {
}
