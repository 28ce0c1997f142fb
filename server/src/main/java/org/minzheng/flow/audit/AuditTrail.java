package org.minzheng.flow.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.CaseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends business actions to the hash-chained audit trail, in the caller's transaction,
 * and reads them back.
 */
@Service
public class AuditTrail {

	/**
	 * Actor and role of actions the engine takes on its own (timers, registry answers).
	 */
	public static final String SYSTEM_ACTOR = "system";

	public static final String SYSTEM_ROLE = "SYSTEM";

	private static final int ROWS_PER_INSERT = 100;

	private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	/**
	 * How long a transaction waits for this node's other appends before it goes to the
	 * head's row lock alone (where the database sees any deadlock).
	 */
	private static final long LOCAL_WAIT_MILLIS = 5_000;

	/**
	 * Held by this node's appending transaction from its append until its commit: the
	 * node's appends queue here rather than on the head's row lock.
	 */
	private final ReentrantLock appending = new ReentrantLock();

	/**
	 * After another node moved the head under this one, this many appends read the head
	 * first (three statements), as nodes that take turns would mostly find it moved (two
	 * statements when right, six when wrong).
	 */
	static final int READS_AFTER_A_MOVE = 100;

	/**
	 * The head as this node's last append committed it, or {@code null} when not known;
	 * read and written only by the holder of {@link #appending}, as is
	 * {@link #readsAhead}.
	 */
	private AuditMapper.ChainLink committedHead;

	/** How many appends still read the head first. */
	private int readsAhead;

	private final AuditMapper events;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	AuditTrail(AuditMapper events, Clock clock, ApplicationEventPublisher publisher) {
		this.events = events;
		this.clock = clock;
		this.publisher = publisher;
	}

	/**
	 * Appends the record to the chain inside the caller's transaction, so the row commits
	 * or rolls back with the business change it records. Summary and reason are stored
	 * with ID and mobile numbers masked and cut to 1000 characters.
	 * <p>
	 * The time is taken now; the row is written just before the transaction commits,
	 * together with the transaction's other records, in the order they were recorded: the
	 * chain head is locked once per transaction, and only for the moment of the commit,
	 * so concurrent writers queue there briefly instead of for their whole transaction
	 * (and always take that lock last, after the engine's rows). Within one node they
	 * queue on a lock of the node's own and chain to the head the last of them committed,
	 * which the head's compare-and-set confirms.
	 * @param record the action
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		LocalDateTime occurredAt = LocalDateTime.ofInstant(clock.instant(), AuditHash.ZONE)
			.truncatedTo(ChronoUnit.MILLIS);
		if (record.caseRef() != null) {
			publisher.publishEvent(new CaseChanged(record.caseRef()));
		}
		Pending pending = new Pending(occurredAt, record.actor(), record.actorRole(), record.orgUnitCode(),
				record.caseRef(), record.action(), AuditText.clean(record.summary()), AuditText.clean(record.reason()));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			append(List.of(pending));
			return;
		}
		PendingRecords batch = (PendingRecords) TransactionSynchronizationManager.getResource(this);
		if (batch == null) {
			batch = new PendingRecords();
			TransactionSynchronizationManager.bindResource(this, batch);
			TransactionSynchronizationManager.registerSynchronization(batch);
		}
		batch.records.add(pending);
	}

	/** Chains and writes the records under one lock of the head; returns the new head. */
	private AuditMapper.ChainLink append(List<Pending> records) {
		AuditMapper.ChainLink head = events.lockHead();
		if (head == null) {
			throw new IllegalStateException("audit_chain_head has no row 1: the audit migration did not run");
		}
		List<AuditMapper.NewEvent> rows = chained(records, head.hash());
		insert(rows);
		AuditMapper.ChainLink last = last(rows);
		events.moveHead(last.id(), last.hash());
		return last;
	}

	/**
	 * Chains the records to the head this node committed last and writes them, then moves
	 * the head only if it is still that one: two statements instead of three. Called with
	 * a head only by the holder of {@link #appending}. When another node (or anything
	 * else) moved the head meanwhile, the rows are taken out again, uncommitted, and
	 * written behind the head under its lock ({@link #append(List)}), so the chain's
	 * order stays the order of the ids.
	 */
	private AuditMapper.ChainLink append(List<Pending> records, AuditMapper.ChainLink known) {
		if (known == null) {
			return append(records);
		}
		List<AuditMapper.NewEvent> rows = chained(records, known.hash());
		insert(rows);
		AuditMapper.ChainLink last = last(rows);
		if (events.moveHeadFrom(last.id(), last.hash(), known.id(), known.hash()) == 1) {
			return last;
		}
		readsAhead = READS_AFTER_A_MOVE;
		events.deleteUncommitted(rows.stream().map(row -> row.id).toList());
		return append(records);
	}

