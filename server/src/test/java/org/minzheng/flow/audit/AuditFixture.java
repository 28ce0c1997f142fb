package org.minzheng.flow.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the audit trail. Tests share one database, and tampering leaves a broken
 * chain behind, so each test starts from an empty trail: {@link #reset()} under the head
 * lock, as an append would take it.
 */
final class AuditFixture {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final AuditTrail trail;

	AuditFixture(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditTrail trail) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.trail = trail;
	}

	TransactionTemplate tx() {
		return tx;
	}

	void reset() {
		// the demo data's background work (e.g. the 高龄津贴 registry checks the job
		// executor runs after start-up) appends to the trail: let it finish first
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < until && jdbc.queryForObject(
				"SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP)",
				Integer.class) > 0) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		tx.executeWithoutResult(status -> {
			jdbc.queryForObject("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE", Long.class);
			jdbc.update("DELETE FROM audit_event");
			jdbc.update("UPDATE audit_chain_head SET last_id = 0, last_hash = ? WHERE id = 1", AuditHash.GENESIS);
		});
	}

	/**
	 * Appends {@code count} rows of a case, each in its own transaction; returns their
	 * ids in order.
	 */
	List<Long> append(int count, String caseRef) {
		for (int i = 1; i <= count; i++) {
			record(new AuditRecord("yt-meisha-clerk", "CLERK", "440308001", caseRef, "AID_APPLICATION_SUBMITTED",
					"第 " + i + " 条：受理低保申请", i % 2 == 0 ? "材料齐全" : null));
		}
		return ids(caseRef);
	}

	void record(AuditRecord record) {
		tx.executeWithoutResult(status -> trail.record(record));
	}

	List<Long> ids(String caseRef) {
		return new ArrayList<>(
				jdbc.queryForList("SELECT id FROM audit_event WHERE case_ref = ? ORDER BY id", Long.class, caseRef));
	}

	long lastId() {
		return jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
	}

	String hashOf(long id) {
		return jdbc.queryForObject("SELECT hash FROM audit_event WHERE id = ?", String.class, id);
	}

}
