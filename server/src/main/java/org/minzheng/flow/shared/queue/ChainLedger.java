package org.minzheng.flow.shared.queue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.minzheng.flow.shared.ApiException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A queue kind's hash-chained log, the same for every kind: {@link #open(String)} locks
 * the queue's row ({@code SELECT ... FOR UPDATE}) for the rest of the transaction, so one
 * queue's operations run one at a time and its events form one unbroken chain, while
 * queues do not wait for each other; {@link #verify} replays the log with the kind's
 * rules ({@link ChainVerifier}). The feature names its tables ({@link Tables}: its
 * mapper's methods) and its version tag, and subclasses this as its ledger bean.
 *
 * @param <E> the feature's event row
 * @param <Q> the feature's queue row (its chain head)
 * @param <S> the feature's locked session
 */
public class ChainLedger<E extends ChainEvent, Q extends ChainQueue, S extends ChainLedger.Locked<E, Q, ?>>
		implements ChainStore<E> {

	private final Tables<E, Q> tables;

	private final Clock clock;

	private final Supplier<ApiException> notFound;

	private final BiFunction<Q, ChainSession<E>, S> session;

	/**
	 * @param notFound the error for an unknown queue (404, the feature's code)
	 * @param session the feature's session over a locked queue
	 */
	protected ChainLedger(Tables<E, Q> tables, Clock clock, Supplier<ApiException> notFound,
			BiFunction<Q, ChainSession<E>, S> session) {
		this.tables = tables;
		this.clock = clock;
		this.notFound = notFound;
		this.session = session;
	}

	/**
	 * Locks the queue until the transaction ends.
	 * @throws ApiException 404 for an unknown queue
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public S open(String code) {
		Q queue = tables.lock().apply(code);
		if (queue == null) {
			throw notFound.get();
		}
		return session.apply(queue, new ChainSession<>(this, clock, queue.code(), queue.head()));
	}

	/**
	 * Replays the queue's log with the kind's rules; the caller reads in one repeatable
	 * snapshot.
	 * @param compare what differs between the replayed state and the tables, or null
	 * @throws ApiException 404 for an unknown queue
	 */
	public ChainVerification verify(String code, WaitlistReplay.Rules rules, Function<WaitlistReplay, String> compare) {
		Q queue = tables.read().apply(code);
		if (queue == null) {
			throw notFound.get();
		}
		return ChainVerifier.verify(this, code, queue.head(), rules, compare);
	}

	@Override
	public String version() {
		return tables.version();
	}

	@Override
	public E event(String queueCode, long seq, LocalDateTime occurredAt, String type, String subjectNo, String slotNo,
			String offerNo, String detail, String actor, String prevHash, String hash) {
		return tables.factory()
			.event(queueCode, seq, occurredAt, type, subjectNo, slotNo, offerNo, detail, actor, prevHash, hash);
	}

	@Override
	public void insert(E event, String occurredAt) {
		tables.rows().insertEvent(event, occurredAt);
	}

	@Override
	public int moveHead(String queueCode, long seq, String hash) {
		return tables.rows().moveHead(queueCode, seq, hash);
	}

	@Override
	public List<E> events(String queueCode, long afterSeq, int limit) {
		return tables.rows().events(queueCode, afterSeq, limit);
	}

	/**
	 * Where a queue kind keeps its chain: its version tag ({@link ChainHash}) and its
	 * mapper.
	 *
	 * @param rows the feature's mapper (events and chain head)
	 * @param read the queue row, or null
	 * @param lock the queue row locked until the transaction ends, or null
	 */
	public record Tables<E extends ChainEvent, Q extends ChainQueue>(String version, EventFactory<E> factory,
			WaitlistMapper<E, ?, ?, ?, ?> rows, Function<String, Q> read, Function<String, Q> lock) {
	}

	/** A new event row (not yet stored): {@link ChainStore#event}. */
	@FunctionalInterface
	public interface EventFactory<E> {

		E event(String queueCode, long seq, LocalDateTime occurredAt, String type, String subjectNo, String slotNo,
				String offerNo, String detail, String actor, String prevHash, String hash);

	}

	/**
	 * A queue locked by this transaction: the feature appends its event types to the
	 * chain.
	 *
	 * @param <T> the feature's event types
	 */
	public static class Locked<E extends ChainEvent, Q extends ChainQueue, T extends Enum<T>> {

		private final Q queue;

		private final ChainSession<E> chain;

		protected Locked(Q queue, ChainSession<E> chain) {
			this.queue = queue;
			this.chain = chain;
		}

		/** The queue's row as read under the lock. */
		public Q queue() {
			return queue;
		}

		/** Appends one event after the current head and moves the head to it. */
		public E append(T type, String subjectNo, String slotNo, String offerNo, String detail, String actor) {
			return chain.append(type.name(), subjectNo, slotNo, offerNo, detail, actor);
		}

	}

}
