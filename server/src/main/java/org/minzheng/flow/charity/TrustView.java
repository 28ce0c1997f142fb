package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A charitable trust as the API shows it: the stored row without its internal id.
 */
public record TrustView(String trustNo, String name, String registrarCode, String trusteeUnitCode,
		String supervisorName, String custodianBank, String custodianAccount, String purpose, Integer termYears,
		LocalDate signedOn, TrustStatus status, boolean late, LocalDate filedOn, String receiptNo, Instant createdAt) {

	static TrustView of(Trust row) {
		return new TrustView(row.trustNo(), row.name(), row.registrarCode(), row.trusteeUnitCode(),
				row.supervisorName(), row.custodianBank(), row.custodianAccount(), row.purpose(), row.termYears(),
				row.signedOn(), row.status(), row.late(), row.filedOn(), row.receiptNo(), row.createdAt());
	}

}
