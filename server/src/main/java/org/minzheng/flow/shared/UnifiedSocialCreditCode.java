package org.minzheng.flow.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100): registration authority (1
 * character), organisation type (1), region code (6), organisation code (9) and a check
 * character, over the 31 characters "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, Z, S, V).
 * Instances are valid and normalised (trimmed, upper-case).
 */
public final class UnifiedSocialCreditCode {

	/** Why a string is not a valid code; the name is the stable API error code. */
	public enum Problem {

		/** Not 18 characters of the code alphabet. */
		USCC_FORMAT("统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）"),

		/** The check character does not match. */
		USCC_CHECK_CHARACTER("统一社会信用代码校验位不正确");

		private final String message;

		Problem(String message) {
			this.message = message;
		}

		/** A message for staff, in Chinese. */
		/**
		 * The message as part of another ({@code {0}} of a refusal), read in the reader's
		 * language from {@code problem.<name>}.
		 */
		public org.springframework.context.MessageSourceResolvable text() {
			return new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { "problem." + name() }, message);
		}

		public String message() {
			return message;
		}

	}

	/**
	 * Organisations registered by civil affairs (registration authority 5) by their type
	 * character.
	 */
	public enum SocialOrganisationType {

		/** 51 社会团体. */
		ASSOCIATION('1'),

		/** 52 社会服务机构 (formerly 民办非企业单位). */
		SOCIAL_SERVICE_INSTITUTION('2'),

		/** 53 基金会. */
		FOUNDATION('3'),

		/** 59 other organisations registered by civil affairs. */
		OTHER('9');

		private final char typeCharacter;

		SocialOrganisationType(char typeCharacter) {
			this.typeCharacter = typeCharacter;
		}

		/** The second character of the code. */
		public char typeCharacter() {
			return typeCharacter;
		}

	}

	/** Registration authority: civil affairs (民政). */
	public static final char CIVIL_AFFAIRS = '5';

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final String value;

	private UnifiedSocialCreditCode(String value) {
		this.value = value;
	}

	/** What is wrong with the code (after trimming and upper-casing), if anything. */
	public static Optional<Problem> problem(String raw) {
		String value = normalise(raw);
		if (value == null || value.length() != 18 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.of(Problem.USCC_FORMAT);
		}
		if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
			return Optional.of(Problem.USCC_CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	/**
	 * The valid, normalised code.
	 * @throws IllegalArgumentException naming the {@link Problem} if the code is not
	 * valid
	 */
	public static UnifiedSocialCreditCode of(String raw) {
		Optional<Problem> problem = problem(raw);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get().name() + ": " + problem.get().message());
		}
		return new UnifiedSocialCreditCode(normalise(raw));
	}

	/**
	 * The check character for the first 17 characters: 31 − (Σ value × 3^(i−1) mod 31),
	 * 31 → '0'.
	 */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("Expected 17 characters, got " + first17.length());
		}
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			int charValue = ALPHABET.indexOf(first17.charAt(i));
			if (charValue < 0) {
				throw new IllegalArgumentException("Not a code character at position " + (i + 1));
			}
			sum += charValue * weight;
			weight = weight * 3 % 31;
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	public String value() {
		return value;
	}

	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** The two-character authority and type prefix, e.g. "53" for a foundation. */
	public String authorityAndType() {
		return value.substring(0, 2);
	}

	/** The 6-digit region code of the registrar (characters 3–8). */
	public String regionCode() {
		return value.substring(2, 8);
	}

	/** Whether civil affairs registered the organisation (registration authority 5). */
	public boolean isCivilAffairs() {
		return registrationAuthority() == CIVIL_AFFAIRS;
	}

	/**
	 * The social-organisation type for codes 51, 52, 53 and 59; empty for any other
	 * prefix.
	 */
	public Optional<SocialOrganisationType> socialOrganisationType() {
		if (!isCivilAffairs()) {
			return Optional.empty();
		}
		for (SocialOrganisationType type : SocialOrganisationType.values()) {
			if (type.typeCharacter() == value.charAt(1)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UnifiedSocialCreditCode code && code.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

	private static String normalise(String raw) {
		return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
	}

}
