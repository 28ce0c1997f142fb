package org.minzheng.flow.audit;

import java.util.List;
import java.util.Objects;

import org.minzheng.flow.audit.AuditVerification.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Recomputes the audit chain in id order, one page of rows at a time (memory stays flat
 * at any table size), and checks the head. Needs no lock: appends may go on meanwhile,
 * and rows that arrive during the walk are checked too before the head is compared.
 */
@Service
public class AuditVerifier {

	static final int PAGE_SIZE = 1000;

	private static final AuditMapper.ChainLink GENESIS = new AuditMapper.ChainLink(0, AuditHash.GENESIS);

	private final AuditMapper events;

	private final int pageSize;

	@Autowired
	AuditVerifier(AuditMapper events) {
		this(events, PAGE_SIZE);
	}

	AuditVerifier(AuditMapper events, int pageSize) {
		this.events = events;
		this.pageSize = pageSize;
	}

	/**
	 * Verifies the whole chain, from the first row to the head.
	 * @return intact, or the first broken row and what is wrong with it
	 */
	public AuditVerification verify() {
		return verifyFrom(1);
	}

	/**
	 * Verifies the rows from {@code fromId} on and the head, trusting the stored hash of
	 * the row before {@code fromId} as the anchor: for incremental checks after an
	 * earlier full verification.
	 * @param fromId the first row to check
	 * @return intact, or the first broken row and what is wrong with it
	 */
	public AuditVerification verifyFrom(long fromId) {
		Cursor cursor = new Cursor(Objects.requireNonNullElse(events.linkBefore(fromId), GENESIS));
		while (true) {
			AuditVerification broken = walk(cursor);
			if (broken != null) {
				return broken;
			}
			AuditMapper.ChainLink head = events.readHead();
			if (head != null && head.id() == cursor.id && head.hash().equals(cursor.hash)) {
				return AuditVerification.intact(cursor.checked);
			}
			if (head != null && head.id() > cursor.id && events.firstAfter(cursor.id) != null) {
				continue; // appended while we walked: check those rows too
			}
			return AuditVerification.broken(cursor.checked, headMismatchAt(head, cursor), Problem.HEAD_MISMATCH);
		}
	}

	/**
	 * Verifies one case's rows where they stand in the chain: each row's hash against its
	 * fields, its link to the row before and the next row's link to it. An altered row of
	 * the case, or a row deleted or inserted next to one, is found without walking the
	 * whole chain (the full walk, {@link #verify()}, remains the auditor's complete
	 * check).
	 * @param caseRef the case
	 * @return intact, or the first broken row and what is wrong with it
	 */
	public AuditVerification verifyCase(String caseRef) {
		long checked = 0;
		for (AuditMapper.AuditRow row : events.findByCase(caseRef)) {
			checked++;
			AuditMapper.ChainLink before = Objects.requireNonNullElse(events.linkBefore(row.id()), GENESIS);
			if (!before.hash().equals(row.prevHash())) {
				return AuditVerification.broken(checked, row.id(), Problem.CHAIN_BROKEN);
			}
			if (!AuditHash.of(row).equals(row.hash())) {
				return AuditVerification.broken(checked, row.id(), Problem.HASH_MISMATCH);
			}
			List<AuditMapper.AuditRow> next = events.page(row.id(), 1);
			if (!next.isEmpty() && !row.hash().equals(next.get(0).prevHash())) {
				return AuditVerification.broken(checked, next.get(0).id(), Problem.CHAIN_BROKEN);
			}
		}
		return AuditVerification.intact(checked);
	}

	/** Checks the rows after the cursor; null if all of them are intact. */
	private AuditVerification walk(Cursor cursor) {
		List<AuditMapper.AuditRow> rows;
		do {
			rows = events.page(cursor.id, pageSize);
			for (AuditMapper.AuditRow row : rows) {
				cursor.checked++;
				if (!cursor.hash.equals(row.prevHash())) {
					return AuditVerification.broken(cursor.checked, row.id(), Problem.CHAIN_BROKEN);
				}
				if (!AuditHash.of(row).equals(row.hash())) {
					return AuditVerification.broken(cursor.checked, row.id(), Problem.HASH_MISMATCH);
				}
				cursor.id = row.id();
				cursor.hash = row.hash();
			}
		}
		while (rows.size() == pageSize);
		return null;
	}

	/**
	 * The row the head names if it is missing or differs, else the first row behind the
	 * head.
	 */
	private Long headMismatchAt(AuditMapper.ChainLink head, Cursor cursor) {
		if (head == null) {
			return null;
		}
		return head.id() >= cursor.id ? Long.valueOf(head.id()) : events.firstAfter(head.id());
	}

	private static final class Cursor {

		long id;

		String hash;

		long checked;

		Cursor(AuditMapper.ChainLink anchor) {
			this.id = anchor.id();
			this.hash = anchor.hash();
		}

	}

}
