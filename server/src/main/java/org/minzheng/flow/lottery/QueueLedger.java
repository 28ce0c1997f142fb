package org.minzheng.flow.lottery;

import java.time.Clock;

import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to an area's hash-chained queue log. {@link #open(String)} locks the
 * area's chain head for the rest of the transaction, so every queue operation of one area
 * runs alone and its events form one unbroken chain; areas do not wait for each other.
 */
@Component
class QueueLedger {

	private final QueueMapper queue;

	private final Clock clock;

	QueueLedger(QueueMapper queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	/**
	 * Locks the area's queue until the transaction ends.
	 * @throws ApiException 404 for an unknown area
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Session open(String areaCode) {
		LotteryArea area = queue.lockArea(areaCode);
		if (area == null) {
			throw ApiException.notFound("AREA_NOT_FOUND", "片区不存在");
		}
		return new Session(area);
	}

	/** An area's queue, locked by this transaction. */
	final class Session {

		private final LotteryArea area;

		private long seq;

		private String hash;

		private Session(LotteryArea area) {
			this.area = area;
			this.seq = area.chainSeq();
			this.hash = area.chainHash();
		}

		LotteryArea area() {
			return area;
		}

		/** Appends one event after the current head and moves the head to it. */
		QueueEvent append(QueueEventType type, String applicationNo, String openingNo, String offerNo, String detail,
				String actor) {
			QueueEvent event = new QueueEvent(0, area.code(), 0, QueueEventHash.stored(clock.instant()), type,
					applicationNo, openingNo, offerNo, detail, actor, null, null)
				.chained(seq + 1, hash);
			queue.insertEvent(event, QueueEventHash.STORED.format(event.occurredAt()));
			if (queue.moveHead(area.code(), event.seq(), event.hash()) != 1) {
				throw new IllegalStateException("queue chain head of " + area.code() + " moved while locked");
			}
			seq = event.seq();
			hash = event.hash();
			return event;
		}

	}

}
