package org.minzheng.flow.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * The input rules every request obeys, in one place. {@link InputRulesConfig} applies
 * them to every JSON body (strings, dates, numbers, list sizes, the document's size and
 * depth) and to every query and path parameter; bean validation on the request records
 * adds each field's own bounds ({@code @Size}, {@code @Digits}, ranges), and
 * {@code InputRulesCoverageTest} checks that no request record leaves a string, decimal
 * or list unbounded.
 * <ul>
 * <li>Text is normalised to NFC (so 「后」 typed two ways is one name) and refused when it
 * holds control characters (other than tab and line breaks), a lone surrogate,
 * bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: a
 * right-to-left override makes a stored name read differently from what it is), a byte
 * order mark or a non-character, or nothing but white space (U+3000 included).</li>
 * <li>Dates lie between {@value #MIN_YEAR} and {@value #MAX_YEAR}.</li>
 * <li>Numbers: a fractional number is refused for a whole field; a decimal has at most
 * {@value #MAX_INTEGER_DIGITS} integer and {@value #MAX_FRACTION_DIGITS} fraction digits
 * before any field's own {@code @Digits}.</li>
 * <li>Lists hold at most {@value #MAX_ITEMS} items before any field's own {@code @Size};
 * a JSON document is at most {@value #MAX_DOCUMENT_CHARS} characters and
 * {@value #MAX_DEPTH} levels deep.</li>
 * </ul>
 * A refusal is a {@code 400} ProblemDetail whose {@code code} is one of {@code TEXT_*},
 * {@code DATE_OUT_OF_RANGE}, {@code NUMBER_TOO_LONG}, {@code TOO_MANY_ITEMS} or
 * {@code INPUT_TOO_LARGE}, naming the field.
 */
public final class InputRules {

	/** Earliest year a date may have (the oldest resident's birth is later). */
	public static final int MIN_YEAR = 1900;

	/** Latest year a date may have (a lease, a validity, a plan). */
	public static final int MAX_YEAR = 2199;

	/** Most items in any list of a request, before a field's own {@code @Size}. */
	public static final int MAX_ITEMS = 1000;

	/** Most characters in a JSON request body. */
	public static final int MAX_DOCUMENT_CHARS = 2_000_000;

	/** Most nesting levels of a JSON request body. */
	public static final int MAX_DEPTH = 32;

	/** Most characters in any one JSON string, before a field's own {@code @Size}. */
	public static final int MAX_STRING_CHARS = 200_000;

	/** Most integer digits of any decimal, before a field's own {@code @Digits}. */
	public static final int MAX_INTEGER_DIGITS = 16;

	/** Most fraction digits of any decimal, before a field's own {@code @Digits}. */
	public static final int MAX_FRACTION_DIGITS = 8;

	private InputRules() {
	}

	/**
	 * Marks a string field kept exactly as sent (no NFC normalisation), such as a
	 * password, whose bytes matter; the other text rules still apply.
	 */
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Verbatim {

	}

	/**
	 * A refused input: the stable code, the field it names and the message for staff.
	 */
	public static final class Violation extends IllegalArgumentException {

		private final String code;

		private final String messageEn;

		Violation(String code, String message, String messageEn) {
			super(message);
			this.code = code;
			this.messageEn = messageEn;
		}

		public String code() {
			return code;
		}

		public String messageEn() {
			return messageEn;
		}

	}

	/**
	 * The rule a JSON reading broke, for code that reads JSON itself (a process
	 * proposal): thrown, it answers with the rule's code.
	 */
	public static java.util.Optional<Violation> violation(Throwable readingFailure) {
		for (Throwable t = readingFailure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof InputRulesConfig.Rejected rejected) {
				return java.util.Optional.of(rejected.violation());
			}
		}
		return java.util.Optional.empty();
	}

	/** The text in NFC, or a {@link Violation} naming what is wrong with it. */
	public static String text(String raw) {
		return text(raw, true);
	}

	/**
	 * The text checked, and normalised to NFC when {@code normalise}; {@code null} stays
	 * {@code null} and the empty string stays empty (a field's {@code @NotBlank} decides
	 * whether it may be).
	 */
	public static String text(String raw, boolean normalise) {
		if (raw == null || raw.isEmpty()) {
			return raw;
		}
		boolean blank = true;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
					int cp = Character.toCodePoint(c, raw.charAt(i + 1));
					if ((cp & 0xFFFE) == 0xFFFE) {
						throw nonCharacter(cp);
					}
					blank = false;
					i++;
					continue;
				}
				throw loneSurrogate();
			}
			if (Character.isLowSurrogate(c)) {
				throw loneSurrogate();
			}
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (Character.getType(c) == Character.CONTROL) {
				throw new Violation("TEXT_CONTROL_CHARACTER", "含有不可见的控制字符（U+" + hex(c) + "），请删除后重新输入",
						"contains an invisible control character (U+" + hex(c) + ")");
			}
			if (bidiControl(c)) {
				throw new Violation("TEXT_BIDI_CONTROL", "含有改变文字方向的控制字符（U+" + hex(c) + "），请删除后重新输入",
						"contains a bidirectional control character (U+" + hex(c) + ")");
			}
			if (c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
				throw nonCharacter(c);
			}
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				blank = false;
			}
		}
		if (blank) {
			throw new Violation("TEXT_BLANK", "只有空格，请填写内容或留空", "holds nothing but white space");
		}
		if (!normalise || Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
			return raw;
		}
		return Normalizer.normalize(raw, Normalizer.Form.NFC);
	}

	/** The date, or a {@link Violation} when its year is outside the range. */
	public static LocalDate date(LocalDate date) {
		if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
			throw new Violation("DATE_OUT_OF_RANGE", "日期须在 " + MIN_YEAR + " 年到 " + MAX_YEAR + " 年之间",
					"must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR);
		}
		return date;
	}

	/**
	 * The decimal, or a {@link Violation} when it has more digits than any column holds;
	 * trailing zeros do not count ({@code 1.50} has one fraction digit).
	 */
	public static BigDecimal decimal(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		int fraction = Math.max(stripped.scale(), 0);
		int integer = stripped.precision() - stripped.scale();
		if (integer > MAX_INTEGER_DIGITS || fraction > MAX_FRACTION_DIGITS) {
			throw new Violation("NUMBER_TOO_LONG",
					"数字位数过多（整数至多 " + MAX_INTEGER_DIGITS + " 位，小数至多 " + MAX_FRACTION_DIGITS + " 位）",
					"has too many digits (at most " + MAX_INTEGER_DIGITS + " before and " + MAX_FRACTION_DIGITS
							+ " after the point)");
		}
		return value;
	}

	/** A {@link Violation} for a list longer than {@code max}. */
	public static Violation tooManyItems(int max) {
		return new Violation("TOO_MANY_ITEMS", "条目过多，至多 " + max + " 条", "has more than " + max + " items");
	}

	private static boolean bidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}

	private static Violation loneSurrogate() {
		return new Violation("TEXT_INVALID_CHARACTER", "含有无法识别的字符（不成对的代理项），请重新输入",
				"contains a lone surrogate (not a character)");
	}

	private static Violation nonCharacter(int cp) {
		return new Violation("TEXT_INVALID_CHARACTER", "含有无法识别的字符（U+" + hex(cp) + "），请重新输入",
				"contains a non-character (U+" + hex(cp) + ")");
	}

	private static String hex(int cp) {
		return String.format("%04X", cp);
	}

}
