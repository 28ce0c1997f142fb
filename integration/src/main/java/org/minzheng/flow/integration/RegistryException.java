package org.minzheng.flow.integration;

/**
 * Base of every failure a registry client reports.
 *
 * <p>
 * The {@link #isRetryable() retryable} flag is what a calling delegate needs to decide: a
 * retryable failure is thrown on so that the engine's job retry cycle tries again later
 * (and raises an incident when the retries are exhausted); a non-retryable one will fail
 * the same way every time, so repeating it only delays the incident. Messages never
 * contain personal data: ID numbers are masked with {@link Masking} and registry-supplied
 * free text is left out.
 */
public abstract class RegistryException extends RuntimeException {

	private final String registry;

	private final boolean retryable;

	protected RegistryException(String registry, boolean retryable, String message, Throwable cause) {
		super("[" + registry + "] " + message, cause);
		this.registry = registry;
		this.retryable = retryable;
	}

	/**
	 * Short name of the registry that failed, e.g. {@code economic-check} or
	 * {@code population}.
	 */
	public String registry() {
		return registry;
	}

	/**
	 * Whether the same call may succeed later (outage, timeout) as opposed to failing
	 * every time.
	 */
	public boolean isRetryable() {
		return retryable;
	}

}
