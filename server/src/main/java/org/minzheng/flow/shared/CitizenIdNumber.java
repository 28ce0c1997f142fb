package org.minzheng.flow.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident identity card number (公民身份号码, GB 11643): 6-digit region code, 8-digit birth
 * date, 3-digit sequence number and an ISO 7064 MOD 11-2 check character ('X' for 10).
 * Instances are valid and normalised (trimmed, upper-case X). {@link #toString()} is
 * masked, so the number never reaches a log by accident.
 */
public final class CitizenIdNumber {

	/**
	 * Why a string is not a valid citizen ID number; the name is the stable API error
	 * code.
	 */
	public enum Problem {

		/** Not 17 digits followed by a digit or X. */
		ID_FORMAT("身份证号码应为18位，前17位为数字，末位为数字或X"),

		/** The birth date (characters 7–14) is not a real date, or lies in the future. */
		ID_BIRTH_DATE("身份证号码中的出生日期不正确"),

		/** The check character does not match. */
		ID_CHECK_DIGIT("身份证号码校验位不正确");

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

	private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final String value;

	private CitizenIdNumber(String value) {
		this.value = value;
	}

	/**
	 * What is wrong with the number (after trimming and upper-casing x), judged against
	 * today in Beijing.
	 */
	public static Optional<Problem> problem(String raw) {
		return problem(raw, LocalDate.now(ZONE));
	}

	/**
	 * What is wrong with the number, with birth dates after {@code today} counting as
	 * wrong.
	 */
	public static Optional<Problem> problem(String raw, LocalDate today) {
		String value = normalise(raw);
		if (value == null || !FORMAT.matcher(value).matches()) {
			return Optional.of(Problem.ID_FORMAT);
		}
		LocalDate birthDate = parseBirthDate(value);
		if (birthDate == null || birthDate.isAfter(today)) {
			return Optional.of(Problem.ID_BIRTH_DATE);
		}
		if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
			return Optional.of(Problem.ID_CHECK_DIGIT);
		}
		return Optional.empty();
	}

	/**
	 * The valid, normalised number.
	 * @throws IllegalArgumentException naming the {@link Problem} if the number is not
	 * valid (check with {@link #problem(String)} first to answer with the code)
	 */
	public static CitizenIdNumber of(String raw) {
		Optional<Problem> problem = problem(raw);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get().name() + ": " + problem.get().message());
		}
		return new CitizenIdNumber(normalise(raw));
	}

	/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
	public static char checkCharacter(String first17Digits) {
		if (first17Digits.length() != 17) {
			throw new IllegalArgumentException("Expected 17 digits, got " + first17Digits.length() + " characters");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = Character.digit(first17Digits.charAt(i), 10);
			if (digit < 0) {
				throw new IllegalArgumentException("Not a digit at position " + (i + 1));
			}
			sum += digit * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** The full number, for the roles that need it. */
	public String value() {
		return value;
	}

	public LocalDate birthDate() {
		return parseBirthDate(value);
	}

	/** The region code of the place of first registration (first 6 digits). */
	public String regionCode() {
		return value.substring(0, 6);
	}

	/** First 6 and last 4 characters, 8 stars between: {@code 440308********123X}. */
	public String masked() {
		return mask(value);
	}

	static String mask(String eighteenCharacters) {
		return eighteenCharacters.substring(0, 6) + "********" + eighteenCharacters.substring(14);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CitizenIdNumber id && id.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

	private static String normalise(String raw) {
		return raw == null ? null : raw.strip().replace('x', 'X');
	}

	private static LocalDate parseBirthDate(String value) {
		try {
			return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
