package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;

/** Where and by whom a round's inspection was done. */
public record SiteVisit(long inspectionId, int roundNo, BigDecimal latitude, BigDecimal longitude, String place,
		String inspector, Instant visitedAt) {
}
