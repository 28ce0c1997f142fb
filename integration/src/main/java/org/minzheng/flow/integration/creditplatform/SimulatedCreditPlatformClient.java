package org.minzheng.flow.integration.creditplatform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-process stand-in for the credit platform: accepts every entry once per idempotency
 * key and keeps what it received.
 */
public final class SimulatedCreditPlatformClient implements CreditPlatformClient {

	private final Map<String, CreditListEntry> received = new ConcurrentHashMap<>();

	@Override
	public String publish(CreditListEntry entry, String idempotencyKey) {
		received.putIfAbsent(idempotencyKey, entry);
		return "SIM-" + Integer.toHexString(idempotencyKey.hashCode());
	}

	/** What the platform received, by idempotency key. */
	public Map<String, CreditListEntry> received() {
		return Map.copyOf(received);
	}

	public List<CreditListEntry> entries() {
		return List.copyOf(received.values());
	}

}
