package org.minzheng.flow.integration.charityplatform;

/**
 * 慈善中国's intake of the bureau's publications. Synchronous; idempotent per idempotency key
 * (a repeated publication returns the first receipt).
 */
public interface CharityPlatformClient {

	/**
	 * Publishes a decision or filing.
	 * @param publication what to publish
	 * @param idempotencyKey business key + ":" + activity id
	 * @return the platform's receipt
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the platform
	 * fails or refuses
	 */
	PublicationReceipt publish(Publication publication, String idempotencyKey);

}
