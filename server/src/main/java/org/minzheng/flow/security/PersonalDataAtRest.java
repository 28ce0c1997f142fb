package org.minzheng.flow.security;

import java.util.List;
import java.util.Map;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.SealedText;
import org.minzheng.flow.shared.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every sealed column sealed under the active key: at start, under the start-up
 * lock and before the web server takes requests, seals the clear values an upgraded
 * database still holds (and fills their blind indexes), and re-seals values of older key
 * versions (key rotation: configure {@code minzheng.crypto.keys.v2}, make it the
 * {@code active-version}, keep {@code v1} until this pass has run, then remove it).
 * Idempotent: a second run finds nothing to do. Each run that changed rows leaves one
 * audit event ({@code PERSONAL_DATA_RESEALED}) with the counts per table.
 * <p>
 * Rows are rewritten compare-and-set (the old stored text in the {@code WHERE}), in
 * batches each in its own transaction, so a feature writing the same row meanwhile wins.
 */
@Component
class PersonalDataAtRest implements SmartInitializingSingleton {

	/** A sealed column, the table's key and its blind index column (or {@code null}). */
	record SealedColumn(String table, String key, String column, String blindIndex) {
	}

	/**
	 * A column holding only the blind index, and the condition naming the rows that hold
	 * a clear value instead (written before the encryption).
	 */
	record IndexColumn(String table, String key, String column, String clearRows) {
	}

	static final List<SealedColumn> SEALED = List.of(
			new SealedColumn("aid_member", "id", "id_number", "id_number_bidx"),
			new SealedColumn("aid_temporary_case", "id", "id_number", "id_number_bidx"),
			new SealedColumn("so_organisation", "id", "legal_rep_id_number", null),
			new SealedColumn("so_alteration", "id", "new_legal_rep_id", null),
			new SealedColumn("lottery_application", "id", "applicant_key", "applicant_key_bidx"),
			// not an identifier, but the key to a privileged user's second factor
			new SealedColumn("second_factor", "id", "secret", null));

	static final List<IndexColumn> INDEXES = List.of(
			new IndexColumn("aid_open_person", "application_id", "id_number_bidx", "LENGTH(id_number_bidx) < 64"),
			new IndexColumn("work_item", "task_id", "applicant_id_bidx", "LENGTH(applicant_id_bidx) < 64"),
			new IndexColumn("lottery_application", "id", "live_applicant_key", "LENGTH(live_applicant_key) < 64"),
			new IndexColumn("case_index", "case_no", "party_id", "party_person = TRUE AND LENGTH(party_id) < 64"));

	private static final Logger log = LoggerFactory.getLogger(PersonalDataAtRest.class);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PersonalDataCrypto crypto;

	private final StartupLock lock;

	private final AuditTrail audit;

	PersonalDataAtRest(JdbcTemplate jdbc, TransactionTemplate transactions, PersonalDataCrypto crypto, StartupLock lock,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.crypto = crypto;
		this.lock = lock;
		this.audit = audit;
	}

	@Override
	public void afterSingletonsInstantiated() {
		lock.run("sealing personal data at rest", this::run);
	}

	/**
	 * One pass over every sealed and blind-index column; the rows it rewrote, by column.
	 */
	Map<String, Integer> run() {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (SealedColumn c : SEALED) {
			int n = reseal(c);
			if (n > 0) {
				counts.put(c.table() + "." + c.column(), n);
			}
		}
		for (IndexColumn c : INDEXES) {
			int n = index(c);
			if (n > 0) {
				counts.put(c.table() + "." + c.column(), n);
			}
		}
		int shown = jdbc.update("UPDATE case_index SET party_id_shown = party_id "
				+ "WHERE party_id_shown IS NULL AND party_person = FALSE AND party_id IS NOT NULL");
		if (!counts.isEmpty()) {
			log.info("Personal data sealed under key {}: {}", crypto.activeVersion(), counts);
			transactions.executeWithoutResult(status -> audit.recordSystem(CITY, null, "PERSONAL_DATA_RESEALED",
					"个人身份信息已按密钥版本 " + crypto.activeVersion() + " 加密：" + counts, null));
		}
		else if (shown > 0) {
			log.info("Case index: {} organisations' codes copied to party_id_shown", shown);
		}
		return counts;
	}

	private static final String CITY = "440300";

	private int reseal(SealedColumn c) {
		String active = crypto.activeVersion() + ":%";
		String select = "SELECT " + c.key() + ", " + c.column() + " FROM " + c.table() + " WHERE " + c.column()
				+ " IS NOT NULL AND " + c.column() + " NOT LIKE ? ORDER BY " + c.key() + " LIMIT " + BATCH;
		String update = "UPDATE " + c.table() + " SET " + c.column() + " = ?"
				+ (c.blindIndex() == null ? "" : ", " + c.blindIndex() + " = ?") + " WHERE " + c.key() + " = ? AND "
				+ c.column() + " = ?";
		int total = 0;
		while (true) {
			List<Map<String, Object>> rows = jdbc.queryForList(select, active);
			if (rows.isEmpty()) {
				return total;
			}
			int done = transactions.execute(status -> {
				int n = 0;
				for (Map<String, Object> row : rows) {
					String stored = (String) row.get(c.column());
					String clear = crypto.open(stored).strip();
					Object key = row.get(c.key());
					n += c.blindIndex() == null ? jdbc.update(update, crypto.seal(clear), key, stored)
							: jdbc.update(update, crypto.seal(clear), crypto.blindIndex(clear), key, stored);
				}
				return n;
			});
			total += done;
			if (done == 0) {
				return total;
			}
		}
	}

	private int index(IndexColumn c) {
		boolean caseIndex = c.table().equals("case_index");
		String select = "SELECT " + c.key() + ", " + c.column() + " FROM " + c.table() + " WHERE " + c.column()
				+ " IS NOT NULL AND " + c.clearRows() + " LIMIT " + BATCH;
		String update = "UPDATE " + c.table() + " SET " + c.column() + " = ?"
				+ (caseIndex ? ", party_id_shown = ?" : "") + " WHERE " + c.key() + " = ? AND " + c.column() + " = ?";
		int total = 0;
		while (true) {
			List<Map<String, Object>> rows = jdbc.queryForList(select);
			if (rows.isEmpty()) {
				return total;
			}
			int done = transactions.execute(status -> {
				int n = 0;
				for (Map<String, Object> row : rows) {
					String clear = ((String) row.get(c.column())).strip();
					Object key = row.get(c.key());
					n += caseIndex ? jdbc.update(update, crypto.blindIndex(clear), SealedText.mask(clear), key, clear)
							: jdbc.update(update, crypto.blindIndex(clear), key, clear);
				}
				return n;
			});
			total += done;
			if (done == 0) {
				return total;
			}
		}
	}

}
