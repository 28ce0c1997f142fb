package org.minzheng.flow.integration.credit;

import java.time.Instant;
import java.util.Objects;

/**
 * The platform's receipt for a reported record.
 *
 * @param recordNo the platform's number for the record
 * @param acceptedAt when the platform accepted it
 */
public record CreditReceipt(String recordNo, Instant acceptedAt) {

	public CreditReceipt {
		Objects.requireNonNull(recordNo, "recordNo");
		Objects.requireNonNull(acceptedAt, "acceptedAt");
		if (recordNo.isBlank()) {
			throw new IllegalArgumentException("recordNo must not be blank");
		}
	}

}
