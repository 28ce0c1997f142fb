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

}
