package org.minzheng.flow.integration.population;

import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory population registry for the embedded default, demos and tests. Answers are
 * derived from the ID number alone, first rule that matches:
 * <ol>
 * <li>sequence code (顺序码, positions 15-17) {@code 000} → not found;</li>
 * <li>first 4 digits {@code 4403} → {@code SHENZHEN_HUKOU}, district = the first 6 digits
 * (e.g. {@code 440308} 盐田区);</li>
 * <li>otherwise → {@code NON_HUKOU_RESIDENT}, no district.</li>
 * </ol>
 * A found person is alive unless the sequence code is {@code 990} (a recorded death). An
 * ID number that is not 18 characters is rejected with 400 {@code INVALID_ID_NUMBER}, a
 * missing idempotency key with 400 {@code IDEMPOTENCY_KEY_MISSING}.
 *
 * <p>
 * Name checks ({@link #confirmName}): a person not found (sequence {@code 000}) is
 * {@link NameCheckResult#NOT_FOUND}; a name containing {@value #MISMATCH_MARKER} (as in
 * 冒名, e.g. {@code 张冒名}) is {@link NameCheckResult#MISMATCH}; every other non-blank name
 * is {@link NameCheckResult#CONFIRMED}. A blank name is rejected with 400
 * {@code INVALID_NAME}. Name checks count as requests and obey {@link #failNext}.
 */
public final class SimulatedPopulationRegistryClient implements PopulationRegistryClient {

	static final String NOT_FOUND_SEQUENCE = "000";

	static final String DECEASED_SEQUENCE = "990";

	/** A name containing this character does not match the registry. */
	public static final String MISMATCH_MARKER = "冒";

	private static final Logger log = LoggerFactory.getLogger(SimulatedPopulationRegistryClient.class);

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	private final AtomicInteger lookups = new AtomicInteger();

	@Override
	public PersonRecord lookup(String idNumber, String idempotencyKey) {
		String operation = "look up person " + Masking.idNumber(idNumber);
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpPopulationRegistryClient.REGISTRY,
					operation + ": simulated outage");
		}
		if (idNumber == null || idNumber.length() != 18) {
			throw rejected("INVALID_ID_NUMBER", operation);
		}
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw rejected("IDEMPOTENCY_KEY_MISSING", operation);
		}
		lookups.incrementAndGet();
		PersonRecord person = answer(idNumber);
		log.debug("{} (key {}): {}", operation, idempotencyKey, person.hukouStatus());
		return person;
	}

	@Override
	public NameCheckResult confirmName(String idNumber, String name, String idempotencyKey) {
		String operation = "check the name of " + Masking.idNumber(idNumber);
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpPopulationRegistryClient.REGISTRY,
					operation + ": simulated outage");
		}
		if (idNumber == null || idNumber.length() != 18) {
			throw rejected("INVALID_ID_NUMBER", operation);
		}
		if (name == null || name.isBlank()) {
			throw rejected("INVALID_NAME", operation);
		}
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw rejected("IDEMPOTENCY_KEY_MISSING", operation);
		}
		lookups.incrementAndGet();
		if (!answer(idNumber).found()) {
			return NameCheckResult.NOT_FOUND;
		}
		return name.contains(MISMATCH_MARKER) ? NameCheckResult.MISMATCH : NameCheckResult.CONFIRMED;
	}

	/**
	 * Makes the next {@code count} lookups fail as if the registry were down; they are
	 * not counted.
	 */
	public void failNext(int count) {
		failuresToSimulate.set(count);
	}

	/**
	 * Lookups answered so far (found or not; rejections and simulated outages not
	 * counted).
	 */
	public int requestCount() {
		return lookups.get();
	}

	private static PersonRecord answer(String idNumber) {
		String sequence = idNumber.substring(14, 17);
		if (NOT_FOUND_SEQUENCE.equals(sequence)) {
			return PersonRecord.notFound(idNumber);
		}
		boolean alive = !DECEASED_SEQUENCE.equals(sequence);
		if (idNumber.startsWith("4403")) {
			return new PersonRecord(idNumber, true, HukouStatus.SHENZHEN_HUKOU, idNumber.substring(0, 6), alive);
		}
		return new PersonRecord(idNumber, true, HukouStatus.NON_HUKOU_RESIDENT, null, alive);
	}

	private static RegistryRejectedException rejected(String code, String operation) {
		return new RegistryRejectedException(HttpPopulationRegistryClient.REGISTRY, 400, code, operation);
	}

}
