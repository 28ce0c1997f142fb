package org.minzheng.flow.lottery;

import java.time.Clock;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainLedger;
import org.minzheng.flow.shared.queue.ChainSession;
import org.springframework.stereotype.Component;

/**
 * An area's hash-chained queue log ({@link ChainLedger} over {@code lottery_queue_event},
 * head on {@code lottery_area}, hashed as {@link QueueEventHash#VERSION}).
 * {@link #open(String)} locks the area's chain head for the rest of the transaction, so
 * every queue operation of one area runs alone and its events form one unbroken chain;
 * areas do not wait for each other.
 */
@Component
class QueueLedger extends ChainLedger<QueueEvent, LotteryArea, QueueLedger.Session> {

	QueueLedger(QueueMapper queue, Clock clock) {
		super(new Tables<>(QueueEventHash.VERSION, QueueEvent::unsaved, queue, queue::area, queue::lockArea), clock,
				() -> ApiException.notFound("AREA_NOT_FOUND", "片区不存在"), Session::new);
	}

	/** An area's queue, locked by this transaction. */
	static final class Session extends ChainLedger.Locked<QueueEvent, LotteryArea, QueueEventType> {

		private Session(LotteryArea area, ChainSession<QueueEvent> chain) {
			super(area, chain);
		}

		LotteryArea area() {
			return queue();
		}

	}

}
