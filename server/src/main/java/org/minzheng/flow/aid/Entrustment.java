package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A district's entrustment (委托) of the approval of one benefit type to its streets: all
 * of them, or the named ones, under a document number, from a date, until an end date or
 * a revocation.
 */
public record Entrustment(long id, String districtCode, String benefitType, boolean allStreets, String documentNo,
		LocalDate effectiveFrom, LocalDate effectiveTo, String createdBy, Instant createdAt, Instant revokedAt,
		String revokedBy, String revokeReason, List<String> streets) {

	/** Whether it entrusts the street's approval on the given day. */
	public boolean covers(String streetCode, LocalDate day) {
		return revokedAt == null && !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo))
				&& (allStreets || streets.contains(streetCode));
	}

}
