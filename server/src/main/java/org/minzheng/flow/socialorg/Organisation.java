package org.minzheng.flow.socialorg;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A social organisation as registered (or being registered). */
record Organisation(long id, String name, OrganisationType orgType, String managementMode, String registrarCode,
		String supervisoryUnitCode, boolean provinceEntrusted, String entrustmentBasis, String uscc, String status,
		CreditState creditState, LocalDate creditSince, String domicile, BigDecimal capitalYuan, String legalRepName,
		String legalRepIdNumber, Integer partyMembers, LocalDate registeredOn, LocalDate lastActivityOn,
		Instant createdAt) {

	static final String PREPARING = "PREPARING";

	static final String REGISTERED = "REGISTERED";

	static final String NOT_REGISTERED = "NOT_REGISTERED";

	boolean dual() {
		return "DUAL".equals(managementMode);
	}

}
