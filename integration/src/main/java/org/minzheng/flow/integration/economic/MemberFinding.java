package org.minzheng.flow.integration.economic;

import java.util.Objects;
import org.minzheng.flow.integration.Masking;

/**
 * What the centre found about one household member.
 *
 * @param idNumber the member's citizen ID number
 * @param monthlyIncomeFen average monthly income in fen (1 yuan = 100 fen), so no
 * rounding ever happens
 * @param realEstateCount number of registered properties
 * @param vehicleCount number of registered motor vehicles
 * @param companyShareholder whether the member holds shares in a registered company
 */
public record MemberFinding(String idNumber, long monthlyIncomeFen, int realEstateCount, int vehicleCount,
		boolean companyShareholder) {

	public MemberFinding {
		Objects.requireNonNull(idNumber, "idNumber");
	}

	/** Masks the ID number: records end up in log lines. */
	@Override
	public String toString() {
		return "MemberFinding[idNumber=" + Masking.idNumber(idNumber) + ", monthlyIncomeFen=" + monthlyIncomeFen
				+ ", realEstateCount=" + realEstateCount + ", vehicleCount=" + vehicleCount + ", companyShareholder="
				+ companyShareholder + "]";
	}

}
