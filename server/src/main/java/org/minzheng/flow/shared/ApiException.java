package org.minzheng.flow.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A business-level refusal with a stable {@code code} (for clients and tests) and a
 * message for staff. Mapped to a ProblemDetail by {@link ApiExceptionHandler}, whose
 * {@code detail} is the message in the reader's language from the bundle
 * {@code messages*.properties} ({@link ProblemMessages}). The message given here is the
 * Chinese text as a {@link MessageFormat} pattern ({@code {0}} for each argument, as in
 * the bundle): the log message, and how the bundle's key is found. Nothing has been
 * changed when thrown inside a service transaction.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Map<String, Object> properties;

	private final String pattern;

	private final Object[] args;

	public ApiException(HttpStatus status, String code, String message, Object... args) {
		this(status, code, message, Map.of(), args);
	}

	public ApiException(HttpStatus status, String code, String message, Map<String, Object> properties,
			Object... args) {
		super(format(message, strings(args)));
		this.status = status;
		this.code = code;
		this.properties = properties;
		this.pattern = message;
		this.args = strings(args);
	}

	public static ApiException badRequest(String code, String field, String message, Object... args) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, message, Map.of("field", field), args);
	}

	public static ApiException notFound(String code, String message, Object... args) {
		return new ApiException(HttpStatus.NOT_FOUND, code, message, args);
	}

	public static ApiException forbidden(String code, String message, Object... args) {
		return new ApiException(HttpStatus.FORBIDDEN, code, message, args);
	}

	public static ApiException conflict(String code, String message, Object... args) {
		return new ApiException(HttpStatus.CONFLICT, code, message, args);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Map<String, Object> properties() {
		return properties;
	}

	/** The Chinese pattern as given, for when the bundle has no key. */
	String pattern() {
		return pattern;
	}

	Object[] args() {
		return args.clone();
	}

	/**
	 * The arguments as a concatenation prints them (no locale-dependent number format),
	 * but a text of the bundle ({@link MessageSourceResolvable}, e.g.
	 * {@link CitizenIdNumber.Problem#text()}) stays one, to be read in the reader's
	 * language.
	 */
	private static Object[] strings(Object[] args) {
		if (args != null && Arrays.stream(args).anyMatch(Map.class::isInstance)) {
			// a properties map written after the arguments would be shown as text and
			// lost
			throw new IllegalArgumentException("ApiException: the properties go before the message arguments");
		}
		return args == null ? new Object[0]
				: Arrays.stream(args).map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a)).toArray();
	}

	/** The text in Chinese: the pattern with its arguments, bundle texts as given. */
	static String format(String pattern, Object[] args) {
		if (args == null || args.length == 0) {
			return pattern;
		}
		Object[] chinese = Arrays.stream(args)
			.map(a -> a instanceof MessageSourceResolvable text ? text.getDefaultMessage() : a)
			.toArray();
		return new MessageFormat(pattern, Locale.ROOT).format(chinese);
	}

}
