package org.minzheng.flow.shared;

/**
 * A personal identifier (a citizen ID number, an individual's credit code) that is
 * encrypted in the table and clear in memory: the MyBatis type handler registered by
 * {@link PersonalDataTypeHandlers} seals it on the way in and opens it on the way out, so
 * a mapper reads and writes it like any other column. {@link #toString()} is masked.
 *
 * @param value the clear value
 */
public record SealedText(String value) {

	/** The clear value wrapped, or {@code null}. */
	public static SealedText of(String value) {
		return value == null ? null : new SealedText(value);
	}

	/** The clear value of a possibly {@code null} wrapper. */
	public static String valueOf(SealedText text) {
		return text == null ? null : text.value();
	}

	/**
	 * Masked for display: an 18-character identifier as its first 6 and last 4 characters
	 * with 8 stars between, anything else its first and last character.
	 */
	public String masked() {
		return mask(value);
	}

	/** The same masking for a clear value; {@code null} stays {@code null}. */
	public static String mask(String value) {
		if (value == null) {
			return null;
		}
		if (value.length() == 18) {
			return CitizenIdNumber.mask(value);
		}
		if (value.length() <= 2) {
			return "*".repeat(value.length());
		}
		return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
	}

	@Override
	public String toString() {
		return masked();
	}

}
