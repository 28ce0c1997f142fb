package org.minzheng.flow.integration.creditplatform;

import java.time.LocalDate;

/** The public credit platform as the credit lists use it. Synchronous. */
public interface CreditPlatformClient {

	/**
	 * Publishes one move on a credit list. Publishing again with the same idempotency key
	 * is harmless.
	 * @param entry the move
	 * @param idempotencyKey {@code credit-transition:<id>}
	 * @return the platform's receipt number
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the platform
	 * fails
	 */
	String publish(CreditListEntry entry, String idempotencyKey);

	/**
	 * One move on a credit list.
	 *
	 * @param uscc the organisation's code ({@code null} for one never registered)
	 * @param name its name
	 * @param list ABNORMAL, SERIOUS, or NORMAL (removed)
	 * @param reasonCode why
	 * @param reasonText why, for people
	 * @param effectiveOn since when
	 * @param authority the registrar's org unit code
	 */
	record CreditListEntry(String uscc, String name, String list, String reasonCode, String reasonText,
			LocalDate effectiveOn, String authority) {
	}

}
