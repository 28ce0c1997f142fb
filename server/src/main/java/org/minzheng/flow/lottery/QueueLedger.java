package org.minzheng.flow.lottery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainHead;
import org.minzheng.flow.shared.queue.ChainSession;
import org.minzheng.flow.shared.queue.ChainStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to an area's hash-chained queue log ({@link ChainSession} over
 * {@code lottery_queue_event}, head on {@code lottery_area}). {@link #open(String)} locks
 * the area's chain head for the rest of the transaction, so every queue operation of one
 * area runs alone and its events form one unbroken chain; areas do not wait for each
 * other.
 */
@Component
class QueueLedger implements ChainStore<QueueEvent> {

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
		return new Session(area,
				new ChainSession<>(this, clock, area.code(), new ChainHead(area.chainSeq(), area.chainHash())));
	}

	@Override
	public String version() {
		return QueueEventHash.VERSION;
	}

	@Override
	public QueueEvent event(String queueCode, long seq, LocalDateTime occurredAt, String type, String subjectNo,
			String slotNo, String offerNo, String detail, String actor, String prevHash, String hash) {
		return new QueueEvent(0, queueCode, seq, occurredAt, QueueEventType.valueOf(type), subjectNo, slotNo, offerNo,
				detail, actor, prevHash, hash);
	}

	@Override
	public void insert(QueueEvent event, String occurredAt) {
		queue.insertEvent(event, occurredAt);
	}

	@Override
	public int moveHead(String queueCode, long seq, String hash) {
		return queue.moveHead(queueCode, seq, hash);
	}

	@Override
	public List<QueueEvent> events(String queueCode, long afterSeq, int limit) {
		return queue.events(queueCode, afterSeq, limit);
	}

	/** An area's queue, locked by this transaction. */
	static final class Session {

		private final LotteryArea area;

		private final ChainSession<QueueEvent> chain;

		private Session(LotteryArea area, ChainSession<QueueEvent> chain) {
			this.area = area;
			this.chain = chain;
		}

		LotteryArea area() {
			return area;
		}

		/** Appends one event after the current head and moves the head to it. */
		QueueEvent append(QueueEventType type, String applicationNo, String openingNo, String offerNo, String detail,
				String actor) {
			return chain.append(type.name(), applicationNo, openingNo, offerNo, detail, actor);
		}

	}

}
