package org.minzheng.flow.aid.amount;

import java.time.LocalDate;

/**
 * A benefit rate in force from {@code effectiveFrom} (the first day of a month) until a
 * later rate of the same kind supersedes it.
 *
 * @param value fen, or basis points for the {@link RateKind#basisPoints() supplements}
 */
public record Rate(long id, RateKind kind, LocalDate effectiveFrom, long value, String documentNo,
		String documentTitle) {
}
