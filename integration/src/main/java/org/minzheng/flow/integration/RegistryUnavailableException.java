package org.minzheng.flow.integration;

/**
 * The registry could not be reached or did not answer in time: connection refused,
 * connect or read timeout, an HTTP 5xx, an interrupted call. Always retryable.
 */
public class RegistryUnavailableException extends RegistryException {

	public RegistryUnavailableException(String registry, String message) {
		super(registry, true, message, null);
	}

	public RegistryUnavailableException(String registry, String message, Throwable cause) {
		super(registry, true, message, cause);
	}

}
