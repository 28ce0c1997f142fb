package org.minzheng.flow.shared.queue;

import java.time.LocalDateTime;

/**
 * One row of a queue's hash-chained event log, in the terms every queue shares: the
 * subject is who waits (an application), the slot what is offered (an opening, a bed).
 */
public interface ChainEvent {

	/** The queue whose chain it is (an area, a care home). */
	String queueCode();

	/** Position in the queue's chain, from 1. */
	long seq();

	/** When (China Standard Time, milliseconds). */
	LocalDateTime occurredAt();

	/** What happened (the name of the feature's event type). */
	String type();

	/** The applicant concerned, if any. */
	String subjectNo();

	/** The slot concerned, if any. */
	String slotNo();

	/** The offer concerned, if any. */
	String offerNo();

	/** The event's datum (ordering key, deadline, rule, reason). */
	String detail();

	/** Who caused it (a username, or {@code system}). */
	String actor();

	/** Hash of the event before ({@link ChainHash#GENESIS} for seq 1). */
	String prevHash();

	/** Hash of this event ({@link ChainHash#of}). */
	String hash();

}
