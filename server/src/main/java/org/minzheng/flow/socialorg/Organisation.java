package org.minzheng.flow.socialorg;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.minzheng.flow.socialorg.credit.CreditState;

/** A social organisation as registered (or being registered). */
public record Organisation(long id, String name, OrganisationType orgType, String managementMode, String registrarCode,
		String supervisoryUnitCode, boolean provinceEntrusted, String entrustmentBasis, String uscc, String status,
		CreditState creditState, LocalDate creditSince, String domicile, BigDecimal capitalYuan, String legalRepName,
		org.minzheng.flow.shared.SealedText legalRepIdNumber, Integer partyMembers, LocalDate registeredOn,
		LocalDate lastActivityOn, Instant createdAt) {

	public static final String PREPARING = "PREPARING";

	public static final String REGISTERED = "REGISTERED";

	public static final String NOT_REGISTERED = "NOT_REGISTERED";

	boolean dual() {
		return "DUAL".equals(managementMode);
	}

}
