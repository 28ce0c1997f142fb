package org.minzheng.flow.integration.legalentity;

/**
 * GB 32100 unified social credit code arithmetic: 18 characters over {@value #ALPHABET},
 * the last a check character over the first 17 (weights 3^(i-1) mod 31); characters 9–17
 * are the GB 11714 organisation code with its own check character.
 */
public final class Gb32100 {

	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private Gb32100() {
	}

	/** The check character of the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("character outside the GB 32100 alphabet at " + (i + 1));
			}
			sum += value * weight;
			weight = weight * 3 % 31;
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** The GB 11714 check character of an 8-character organisation code body. */
	public static char organisationCodeCheck(String first8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = first8.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += value * ORG_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/**
	 * Whether the value is 18 characters of the alphabet with a correct check character.
	 */
	public static boolean isValid(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(value.substring(0, 17)) == value.charAt(17);
	}

}
