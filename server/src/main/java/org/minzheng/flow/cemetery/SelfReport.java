package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The operator's structured self-inspection report, with the highest price it charged per
 * plot (checked against the price catalogue).
 */
public record SelfReport(long inspectionId, int plotsSold, int plotsOverSizeLimit, int preSales, int ecoBurialPercent,
		int complaints, BigDecimal highestPriceChargedYuan, boolean pricesWithinCatalogue, String priceNote,
		String note, String submittedBy, Instant submittedAt) {
}
