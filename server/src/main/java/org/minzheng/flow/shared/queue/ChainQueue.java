package org.minzheng.flow.shared.queue;

/**
 * A queue's row as a feature stores it (an area, a care home): its code and the head of
 * its chain, which {@link ChainLedger} locks and moves.
 */
public interface ChainQueue {

	/** The queue's code (the chain's {@link ChainEvent#queueCode()}). */
	String code();

	/** Position of the last event (0 before the first). */
	long chainSeq();

	/** Hash of the last event ({@link ChainHash#GENESIS} before the first). */
	String chainHash();

	/** The head as stored. */
	default ChainHead head() {
		return new ChainHead(chainSeq(), chainHash());
	}

}
