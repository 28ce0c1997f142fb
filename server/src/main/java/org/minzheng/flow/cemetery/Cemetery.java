package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cemetery's master data: its operator (an external party with its own org unit),
 * approved land and plots, licence, and whether it is commercial (经营性, inspected yearly).
 */
public record Cemetery(long id, String code, String name, String districtCode, String address, String operatorName,
		String operatorUscc, String operatorUnitCode, BigDecimal landAreaSqm, int approvedPlots, String licenceNo,
		LocalDate licenceValidUntil, boolean commercial, Instant updatedAt) {
}
