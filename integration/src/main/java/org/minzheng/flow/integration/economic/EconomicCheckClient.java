package org.minzheng.flow.integration.economic;

import java.util.Optional;

/**
 * The city verification centre's household economic-status check (居民家庭经济状况核对, 核对中心).
 *
 * <p>
 * The check is asynchronous: {@link #submit} only files the request; the answer comes
 * days later, pushed to us (the server correlates it as a message through its inbox
 * table) or, as a fallback, fetched with {@link #fetchResult}. Both methods throw a
 * {@link org.minzheng.flow.integration.RegistryException} subtype on failure.
 */
public interface EconomicCheckClient {

	/**
	 * Files a check. Safe to repeat with the same
	 * {@link EconomicCheckRequest#idempotencyKey()} (as a job retry does): the registry
	 * returns the original request, marked {@link EconomicCheckReceipt#duplicate()}.
	 */
	EconomicCheckReceipt submit(EconomicCheckRequest request);

	/**
	 * The result of a filed check, or empty while the centre is still working on it.
	 * @throws org.minzheng.flow.integration.RegistryRejectedException with code
	 * {@code CHECK_NOT_FOUND} when the centre does not know the request id
	 */
	Optional<EconomicCheckResult> fetchResult(String requestId);

}
