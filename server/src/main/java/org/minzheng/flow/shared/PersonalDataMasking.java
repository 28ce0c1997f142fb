package org.minzheng.flow.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for screens and logs where the role does not need it. Names are
 * counted in code points: rare characters (生僻字 such as 𠮷) lie outside the BMP and take
 * two Java chars.
 */
public final class PersonalDataMasking {

	/**
	 * Common two-character surnames (复姓); kept whole when the name is longer than the
	 * surname.
	 */
	static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
			"令狐", "夏侯", "宇文", "司徒", "端木", "南宫", "西门", "独孤");

	/** 17 digits and a digit or X, not inside a longer run of digits. */
	private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");

	/**
	 * 11 digits starting with 1, optionally +86/86 and 3-4-4 groups split by a space or
	 * hyphen.
	 */
	private static final Pattern MOBILE = Pattern
		.compile("(?<!\\d)((?:\\+?86[- ]?)?1\\d{2})([- ]?)\\d{4}([- ]?)(\\d{4})(?!\\d)");

	private PersonalDataMasking() {
	}

	/**
	 * The family name followed by one star per remaining character: 张𠮷 → 张*, 欧阳娜娜 → 欧阳**
	 * (a known compound surname is kept whole when the name is longer than it; 欧阳 alone
	 * is read as 欧 + 阳 → 欧*). A name of one character is returned as it is (it is only a
	 * family name); {@code null} stays {@code null}.
	 */
	public static String maskName(String name) {
		if (name == null) {
			return null;
		}
		String stripped = name.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length <= 1) {
			return stripped;
		}
		int kept = length > 2 && COMPOUND_SURNAMES.stream().anyMatch(stripped::startsWith) ? 2 : 1;
		return stripped.substring(0, stripped.offsetByCodePoints(0, kept)) + "*".repeat(length - kept);
	}

	/**
	 * Free text with every citizen-ID-shaped number (18 characters, checked or not)
	 * masked as {@code 440308********123X} and every mobile number masked as
	 * {@code 138****5678} (separators and a +86 prefix are kept); {@code null} stays
	 * {@code null}.
	 */
	public static String maskText(String text) {
		if (text == null) {
			return null;
		}
		String masked = CITIZEN_ID.matcher(text).replaceAll(match -> CitizenIdNumber.mask(match.group()));
		Matcher mobile = MOBILE.matcher(masked);
		return mobile.replaceAll(match -> Matcher
			.quoteReplacement(match.group(1) + match.group(2) + "****" + match.group(3) + match.group(4)));
	}

}
