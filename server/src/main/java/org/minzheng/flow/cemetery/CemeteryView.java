package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cemetery's master data as the API shows it: the stored row without its internal id.
 */
public record CemeteryView(String code, String name, String districtCode, String address, String operatorName,
		String operatorUscc, String operatorUnitCode, BigDecimal landAreaSqm, int approvedPlots, String licenceNo,
		LocalDate licenceValidUntil, boolean commercial, Instant updatedAt) {

	static CemeteryView of(Cemetery row) {
		return new CemeteryView(row.code(), row.name(), row.districtCode(), row.address(), row.operatorName(),
				row.operatorUscc(), row.operatorUnitCode(), row.landAreaSqm(), row.approvedPlots(), row.licenceNo(),
				row.licenceValidUntil(), row.commercial(), row.updatedAt());
	}

}
