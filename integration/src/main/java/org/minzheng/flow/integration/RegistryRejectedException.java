package org.minzheng.flow.integration;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry understood the call and refused it (HTTP 4xx): a missing authorisation, an
 * unknown request id, a malformed ID number. Not retryable: the same call is refused
 * again until the data is corrected.
 *
 * <p>
 * Carries the HTTP status and, when the registry's error body had one, its error code, so
 * that a delegate can turn a known code into a business outcome. The registry's free-text
 * message is not kept because it may quote personal data.
 */
public class RegistryRejectedException extends RegistryException {

	// A registry code is an identifier; anything else (prose, an echoed ID number) is not
	// kept.
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

	private final int status;

	private final String errorCode;

	public RegistryRejectedException(String registry, int status, String errorCode, String message) {
		super(registry, false,
				message + " (HTTP " + status + sanitize(errorCode).map(c -> ", code " + c).orElse("") + ")", null);
		this.status = status;
		this.errorCode = sanitize(errorCode).orElse(null);
	}

	/** The HTTP status the registry answered with (400-499). */
	public int status() {
		return status;
	}

	/**
	 * The registry's error code, e.g. {@code AUTHORISATION_MISSING}, when its error body
	 * had one.
	 */
	public Optional<String> errorCode() {
		return Optional.ofNullable(errorCode);
	}

	private static Optional<String> sanitize(String code) {
		return Optional.ofNullable(code).filter(c -> CODE.matcher(c).matches());
	}

}
