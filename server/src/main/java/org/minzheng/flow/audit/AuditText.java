package org.minzheng.flow.audit;

import org.minzheng.flow.shared.PersonalDataMasking;

/**
 * Makes free text fit for the audit trail: masks personal numbers, replaces broken UTF-16
 * and cuts it to the column size without splitting a character.
 */
final class AuditText {

	/** Column size of {@code summary} and {@code reason}. */
	static final int MAX_LENGTH = 1000;

	static final String ELLIPSIS = "…";

	private static final int REPLACEMENT = 0xFFFD;

	private AuditText() {
	}

	/**
	 * ID numbers become 440308********1234 and mobile numbers 138****5678 (the shared
	 * masking rules); masked first, so that a cut can never leave part of a number
	 * readable, then cut.
	 */
	static String clean(String text) {
		return text == null ? null : truncate(PersonalDataMasking.maskText(wellFormed(text)));
	}

	/**
	 * At most {@value #MAX_LENGTH} Java chars, so it fits the column whether the database
	 * counts code points (MySQL) or UTF-16 units; ends in an ellipsis when cut, never
	 * with half a surrogate pair.
	 */
	static String truncate(String text) {
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		int end = MAX_LENGTH - ELLIPSIS.length();
		if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + ELLIPSIS;
	}

	/**
	 * Lone surrogates cannot be stored as UTF-8 and would hash differently from what the
	 * database keeps.
	 */
	private static String wellFormed(String text) {
		if (text.codePoints().noneMatch(AuditText::isSurrogate)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> out.appendCodePoint(isSurrogate(cp) ? REPLACEMENT : cp));
		return out.toString();
	}

	private static boolean isSurrogate(int codePoint) {
		return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
	}

}
