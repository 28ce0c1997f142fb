package org.minzheng.flow.integration.credit;

/**
 * The public credit platform's intake of administrative records about legal entities.
 * Synchronous; idempotent per idempotency key (a repeated report returns the first
 * receipt).
 */
public interface CreditPlatformClient {

	/**
	 * Reports a record about a legal entity.
	 * @param record what to record
	 * @param idempotencyKey business key + ":" + activity id
	 * @return the platform's receipt
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the platform
	 * fails or refuses
	 */
	CreditReceipt report(CreditRecord record, String idempotencyKey);

}
