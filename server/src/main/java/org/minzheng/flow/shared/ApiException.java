package org.minzheng.flow.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A business-level refusal with a stable {@code code} (for clients and tests) and a
 * message for staff in Chinese. Mapped to a ProblemDetail by {@link ApiExceptionHandler};
 * nothing has been changed when thrown inside a service transaction.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Map<String, Object> properties;

	public ApiException(HttpStatus status, String code, String message) {
		this(status, code, message, Map.of());
	}

	public ApiException(HttpStatus status, String code, String message, Map<String, Object> properties) {
		super(message);
		this.status = status;
		this.code = code;
		this.properties = properties;
	}

	public static ApiException badRequest(String code, String field, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, message, Map.of("field", field));
	}

	public static ApiException notFound(String code, String message) {
		return new ApiException(HttpStatus.NOT_FOUND, code, message);
	}

	public static ApiException forbidden(String code, String message) {
		return new ApiException(HttpStatus.FORBIDDEN, code, message);
	}

	public static ApiException conflict(String code, String message) {
		return new ApiException(HttpStatus.CONFLICT, code, message);
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

}
