package org.minzheng.flow.integration.economic;

import java.util.Objects;
import org.minzheng.flow.integration.Masking;

/**
 * A household member whose economic status is to be checked.
 *
 * @param idNumber 18-character citizen ID number (居民身份证号码)
 * @param relationCode relation to the applicant as a GB/T 4761 family-relation code, e.g.
 * {@code 01} 本人 (self), {@code 10} 配偶 (spouse), {@code 20} 子 (son), {@code 30} 女
 * (daughter), {@code 50} 父母 (parent)
 */
public record HouseholdMember(String idNumber, String relationCode) {

	public HouseholdMember {
		Objects.requireNonNull(idNumber, "idNumber");
		Objects.requireNonNull(relationCode, "relationCode");
	}

	/** Masks the ID number: records end up in log lines. */
	@Override
	public String toString() {
		return "HouseholdMember[idNumber=" + Masking.idNumber(idNumber) + ", relationCode=" + relationCode + "]";
	}

}
