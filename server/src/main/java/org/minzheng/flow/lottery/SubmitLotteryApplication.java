package org.minzheng.flow.lottery;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application for a new outlet as the district lottery office registers it: who
 * applies (a person by ID number, or a legal entity by USCC), and the proposed site with
 * its coordinates, area and lease.
 */
public record SubmitLotteryApplication(@NotBlank @Size(max = 20) String areaCode, @NotNull ApplicantKind applicantKind,
		@NotBlank @Size(max = 100) String applicantName, @NotBlank @Size(max = 18) String applicantId,
		@Pattern(regexp = "1\\d{10}") String mobile, @NotBlank @Size(max = 200) String siteAddress,
		@NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal siteLatitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal siteLongitude,
		@NotNull @DecimalMin(value = "0.01") @DecimalMax("99999") @Digits(integer = 5, fraction = 2,
				message = "经营场所面积须为平方米数，至多两位小数") BigDecimal siteAreaM2,
		@NotNull LocalDate leaseUntil) {

	/** Who applies. */
	public enum ApplicantKind {

		PERSON, ENTITY

	}

}
