package org.minzheng.flow.shared.queue;

import java.time.Clock;

/**
 * One queue's chain, appended to by the transaction that holds the queue row's lock:
 * every event links to the one before and moves the head to itself.
 *
 * @param <E> the feature's event row
 */
public final class ChainSession<E extends ChainEvent> {

	private final ChainStore<E> store;

	private final Clock clock;

	private final String queueCode;

	private long seq;

	private String hash;

	/**
	 * @param head the head as read under the queue row's lock
	 */
	public ChainSession(ChainStore<E> store, Clock clock, String queueCode, ChainHead head) {
		this.store = store;
		this.clock = clock;
		this.queueCode = queueCode;
		this.seq = head.seq();
		this.hash = head.hash();
	}

	public String queueCode() {
		return queueCode;
	}

	/** Appends one event after the current head and moves the head to it. */
	public E append(String type, String subjectNo, String slotNo, String offerNo, String detail, String actor) {
		E unhashed = store.event(queueCode, seq + 1, ChainHash.stored(clock.instant()), type, subjectNo, slotNo,
				offerNo, detail, actor, hash, null);
		E event = store.event(queueCode, seq + 1, unhashed.occurredAt(), type, subjectNo, slotNo, offerNo, detail,
				actor, hash, ChainHash.of(store.version(), unhashed, hash));
		store.insert(event, ChainHash.STORED.format(event.occurredAt()));
		if (store.moveHead(queueCode, event.seq(), event.hash()) != 1) {
			throw new IllegalStateException("queue chain head of " + queueCode + " moved while locked");
		}
		seq = event.seq();
		hash = event.hash();
		return event;
	}

}
