package org.minzheng.flow.aid;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application as the window clerk registers it: the household, its members (each with
 * a signed authorisation for the economic check: 一证一书) and the conflict-of-interest
 * declaration.
 */
public record SubmitApplication(@NotNull BenefitType benefitType, @NotBlank @Size(max = 20) String competentStreetCode,
		@Size(max = 20) String intakeStreetCode, @NotBlank @Size(max = 300) String address,
		@NotNull Boolean conflictOfInterest, @Size(max = 500) String conflictNote,
		@NotEmpty @Size(max = 20) List<@Valid @NotNull Member> members, @Valid Declaration declaration,
		org.minzheng.flow.aid.amount.SupportMode supportMode) {

	/**
	 * An application without the household's declaration (generated data, older clients).
	 */
	public SubmitApplication(BenefitType benefitType, String competentStreetCode, String intakeStreetCode,
			String address, Boolean conflictOfInterest, String conflictNote, List<Member> members) {
		this(benefitType, competentStreetCode, intakeStreetCode, address, conflictOfInterest, conflictNote, members,
				null);
	}

	/**
	 * An application without a 特困 support mode (集中/分散; older clients, 低保).
	 */
	public SubmitApplication(BenefitType benefitType, String competentStreetCode, String intakeStreetCode,
			String address, Boolean conflictOfInterest, String conflictNote, List<Member> members,
			Declaration declaration) {
		this(benefitType, competentStreetCode, intakeStreetCode, address, conflictOfInterest, conflictNote, members,
				declaration, null);
	}

	/**
	 * The household's declaration (收入、财产申报) and its signed commitment that it is true
	 * (承诺书): monthly income and financial assets in fen, motor vehicles, dwellings
	 * besides the one lived in. The economic-status check verifies it later.
	 */
	public record Declaration(
			@NotNull @jakarta.validation.constraints.PositiveOrZero @jakarta.validation.constraints.Max(100_000_000_00L) Long monthlyIncomeFen,
			@NotNull @jakarta.validation.constraints.PositiveOrZero @jakarta.validation.constraints.Max(10_000_000_000_00L) Long financialAssetsFen,
			@NotNull @jakarta.validation.constraints.PositiveOrZero @jakarta.validation.constraints.Max(99) Integer vehicles,
			@NotNull @jakarta.validation.constraints.PositiveOrZero @jakarta.validation.constraints.Max(99) Integer otherProperties,
			@NotNull Boolean signed) {
	}

	/**
	 * A household member; a severe disability (重度残疾, grade 1–2) and a serious illness
	 * (重病) count for the 生活扶助金 (optional, false when not given).
	 */
	public record Member(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 18) String idNumber,
			@NotNull Relation relation, @NotNull HukouStatus hukouStatus, @NotNull Boolean authorisationSigned,
			Boolean severeDisability, Boolean seriousIllness) {

		/** A member with neither condition (older clients). */
		public Member(String name, String idNumber, Relation relation, HukouStatus hukouStatus,
				Boolean authorisationSigned) {
			this(name, idNumber, relation, hukouStatus, authorisationSigned, false, false);
		}

	}

	/** Relation to the applicant. */
	public enum Relation {

		APPLICANT, SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER

	}

	/** Hukou status as declared (verified against the population registry later). */
	public enum HukouStatus {

		/** 深圳户籍. */
		SHENZHEN_HUKOU,
		/** 户籍家庭中的非户籍成员. */
		NON_HUKOU_MEMBER,
		/** 符合条件的非户籍常住人员. */
		NON_HUKOU_RESIDENT

	}

}
