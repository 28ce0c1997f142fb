package org.minzheng.flow.charity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A charitable trust as filed: its current trustee (an external party), custodian bank,
 * purpose and when the trust document was signed; {@code late} when the first filing came
 * more than the allowed days after signing.
 */
public record Trust(long id, String trustNo, String name, String registrarCode, String trusteeUnitCode,
		String supervisorName, String custodianBank, String custodianAccount, String purpose, Integer termYears,
		LocalDate signedOn, TrustStatus status, boolean late, LocalDate filedOn, String receiptNo, Instant createdAt) {
}
