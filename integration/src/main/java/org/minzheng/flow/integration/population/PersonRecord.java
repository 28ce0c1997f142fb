package org.minzheng.flow.integration.population;

import java.util.Objects;
import org.minzheng.flow.integration.Masking;

/**
 * What the population registry says about one person. Deliberately without a name: names
 * live in our own tables, and copying them from the registry would create a second,
 * diverging source.
 *
 * @param idNumber the citizen ID number that was looked up
 * @param found whether the registry knows the person; {@code false} exactly when
 * {@code hukouStatus} is {@link HukouStatus#NOT_FOUND}
 * @param hukouStatus the household-registration status
 * @param hukouDistrictCode the 6-digit administrative code of the hukou district (e.g.
 * {@code 440308} 盐田区) for {@link HukouStatus#SHENZHEN_HUKOU}, otherwise {@code null}
 * @param alive {@code false} when the registry records a death; also {@code false} for a
 * person not found, since nothing is known
 */
public record PersonRecord(String idNumber, boolean found, HukouStatus hukouStatus, String hukouDistrictCode,
		boolean alive) {

	public PersonRecord {
		Objects.requireNonNull(idNumber, "idNumber");
		Objects.requireNonNull(hukouStatus, "hukouStatus");
		if (found == (hukouStatus == HukouStatus.NOT_FOUND)) {
			throw new IllegalArgumentException("found must be false exactly when hukouStatus is NOT_FOUND");
		}
		if ((hukouStatus == HukouStatus.SHENZHEN_HUKOU) != (hukouDistrictCode != null)) {
			throw new IllegalArgumentException("hukouDistrictCode is required for, and only for, SHENZHEN_HUKOU");
		}
	}

	/** The answer for a person the registry does not know. */
	public static PersonRecord notFound(String idNumber) {
		return new PersonRecord(idNumber, false, HukouStatus.NOT_FOUND, null, false);
	}

	/** Masks the ID number: records end up in log lines. */
	@Override
	public String toString() {
		return "PersonRecord[idNumber=" + Masking.idNumber(idNumber) + ", found=" + found + ", hukouStatus="
				+ hukouStatus + ", hukouDistrictCode=" + hukouDistrictCode + ", alive=" + alive + "]";
	}

}
