package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A round's site visit as the API shows it (no internal id).
 */
public record SiteVisitView(int roundNo, BigDecimal latitude, BigDecimal longitude, String place, String inspector,
		Instant visitedAt) {

	static SiteVisitView of(SiteVisit row) {
		return new SiteVisitView(row.roundNo(), row.latitude(), row.longitude(), row.place(), row.inspector(),
				row.visitedAt());
	}

}
