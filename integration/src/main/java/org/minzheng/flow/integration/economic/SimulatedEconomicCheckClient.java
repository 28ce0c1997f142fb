package org.minzheng.flow.integration.economic;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory verification centre for the embedded default, demos and tests. It answers
 * every check after a fixed delay by calling the callback given at construction, on its
 * own thread (never inside {@link #submit}, just as the real answer never arrives inside
 * the submitting transaction).
 *
 * <p>
 * Verdicts are deterministic, chosen by the sequence code (顺序码, positions 15-17) of the
 * members' ID numbers, first rule that matches:
 * <ol>
 * <li>any member {@code ...999x} → {@code EXCEEDS_LIMIT} (that member is affluent: income
 * over 15,000 yuan, 3 properties, a car, company shares);</li>
 * <li>any member {@code ...998x} → {@code INCONCLUSIVE};</li>
 * <li>any member {@code ...997x} → {@code WITHIN_LIMIT};</li>
 * <li>otherwise by {@code String.join(",", sortedIdNumbers).hashCode() mod 10}: 0-6
 * {@code WITHIN_LIMIT}, 7-8 {@code EXCEEDS_LIMIT} (the first ID in sorted order is the
 * affluent one), 9 {@code INCONCLUSIVE}.</li>
 * </ol>
 * Members who are not affluent get 500.00 to 1,299.99 yuan a month, at most one property,
 * no vehicle and no shares. Rejections: no authorisation → 422
 * {@code AUTHORISATION_MISSING}; an ID number that is not 18 characters → 422
 * {@code INVALID_ID_NUMBER}.
 *
 * <p>
 * Requests live in memory only: after a restart, pending checks are forgotten and
 * fetching them is rejected with {@code CHECK_NOT_FOUND}.
 */
public final class SimulatedEconomicCheckClient implements EconomicCheckClient, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SimulatedEconomicCheckClient.class);

	private final Duration answerDelay;

	private final Consumer<EconomicCheckResult> callback;

	private final Clock clock;

	private final EconomicCheckOutcome unpinnedOutcome;

	private final ScheduledExecutorService scheduler;

	private final Map<String, EconomicCheckReceipt> receiptsByKey = new ConcurrentHashMap<>();

	private final Map<String, EconomicCheckRequest> requestsById = new ConcurrentHashMap<>();

	private final Map<String, EconomicCheckResult> resultsById = new ConcurrentHashMap<>();

	private final AtomicInteger failuresToSimulate = new AtomicInteger();

	/**
	 * A centre that answers {@code answerDelay} (zero allowed) after each new request.
	 */
	public SimulatedEconomicCheckClient(Duration answerDelay, Consumer<EconomicCheckResult> callback) {
		this(answerDelay, callback, Clock.systemUTC());
	}

	public SimulatedEconomicCheckClient(Duration answerDelay, Consumer<EconomicCheckResult> callback, Clock clock) {
		this(answerDelay, callback, clock, null);
	}

	/**
	 * A centre whose verdict for a household without a pinned sequence code (rules 1-3)
	 * is {@code unpinnedOutcome} instead of the hash-derived one (rule 4), when not null:
	 * for test suites, whose ID numbers would otherwise send one case in five down the
	 * over-the-limit path.
	 */
	public SimulatedEconomicCheckClient(Duration answerDelay, Consumer<EconomicCheckResult> callback, Clock clock,
			EconomicCheckOutcome unpinnedOutcome) {
		this.unpinnedOutcome = unpinnedOutcome;
		if (answerDelay.isNegative()) {
			throw new IllegalArgumentException("answerDelay must not be negative");
		}
		this.answerDelay = answerDelay;
		this.callback = callback;
		this.clock = clock;
		this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "economic-check-simulator");
			thread.setDaemon(true); // a forgotten close() must not keep the JVM alive
			return thread;
		});
	}

	@Override
	public EconomicCheckReceipt submit(EconomicCheckRequest request) {
		if (scheduler.isShutdown()) {
			throw new IllegalStateException("simulator is closed");
		}
		if (failuresToSimulate.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new RegistryUnavailableException(HttpEconomicCheckClient.REGISTRY, "simulated outage");
		}
		validate(request);
		AtomicBoolean created = new AtomicBoolean();
		// computeIfAbsent makes "one request per key" hold even for concurrent retries.
		EconomicCheckReceipt receipt = receiptsByKey.computeIfAbsent(request.idempotencyKey(), key -> {
			created.set(true);
			return accept(request);
		});
		if (!created.get()) {
			log.info("economic check {} repeated for {} (key {})", receipt.requestId(), request.applicationNo(),
					request.idempotencyKey());
			return new EconomicCheckReceipt(receipt.requestId(), receipt.acceptedAt(), true);
		}
		scheduler.schedule(() -> answer(receipt.requestId()), answerDelay.toMillis(), TimeUnit.MILLISECONDS);
		return receipt;
	}

	@Override
	public Optional<EconomicCheckResult> fetchResult(String requestId) {
		if (!requestsById.containsKey(requestId)) {
			throw new RegistryRejectedException(HttpEconomicCheckClient.REGISTRY, 404, "CHECK_NOT_FOUND",
					"fetch check " + requestId);
		}
		return Optional.ofNullable(resultsById.get(requestId));
	}

	/**
	 * Makes the next {@code count} submits fail as if the centre were down; they create
	 * no request.
	 */
	public void failNext(int count) {
		failuresToSimulate.set(count);
	}

	/**
	 * Distinct checks created so far (duplicates, rejections and simulated outages not
	 * counted).
	 */
	public int requestCount() {
		return requestsById.size();
	}

	/** Stops the answering thread; checks not yet answered are never answered. */
	@Override
	public void close() {
		scheduler.shutdownNow();
	}

	private EconomicCheckReceipt accept(EconomicCheckRequest request) {
		// Random ids, not a counter: a restarted simulator must not hand a stale case
		// someone else's result.
		String requestId = "EC-" + UUID.randomUUID();
		requestsById.put(requestId, request);
		log.info("economic check {} accepted for {} ({} members, answer in {})", requestId, request.applicationNo(),
				request.householdMembers().size(), answerDelay);
		return new EconomicCheckReceipt(requestId, clock.instant(), false);
	}

	private void answer(String requestId) {
		EconomicCheckRequest request = requestsById.get(requestId);
		EconomicCheckOutcome outcome = EconomicCheckRules.outcome(request.householdMembers(), unpinnedOutcome);
		EconomicCheckResult result = new EconomicCheckResult(requestId, request.applicationNo(), outcome,
				EconomicCheckRules.findings(request.householdMembers(), outcome), clock.instant());
		// Stored before the callback, so polling works even if the callback fails.
		resultsById.put(requestId, result);
		try {
			callback.accept(result);
		}
		catch (RuntimeException ex) {
			log.error("economic check {} for {}: result callback failed; the result stays available by polling",
					requestId, request.applicationNo(), ex);
		}
	}

	private static void validate(EconomicCheckRequest request) {
		String registry = HttpEconomicCheckClient.REGISTRY;
		String operation = "submit check for " + request.applicationNo();
		if (request.authorisationIds().isEmpty()) {
			throw new RegistryRejectedException(registry, 422, "AUTHORISATION_MISSING", operation);
		}
		if (request.householdMembers().stream().anyMatch(m -> m.idNumber().length() != 18)) {
			throw new RegistryRejectedException(registry, 422, "INVALID_ID_NUMBER", operation);
		}
	}

}
