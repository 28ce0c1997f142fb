package org.minzheng.flow.integration;

/**
 * The registry answered, but not as agreed: a body that is not JSON, a missing required
 * field, an unknown enum value, an answer about another person or request. Not retryable:
 * asking again gets the same answer, so this needs a person (usually a contract change on
 * either side).
 */
public class RegistryProtocolException extends RegistryException {

	public RegistryProtocolException(String registry, String message) {
		super(registry, false, message, null);
	}

}
