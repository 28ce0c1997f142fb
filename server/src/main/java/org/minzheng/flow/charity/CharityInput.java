package org.minzheng.flow.charity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.minzheng.flow.shared.ApiException;

/** Checks of request fields: each failure is a 400 with a stable code and the field. */
final class CharityInput {

	private CharityInput() {
	}

	/** A required text, stripped, at most {@code max} characters. */
	static String require(String value, String field, String label, int max) {
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest("FIELD_REQUIRED", field, "请填写：{0}", label);
		}
		return bounded(value.strip(), field, label, max);
	}

	/** An optional text, stripped, {@code null} when blank. */
	static String optional(String value, String field, String label, int max) {
		return value == null || value.isBlank() ? null : bounded(value.strip(), field, label, max);
	}

	/** A required ISO date ({@code 2026-03-20}). */
	static LocalDate requireDate(String value, String field, String label) {
		String text = require(value, field, label, 10);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("FIELD_PATTERN", field, "{0}：请按 yyyy-MM-dd 填写日期", label);
		}
	}

	private static String bounded(String value, String field, String label, int max) {
		if (value.codePointCount(0, value.length()) > max) {
			throw ApiException.badRequest("FIELD_TOO_LONG", field, "{0}：不能超过 {1} 字", label, max);
		}
		return value;
	}

}
