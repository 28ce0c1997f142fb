package org.minzheng.flow.integration;

/**
 * Masks personal data before it reaches a log line or an exception message.
 *
 * <p>
 * Logs and incident messages are read by operators and kept outside the case's access
 * control, so they may show enough to tell two people apart in a conversation with the
 * applicant, but never a full citizen ID number.
 */
public final class Masking {

	private static final int KEPT_PREFIX = 6;

	private static final int KEPT_SUFFIX = 4;

	private Masking() {
	}

	/**
	 * Masks a citizen ID number, keeping the region code (first 6) and the last 4
	 * characters: {@code 44030819900101123X} becomes {@code 440308********123X}. Values
	 * too short to keep both ends without revealing most of them are masked entirely;
	 * {@code null} stays {@code null}.
	 */
	public static String idNumber(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		int length = idNumber.length();
		if (length <= KEPT_PREFIX + KEPT_SUFFIX) {
			return "*".repeat(length);
		}
		return idNumber.substring(0, KEPT_PREFIX) + "*".repeat(length - KEPT_PREFIX - KEPT_SUFFIX)
				+ idNumber.substring(length - KEPT_SUFFIX);
	}

}
