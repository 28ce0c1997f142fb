package org.minzheng.flow.integration.records;

import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

/**
 * An in-process credit platform for the embedded default, demos and tests. The answer
 * follows from the subject id alone: characters 15–17 (for an ID number its sequence code
 * 顺序码) {@code 444} → dishonest, {@code 666} → criminal record, anything else → clear. An
 * id that is not 18 characters is rejected with 400 {@code INVALID_SUBJECT_ID}.
 */
public final class SimulatedCreditRecordClient implements CreditRecordClient {

	static final String DISHONEST = "444";

	static final String CRIMINAL = "666";

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	private final AtomicInteger checks = new AtomicInteger();

	@Override
	public CreditRecord check(SubjectKind kind, String subjectId, String idempotencyKey) {
		String operation = "credit check " + Masking.idNumber(subjectId);
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpCreditRecordClient.REGISTRY, operation + ": simulated outage");
		}
		if (subjectId == null || subjectId.length() != 18) {
			throw new RegistryRejectedException(HttpCreditRecordClient.REGISTRY, 400, "INVALID_SUBJECT_ID", operation);
		}
		checks.incrementAndGet();
		String marker = subjectId.substring(14, 17);
		return new CreditRecord(subjectId, DISHONEST.equals(marker), CRIMINAL.equals(marker));
	}

	/** Makes the next {@code count} checks fail as if the platform were down. */
	public void failNext(int count) {
		failuresToSimulate.set(count);
	}

	/** Checks answered so far. */
	public int requestCount() {
		return checks.get();
	}

}
