package org.minzheng.flow.integration.population;

/**
 * The population and household-registration registry (人口库). Synchronous.
 */
public interface PopulationRegistryClient {

	/**
	 * Looks a person up. A person the registry does not know is an answer
	 * ({@link PersonRecord#found()} false), not an error.
	 * @param idNumber 18-character citizen ID number
	 * @param idempotencyKey business key + ":" + activity id, for the registry's audit
	 * trail and dedup
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the registry
	 * fails
	 */
	PersonRecord lookup(String idNumber, String idempotencyKey);

	/**
	 * Asks whether {@code name} is the name registered for {@code idNumber}. The answer
	 * is yes or no only: the registry never returns the registered name, so no further
	 * personal data flows in. An unknown person is an answer
	 * ({@link NameCheckResult#NOT_FOUND}), not an error.
	 * @param idNumber 18-character citizen ID number
	 * @param name the name as we hold it (compared by the registry after trimming)
	 * @param idempotencyKey business key + ":" + purpose, for the registry's audit trail
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the registry
	 * fails
	 */
	NameCheckResult confirmName(String idNumber, String name, String idempotencyKey);

}
