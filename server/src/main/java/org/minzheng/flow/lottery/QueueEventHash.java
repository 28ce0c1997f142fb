package org.minzheng.flow.lottery;

import org.minzheng.flow.shared.queue.ChainHash;

/**
 * The hash of an area's queue event: {@link ChainHash}'s canonical form with the version
 * tag {@value #VERSION}, the area code as the queue, the application number as the
 * subject and the opening number as the slot, so that anyone can recompute it from the
 * {@code lottery_queue_event} rows alone.
 */
public final class QueueEventHash {

	public static final String VERSION = "mzf-lottery-queue-v1";

	public static final String GENESIS = ChainHash.GENESIS;

	private QueueEventHash() {
	}

	public static String of(QueueEvent event, String prevHash) {
		return ChainHash.of(VERSION, event, prevHash);
	}

}
