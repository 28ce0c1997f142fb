package org.minzheng.flow.shared.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of a queue event, defined so that anyone can recompute it from the event rows
 * alone.
 * <p>
 * Canonical form: the concatenation of these fields in this order — the queue kind's
 * version tag (e.g. {@code mzf-lottery-queue-v1}), the queue code, {@code seq} in
 * decimal, {@code occurred_at} as epoch milliseconds in decimal (the stored
 * {@code DATETIME(3)} read as China Standard Time), the event type, the subject
 * (application) number, the slot number, the offer number, {@code detail}, {@code actor},
 * {@code prev_hash} (the previous event's hash, {@value #GENESIS} for seq 1) — each
 * written as {@code -} if SQL NULL, else as its length in UTF-8 bytes, a colon and its
 * UTF-8 bytes. The hash is the lowercase hex SHA-256 of that byte string.
 */
public final class ChainHash {

	public static final String GENESIS = "0".repeat(64);

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** How a time is written to a DATETIME(3) column, milliseconds included. */
	public static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private ChainHash() {
	}

	/**
	 * The hash of {@code event} chained after {@code prevHash}, in queue kind
	 * {@code version}.
	 */
	public static String of(String version, ChainEvent event, String prevHash) {
		StringBuilder out = new StringBuilder(256);
		for (String field : new String[] { version, event.queueCode(), Long.toString(event.seq()),
				Long.toString(event.occurredAt().atZone(ZONE).toInstant().toEpochMilli()), event.type(),
				event.subjectNo(), event.slotNo(), event.offerNo(), event.detail(), event.actor(), prevHash }) {
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
	public static LocalDateTime stored(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE).truncatedTo(ChronoUnit.MILLIS);
	}

}
