package org.minzheng.flow.cemetery;

import java.time.Instant;

/** The operator's structured self-inspection report. */
public record SelfReport(long inspectionId, int plotsSold, int plotsOverSizeLimit, int preSales, int ecoBurialPercent,
		int complaints, boolean pricesWithinCatalogue, String priceNote, String note, String submittedBy,
		Instant submittedAt) {
}
