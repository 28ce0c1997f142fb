package org.minzheng.flow.shared.queue;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a queue kind keeps its chain: the feature's event table and the head on its queue
 * row. The feature locks the queue row ({@code SELECT ... FOR UPDATE}) before it opens a
 * {@link ChainSession}.
 *
 * @param <E> the feature's event row
 */
public interface ChainStore<E extends ChainEvent> {

	/** The version tag of the queue kind's canonical form ({@link ChainHash}). */
	String version();

	/** A new event row (not yet stored). */
	E event(String queueCode, long seq, LocalDateTime occurredAt, String type, String subjectNo, String slotNo,
			String offerNo, String detail, String actor, String prevHash, String hash);

	/**
	 * Stores an event; its time goes as text with milliseconds ({@link ChainHash#STORED})
	 * so the stored row hashes as it was hashed.
	 */
	void insert(E event, String occurredAt);

	/**
	 * Moves the queue's head from {@code seq - 1} to {@code seq}; the number of rows
	 * changed.
	 */
	int moveHead(String queueCode, long seq, String hash);

	/** Events after {@code afterSeq}, in chain order. */
	List<E> events(String queueCode, long afterSeq, int limit);

}
