package org.minzheng.flow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;

/**
 * The hash of an audit row, defined so that anyone can recompute it from the two tables
 * alone.
 * <p>
 * Canonical form: the concatenation, with no separators, of these ten fields in this
 * order:
 * <ol>
 * <li>the version tag {@code mzf-audit-v1}</li>
 * <li>{@code occurred_at} as epoch milliseconds in decimal, reading the stored
 * {@code DATETIME(3)} as China Standard Time ({@value #ZONE_ID}; no daylight saving, so
 * every value maps to exactly one instant)</li>
 * <li>{@code actor}, {@code actor_role}, {@code org_unit_code}, {@code case_ref},
 * {@code action}, {@code summary}, {@code reason}: the stored values</li>
 * <li>{@code prev_hash}: the {@code hash} of the row before ({@value #GENESIS} for the
 * first row)</li>
 * </ol>
 * each written as {@code -} if it is SQL NULL, else as its length in UTF-8 bytes in
 * decimal, a colon, and its UTF-8 bytes. {@code hash} is the lowercase hex SHA-256 of
 * that byte string. The length prefixes fix every field boundary (moving text from the
 * summary into the reason changes the hash) and NULL differs from the empty string. The
 * row's {@code id} is not hashed: its position is fixed by the chain.
 * <p>
 * Example: a row at 2026-01-01 08:00:00.123 by {@code system}/{@code SYSTEM} at
 * {@code 440308}, no case, action {@code X}, summary {@code 超时}, no reason, first in the
 * chain, hashes the bytes of
 * {@code 12:mzf-audit-v113:17672256001236:system6:SYSTEM6:440308-1:X6:超时-64:000…000}.
 */
final class AuditHash {

	static final String ZONE_ID = "Asia/Shanghai";

	static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

	static final String VERSION = "mzf-audit-v1";

	private AuditHash() {
	}

	static String of(LocalDateTime occurredAt, String actor, String actorRole, String orgUnitCode, String caseRef,
			String action, String summary, String reason, String prevHash) {
		return sha256(canonical(occurredAt, actor, actorRole, orgUnitCode, caseRef, action, summary, reason, prevHash));
	}

	static String of(AuditMapper.AuditRow row) {
		return of(row.occurredAt(), row.actor(), row.actorRole(), row.orgUnitCode(), row.caseRef(), row.action(),
				row.summary(), row.reason(), row.prevHash());
	}

	static String canonical(LocalDateTime occurredAt, String actor, String actorRole, String orgUnitCode,
			String caseRef, String action, String summary, String reason, String prevHash) {
		StringBuilder out = new StringBuilder(256);
		for (String field : new String[] { VERSION, Long.toString(epochMillis(occurredAt)), actor, actorRole,
				orgUnitCode, caseRef, action, summary, reason, prevHash }) {
			if (field == null) {
				out.append('-');
			}
			else {
				out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
			}
		}
		return out.toString();
	}

	static long epochMillis(LocalDateTime occurredAt) {
		return occurredAt.atZone(ZONE).toInstant().toEpochMilli();
	}

	private static String sha256(String canonical) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
