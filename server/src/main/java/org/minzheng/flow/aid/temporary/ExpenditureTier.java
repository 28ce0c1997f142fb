package org.minzheng.flow.aid.temporary;

/**
 * A band of the shortfall, {@code [min, max)} in fen ({@code max} null: no upper end),
 * paying {@code rateBasisPoints}/10000 of the shortfall.
 */
public record ExpenditureTier(long minShortfallFen, Long maxShortfallFen, int rateBasisPoints, String label) {

	boolean covers(long shortfallFen) {
		return shortfallFen >= minShortfallFen && (maxShortfallFen == null || shortfallFen < maxShortfallFen);
	}

	/** The amount for the shortfall, rounded down to the fen. */
	long amountFor(long shortfallFen) {
		return Math.floorDiv(Math.multiplyExact(shortfallFen, rateBasisPoints), 10_000L);
	}

}
