package org.minzheng.flow.integration.credit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process credit platform for the embedded default, demos and tests.
 * <ul>
 * <li>Checks: the answer follows from the subject id alone: characters 15–17 (for an ID
 * number its sequence code 顺序码) {@code 444} → dishonest, {@code 666} → criminal record,
 * anything else → clear. An id that is not 18 characters is rejected with 400
 * {@code INVALID_SUBJECT_ID}.</li>
 * <li>Reports: every well-formed record is accepted and numbered {@code CR-<n>}; a
 * repeated idempotency key is answered with the first receipt; a missing key is rejected
 * (400 {@code IDEMPOTENCY_KEY_MISSING}).</li>
 * <li>Credit-list entries: accepted once per idempotency key, receipt {@code SIM-<hex>},
 * kept for {@link #received()}.</li>
 * </ul>
 * {@link #failNext(int)} simulates an outage of the whole platform.
 */
public final class SimulatedCreditPlatformClient implements CreditPlatformClient {

	static final String DISHONEST = "444";

	static final String CRIMINAL = "666";

	private static final Logger log = LoggerFactory.getLogger(SimulatedCreditPlatformClient.class);

	private final Map<String, CreditReceipt> receipts = new ConcurrentHashMap<>();

	private final Map<String, CreditRecord> records = new ConcurrentHashMap<>();

	private final Map<String, CreditListEntry> received = new ConcurrentHashMap<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicInteger checks = new AtomicInteger();

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	private final Clock clock;

	public SimulatedCreditPlatformClient(Clock clock) {
		this.clock = clock;
	}

	/** A simulator whose receipts carry the system clock's time. */
	public SimulatedCreditPlatformClient() {
		this(Clock.systemUTC());
	}

	@Override
	public CreditCheckResult check(SubjectKind kind, String subjectId, String idempotencyKey) {
		String operation = "credit check " + Masking.idNumber(subjectId);
		failIfDown(operation);
		if (subjectId == null || subjectId.length() != 18) {
			throw new RegistryRejectedException(HttpCreditPlatformClient.REGISTRY, 400, "INVALID_SUBJECT_ID",
					operation);
		}
		checks.incrementAndGet();
		String marker = subjectId.substring(14, 17);
		return new CreditCheckResult(subjectId, DISHONEST.equals(marker), CRIMINAL.equals(marker));
	}

	@Override
	public CreditReceipt report(CreditRecord record, String idempotencyKey) {
		String operation = "report " + record.category() + " for " + record.caseNo();
		failIfDown(operation);
		requireKey(operation, idempotencyKey);
		CreditReceipt receipt = receipts.computeIfAbsent(idempotencyKey, key -> {
			CreditReceipt created = new CreditReceipt("CR-%06d".formatted(sequence.incrementAndGet()), clock.instant());
			records.put(created.recordNo(), record);
			return created;
		});
		log.info("{} (key {}): {}", operation, idempotencyKey, receipt.recordNo());
		return receipt;
	}

	@Override
	public String publish(CreditListEntry entry, String idempotencyKey) {
		String operation = "publish " + entry.list() + " entry of " + entry.uscc();
		failIfDown(operation);
		requireKey(operation, idempotencyKey);
		received.putIfAbsent(idempotencyKey, entry);
		return "SIM-" + Integer.toHexString(idempotencyKey.hashCode());
	}

	/** Makes the next {@code count} calls fail as if the platform were down. */
	public void failNext(int count) {
		failuresToSimulate.set(count);
	}

	/** Checks answered so far. */
	public int requestCount() {
		return checks.get();
	}

	/** The records reported and accepted so far, by record number. */
	public Map<String, CreditRecord> records() {
		return Map.copyOf(records);
	}

	/** The credit-list entries received so far, by idempotency key. */
	public Map<String, CreditListEntry> received() {
		return Map.copyOf(received);
	}

	/** The credit-list entries received so far. */
	public List<CreditListEntry> entries() {
		return List.copyOf(received.values());
	}

	private void failIfDown(String operation) {
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpCreditPlatformClient.REGISTRY, operation + ": simulated outage");
		}
	}

	private static void requireKey(String operation, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new RegistryRejectedException(HttpCreditPlatformClient.REGISTRY, 400, "IDEMPOTENCY_KEY_MISSING",
					operation);
		}
	}

}
