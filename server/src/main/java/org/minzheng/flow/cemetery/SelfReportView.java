package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The operator's self-inspection report as the API shows it (no internal id).
 */
public record SelfReportView(int plotsSold, int plotsOverSizeLimit, int preSales, int ecoBurialPercent, int complaints,
		BigDecimal highestPriceChargedYuan, boolean pricesWithinCatalogue, String priceNote, String note,
		String submittedBy, Instant submittedAt) {

	static SelfReportView of(SelfReport row) {
		return new SelfReportView(row.plotsSold(), row.plotsOverSizeLimit(), row.preSales(), row.ecoBurialPercent(),
				row.complaints(), row.highestPriceChargedYuan(), row.pricesWithinCatalogue(), row.priceNote(),
				row.note(), row.submittedBy(), row.submittedAt());
	}

}
