package org.minzheng.flow.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.minzheng.flow.calendar.WorkingDayCalendar;

/**
 * How facts are written, the same for every chain: times in Beijing time as
 * {@code yyyy-MM-dd HH:mm:ss}, amounts in yuan with two decimals.
 */
public final class CaseFacts {

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(WorkingDayCalendar.ZONE);

	private CaseFacts() {
	}

	/** The instant in Beijing time, or {@code null}. */
	public static String time(Instant at) {
		return at == null ? null : LOCAL_TIME.format(at);
	}

	/** An amount in fen as yuan ({@code 136500} → {@code 1365.00}), or {@code null}. */
	public static String yuan(Long fen) {
		return fen == null ? null : BigDecimal.valueOf(fen, 2).toPlainString();
	}

}
