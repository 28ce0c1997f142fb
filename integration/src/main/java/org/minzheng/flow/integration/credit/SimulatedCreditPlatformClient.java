package org.minzheng.flow.integration.credit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory credit platform for the embedded default, demos and tests: accepts every
 * well-formed record, numbers it {@code CR-<n>}, and answers a repeated idempotency key
 * with the first receipt. A missing key is rejected (400
 * {@code IDEMPOTENCY_KEY_MISSING}); {@link #failNext(int)} simulates an outage.
 */
public final class SimulatedCreditPlatformClient implements CreditPlatformClient {

	private static final Logger log = LoggerFactory.getLogger(SimulatedCreditPlatformClient.class);

	private final Map<String, CreditReceipt> receipts = new ConcurrentHashMap<>();

	private final Map<String, CreditRecord> records = new ConcurrentHashMap<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	private final Clock clock;

	public SimulatedCreditPlatformClient(Clock clock) {
		this.clock = clock;
	}

	@Override
	public CreditReceipt report(CreditRecord record, String idempotencyKey) {
		String operation = "report " + record.category() + " for " + record.caseNo();
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpCreditPlatformClient.REGISTRY, operation + ": simulated outage");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new RegistryRejectedException(HttpCreditPlatformClient.REGISTRY, 400, "IDEMPOTENCY_KEY_MISSING",
					operation);
		}
		CreditReceipt receipt = receipts.computeIfAbsent(idempotencyKey, key -> {
			CreditReceipt created = new CreditReceipt("CR-%06d".formatted(sequence.incrementAndGet()), clock.instant());
			records.put(created.recordNo(), record);
			return created;
		});
		log.info("{} (key {}): {}", operation, idempotencyKey, receipt.recordNo());
		return receipt;
	}

	/** Makes the next {@code count} reports fail as if the platform were down. */
	public void failNext(int count) {
		failuresToSimulate.set(count);
	}

	/** The records accepted so far, by record number. */
	public Map<String, CreditRecord> records() {
		return Map.copyOf(records);
	}

}
