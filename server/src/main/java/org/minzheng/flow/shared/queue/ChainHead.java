package org.minzheng.flow.shared.queue;

/**
 * The head of a queue's chain as its queue row stores it.
 *
 * @param seq position of the last event (0 before the first)
 * @param hash hash of the last event ({@link ChainHash#GENESIS} before the first)
 */
public record ChainHead(long seq, String hash) {
}