	/**
	 * The head to chain to without reading it, or {@code null} to read it first; for the
	 * holder of {@link #appending}.
	 */
	private AuditMapper.ChainLink guessedHead() {
		if (readsAhead > 0) {
			readsAhead--;
			return null;
		}
		return committedHead;
	}

	private static List<AuditMapper.NewEvent> chained(List<Pending> records, String previous) {
		List<AuditMapper.NewEvent> rows = new ArrayList<>(records.size());
		for (Pending r : records) {
			String hash = AuditHash.of(r.occurredAt, r.actor, r.actorRole, r.orgUnitCode, r.caseRef, r.action,
					r.summary, r.reason, previous);
			rows.add(new AuditMapper.NewEvent(STORED.format(r.occurredAt), r.actor, r.actorRole, r.orgUnitCode,
					r.caseRef, r.action, r.summary, r.reason, previous, hash));
			previous = hash;
		}
		return rows;
	}

	/** The transaction's rows in one statement (a long one's in a few). */
	private void insert(List<AuditMapper.NewEvent> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
			List<AuditMapper.NewEvent> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
			if (part.size() == 1) {
				events.insert(part.get(0));
			}
			else {
				events.insertAll(part);
			}
		}
	}

	private static AuditMapper.ChainLink last(List<AuditMapper.NewEvent> rows) {
		AuditMapper.NewEvent last = rows.get(rows.size() - 1);
		return new AuditMapper.ChainLink(last.id, last.hash);
	}

	private record Pending(LocalDateTime occurredAt, String actor, String actorRole, String orgUnitCode, String caseRef,
			String action, String summary, String reason) {
	}

	/**
	 * A transaction's records, written before its commit; runs before MyBatis's own
	 * synchronisation releases the session. From the append until the commit it holds
	 * {@link #appending} (as the head's row lock is held until then), and leaves the head
	 * it committed for the next one.
	 */
	private final class PendingRecords implements TransactionSynchronization {

		final List<Pending> records = new ArrayList<>();

		/** Whether this transaction holds {@link #appending}. */
		private boolean holding;

		/** The head once this transaction's rows are written. */
		private AuditMapper.ChainLink written;

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (records.isEmpty()) {
				return;
			}
			List<Pending> due = new ArrayList<>(records);
			records.clear();
			holding = take();
			written = append(due, holding ? guessedHead() : null);
		}

		private boolean take() {
			try {
				return appending.tryLock(LOCAL_WAIT_MILLIS, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		/** Committed: the head is {@link #written}; the next one may append. */
		@Override
		public void afterCommit() {
			release(written);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
			// rolled back (or unknown): the head is what it was, or not known
			release(null);
		}

		private void release(AuditMapper.ChainLink head) {
			if (holding) {
				holding = false;
				committedHead = head;
				appending.unlock();
			}
		}

	}

	/**
	 * Appends an action a staff user took in a role at an org unit (see
	 * {@link #record(AuditRecord)}).
	 * @param actor who acted
	 * @param role the role they acted in
	 * @param orgUnitCode the unit they acted for
	 * @param caseRef the case, or {@code null}
	 * @param action a stable upper snake case code
	 * @param summary what happened
	 * @param reason why, or {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(StaffUser actor, Role role, String orgUnitCode, String caseRef, String action, String summary,
			String reason) {
		record(new AuditRecord(actor.username(), role.name(), orgUnitCode, caseRef, action, summary, reason));
	}

	/**
	 * Appends an action the engine took on its own (a timer escalation, a registry
	 * answer), as actor {@value #SYSTEM_ACTOR} in role {@value #SYSTEM_ROLE} (see
	 * {@link #record(AuditRecord)}).
	 * @param orgUnitCode the unit whose case it is
	 * @param caseRef the case, or {@code null}
	 * @param action a stable upper snake case code
	 * @param summary what happened
	 * @param reason why, or {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordSystem(String orgUnitCode, String caseRef, String action, String summary, String reason) {
		record(new AuditRecord(SYSTEM_ACTOR, SYSTEM_ROLE, orgUnitCode, caseRef, action, summary, reason));
	}

	/**
	 * The audit events of a case, oldest first, for the case history. Checks no scope:
	 * the caller has already decided that the user may see the case.
	 * @param caseRef the case
	 * @return its events, oldest first
	 */
	public List<AuditEventView> forCase(String caseRef) {
		return events.findByCase(caseRef).stream().map(AuditEventView::of).toList();
	}

	/** Events of the given units (and of one case, if given), newest first. */
	AuditEventPage visible(AuditScope scope, String caseRef, int page, int size) {
		List<AuditEventView> rows = events.findVisible(scope, caseRef, (long) page * size, size + 1)
			.stream()
			.map(AuditEventView::of)
			.toList();
		boolean hasMore = rows.size() > size;
		return new AuditEventPage(hasMore ? rows.subList(0, size) : rows, page, size, hasMore);
	}

}
