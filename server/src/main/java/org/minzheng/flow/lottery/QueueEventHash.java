package org.minzheng.flow.lottery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;

/**
 * The hash of a queue event, defined so that anyone can recompute it from the
 * {@code lottery_queue_event} rows alone.
 * <p>
 * Canonical form: the concatenation of these fields in this order — the version tag
 * {@value #VERSION}, {@code area_code}, {@code seq} in decimal, {@code occurred_at} as
 * epoch milliseconds in decimal (the stored {@code DATETIME(3)} read as China Standard
 * Time), {@code event_type}, {@code application_no}, {@code opening_no},
 * {@code offer_no}, {@code detail}, {@code actor}, {@code prev_hash} (the previous
 * event's hash, {@value #GENESIS} for seq 1) — each written as {@code -} if SQL NULL,
 * else as its length in UTF-8 bytes, a colon and its UTF-8 bytes. {@code hash} is the
 * lowercase hex SHA-256 of that byte string.
 */
public final class QueueEventHash {

	public static final String VERSION = "mzf-lottery-queue-v1";

	public static final String GENESIS = "0".repeat(64);

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** How a time is written to a DATETIME(3) column, milliseconds included. */
	static final java.time.format.DateTimeFormatter STORED = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private QueueEventHash() {
	}

	public static String of(QueueEvent event, String prevHash) {
		StringBuilder out = new StringBuilder(256);
		for (String field : new String[] { VERSION, event.areaCode(), Long.toString(event.seq()),
				Long.toString(event.occurredAt().atZone(ZONE).toInstant().toEpochMilli()), event.eventType().name(),
				event.applicationNo(), event.openingNo(), event.offerNo(), event.detail(), event.actor(), prevHash }) {
			if (field == null) {
				out.append('-');
			}
			else {
				out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
			}
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The stored time of an event: truncated to milliseconds as DATETIME(3) keeps it. */
	static LocalDateTime stored(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

}
