package org.minzheng.flow.integration.charityplatform;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory 慈善中国 for the embedded default, demos and tests: publishes every
 * well-formed publication, numbers it {@code CSZG-<n>}, and answers a repeated
 * idempotency key with the first receipt. A missing key is rejected (400
 * {@code IDEMPOTENCY_KEY_MISSING}); {@link #failNext(int)} simulates an outage.
 */
public final class SimulatedCharityPlatformClient implements CharityPlatformClient {

	private static final Logger log = LoggerFactory.getLogger(SimulatedCharityPlatformClient.class);

	private final Map<String, PublicationReceipt> receipts = new ConcurrentHashMap<>();

	private final Map<String, Publication> publications = new ConcurrentHashMap<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	private final Clock clock;

	public SimulatedCharityPlatformClient(Clock clock) {
		this.clock = clock;
	}

	@Override
	public PublicationReceipt publish(Publication publication, String idempotencyKey) {
		String operation = "publish " + publication.kind() + " for " + publication.caseNo();
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpCharityPlatformClient.REGISTRY,
					operation + ": simulated outage");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new RegistryRejectedException(HttpCharityPlatformClient.REGISTRY, 400, "IDEMPOTENCY_KEY_MISSING",
					operation);
		}
		PublicationReceipt receipt = receipts.computeIfAbsent(idempotencyKey, key -> {
			PublicationReceipt created = new PublicationReceipt("CSZG-%06d".formatted(sequence.incrementAndGet()),
					clock.instant());
			publications.put(created.publicationNo(), publication);
			return created;
		});
		log.info("{} (key {}): {}", operation, idempotencyKey, receipt.publicationNo());
		return receipt;
	}

	/** Makes the next {@code count} publications fail as if the platform were down. */
	public void failNext(int count) {
		failuresToSimulate.set(count);
	}

	/** The publications accepted so far, by publication number. */
	public Map<String, Publication> publications() {
		return Map.copyOf(publications);
	}

}
