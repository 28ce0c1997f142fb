package org.minzheng.flow.integration.economic;

import java.time.Instant;
import java.util.Objects;

/**
 * The centre's acknowledgement of a filed check.
 *
 * @param requestId the centre's id of the check; the result carries it, so store it with
 * the case
 * @param acceptedAt when the centre accepted the (original) request
 * @param duplicate {@code true} when the centre already had this idempotency key and
 * returned the original request instead of filing a new one
 */
public record EconomicCheckReceipt(String requestId, Instant acceptedAt, boolean duplicate) {

	public EconomicCheckReceipt {
		Objects.requireNonNull(requestId, "requestId");
		Objects.requireNonNull(acceptedAt, "acceptedAt");
	}

}
