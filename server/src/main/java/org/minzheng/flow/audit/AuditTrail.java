package org.minzheng.flow.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final AuditMapper events;

	private final Clock clock;

	AuditTrail(AuditMapper events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Appends the record to the chain inside the caller's transaction, so the row commits
	 * or rolls back with the business change it records. Summary and reason are stored
	 * with ID and mobile numbers masked and cut to 1000 characters.
	 * <p>
	 * Appending locks the chain head until the caller's transaction ends, so concurrent
	 * appends queue and form one chain. Record as the last step of a transaction, to hold
	 * that lock briefly.
	 * @param record the action
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		AuditMapper.ChainLink head = events.lockHead();
		if (head == null) {
			throw new IllegalStateException("audit_chain_head has no row 1: the audit migration did not run");
		}
		LocalDateTime occurredAt = LocalDateTime.ofInstant(clock.instant(), AuditHash.ZONE)
			.truncatedTo(ChronoUnit.MILLIS);
		String summary = AuditText.clean(record.summary());
		String reason = AuditText.clean(record.reason());
		String hash = AuditHash.of(occurredAt, record.actor(), record.actorRole(), record.orgUnitCode(),
				record.caseRef(), record.action(), summary, reason, head.hash());
		AuditMapper.NewEvent event = new AuditMapper.NewEvent(STORED.format(occurredAt), record.actor(),
				record.actorRole(), record.orgUnitCode(), record.caseRef(), record.action(), summary, reason,
				head.hash(), hash);
		events.insert(event);
		events.moveHead(event.id, hash);
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
	AuditEventPage visible(Collection<String> units, String caseRef, int page, int size) {
		List<AuditEventView> rows = events.findVisible(units, caseRef, (long) page * size, size + 1)
			.stream()
			.map(AuditEventView::of)
			.toList();
		boolean hasMore = rows.size() > size;
		return new AuditEventPage(hasMore ? rows.subList(0, size) : rows, page, size, hasMore);
	}

}
