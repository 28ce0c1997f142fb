package org.minzheng.flow.integration.economic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

class SimulatedEconomicCheckClientTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T01:00:00Z"), ZoneOffset.UTC);

	private static final Duration NEVER_IN_THIS_TEST = Duration.ofHours(1);

	/**
	 * Results delivered by the callback; polled with a generous timeout, never asserted
	 * on timing.
	 */
	private final BlockingQueue<EconomicCheckResult> delivered = new ArrayBlockingQueue<>(10);

	private SimulatedEconomicCheckClient centre;

	@AfterEach
	void closeCentre() {
		centre.close();
	}

	@ParameterizedTest(name = "sequence {0} -> {1}")
	@CsvSource({ "999, EXCEEDS_LIMIT", "998, INCONCLUSIVE", "997, WITHIN_LIMIT" })
	void memberSequenceCodePicksTheVerdictForDemos(String sequence, EconomicCheckOutcome expected) throws Exception {
		// given a household with one member whose ID number carries the sequence code
		centre = new SimulatedEconomicCheckClient(Duration.ZERO, delivered::add, CLOCK);
		String pinned = "44030819800202" + sequence + "5";

		// when
		centre.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234"), member(pinned)));

		// then
		EconomicCheckResult result = awaitResult();
		assertThat(result.outcome()).isEqualTo(expected);
	}

	@Test
	void anUnpinnedOutcomeReplacesTheHashDerivedVerdictButNotAPinnedOne() throws Exception {
		// given a centre for a test suite, and households the hash would spread over the
		// three verdicts
		centre = new SimulatedEconomicCheckClient(Duration.ZERO, delivered::add, CLOCK,
				EconomicCheckOutcome.WITHIN_LIMIT);
		java.util.Set<EconomicCheckOutcome> hashed = new java.util.HashSet<>();
		for (int i = 0; i < 30; i++) {
			List<HouseholdMember> household = List.of(member("4403081985010112" + (10 + i)));
			hashed.add(EconomicCheckRules.outcome(household));

			// when
			centre.submit(request("AID-" + i + ":Task_EconomicCheck", household.toArray(HouseholdMember[]::new)));

			// then
			assertThat(awaitResult().outcome()).isEqualTo(EconomicCheckOutcome.WITHIN_LIMIT);
		}
		assertThat(hashed).as("the hash alone would not").hasSizeGreaterThan(1);
		centre.submit(request("AID-99:Task_EconomicCheck", member("440308198002029995")));
		assertThat(awaitResult().outcome()).isEqualTo(EconomicCheckOutcome.EXCEEDS_LIMIT);
	}

	@Test
	void memberWithSequence999IsTheAffluentOne() throws Exception {
		// given
		centre = new SimulatedEconomicCheckClient(Duration.ZERO, delivered::add, CLOCK);

		// when
		centre.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234"), member("440308198002029995")));

		// then
		List<MemberFinding> findings = awaitResult().memberFindings();
		assertThat(findings.get(0).companyShareholder()).isFalse();
		assertThat(findings.get(0).monthlyIncomeFen()).isLessThan(136_500);
		assertThat(findings.get(1).companyShareholder()).isTrue();
		assertThat(findings.get(1).monthlyIncomeFen()).isGreaterThan(1_000_000);
	}

	@Test
	void sameHouseholdGetsTheSameAnswerWhateverTheMemberOrder() throws Exception {
		// given two independent centres
		centre = new SimulatedEconomicCheckClient(Duration.ZERO, delivered::add, CLOCK);
		try (var other = new SimulatedEconomicCheckClient(Duration.ZERO, delivered::add, CLOCK)) {

			// when the same household is checked with its members in a different order
			centre.submit(
					request("AID-1:Task_EconomicCheck", member("440303197003031111"), member("440304200004042222")));
			other.submit(
					request("AID-1:Task_EconomicCheck", member("440304200004042222"), member("440303197003031111")));

			// then
			EconomicCheckResult first = awaitResult();
			EconomicCheckResult second = awaitResult();
			assertThat(second.outcome()).isEqualTo(first.outcome());
			assertThat(second.memberFindings()).containsExactlyInAnyOrderElementsOf(first.memberFindings());
		}
	}

	@Test
	void repeatedSubmitWithTheSameKeyReturnsTheOriginalRequestWithoutCreatingAnother() {
		// given
		centre = new SimulatedEconomicCheckClient(NEVER_IN_THIS_TEST, delivered::add, CLOCK);
		EconomicCheckReceipt original = centre
			.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234")));

		// when the job retries the same call
		EconomicCheckReceipt repeated = centre
			.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234")));

		// then
		assertThat(original.duplicate()).isFalse();
		assertThat(repeated.duplicate()).isTrue();
		assertThat(repeated.requestId()).isEqualTo(original.requestId());
		assertThat(centre.requestCount()).isEqualTo(1);
	}

	@Test
	void simulatedOutageFailsTheNextSubmitsWithoutCreatingRequests() {
		// given
		centre = new SimulatedEconomicCheckClient(NEVER_IN_THIS_TEST, delivered::add, CLOCK);
		centre.failNext(2);
		var request = request("AID-1:Task_EconomicCheck", member("440308198501011234"));

		// when
		var firstFailure = thrownBy(RegistryUnavailableException.class, () -> centre.submit(request));
		var secondFailure = thrownBy(RegistryUnavailableException.class, () -> centre.submit(request));
		EconomicCheckReceipt afterOutage = centre.submit(request);

		// then
		assertThat(firstFailure.isRetryable()).isTrue();
		assertThat(secondFailure.isRetryable()).isTrue();
		assertThat(afterOutage.duplicate()).isFalse();
		assertThat(centre.requestCount()).isEqualTo(1);
	}

	@Test
	void answersThroughTheCallbackAfterTheDelayAndByPollingAfterwards() throws Exception {
		// given
		centre = new SimulatedEconomicCheckClient(Duration.ofMillis(50), delivered::add, CLOCK);

		// when
		EconomicCheckReceipt receipt = centre.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234")));

		// then
		EconomicCheckResult result = awaitResult();
		assertThat(result.requestId()).isEqualTo(receipt.requestId());
		assertThat(result.applicationNo()).isEqualTo("AID-1");
		assertThat(result.memberFindings()).extracting(MemberFinding::idNumber).containsExactly("440308198501011234");
		assertThat(centre.fetchResult(receipt.requestId())).contains(result);
	}

	@Test
	void pollingIsEmptyWhileTheCheckIsPending() {
		// given
		centre = new SimulatedEconomicCheckClient(NEVER_IN_THIS_TEST, delivered::add, CLOCK);
		EconomicCheckReceipt receipt = centre.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234")));

		// when / then
		assertThat(centre.fetchResult(receipt.requestId())).isEmpty();
	}

	@Test
	void resultStaysAvailableByPollingWhenTheCallbackFails() throws Exception {
		// given a callback that records the result and then fails, as a failed
		// correlation would
		centre = new SimulatedEconomicCheckClient(Duration.ZERO, result -> {
			delivered.add(result);
			throw new IllegalStateException("correlation failed");
		}, CLOCK);

		// when
		EconomicCheckReceipt receipt = centre.submit(request("AID-1:Task_EconomicCheck", member("440308198501011234")));

		// then
		awaitResult();
		assertThat(centre.fetchResult(receipt.requestId())).isPresent();
	}

	@Test
	void unknownRequestIsRejected() {
		// given
		centre = new SimulatedEconomicCheckClient(NEVER_IN_THIS_TEST, delivered::add, CLOCK);

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> centre.fetchResult("EC-unknown"));

		// then
		assertThat(rejected.errorCode()).contains("CHECK_NOT_FOUND");
	}

	@Test
	void checkWithoutAuthorisationIsRejectedAndNotCreated() {
		// given
		centre = new SimulatedEconomicCheckClient(NEVER_IN_THIS_TEST, delivered::add, CLOCK);
		var unauthorised = new EconomicCheckRequest("AID-1:Task_EconomicCheck", "AID-1",
				List.of(member("440308198501011234")), List.of());

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> centre.submit(unauthorised));

		// then
		assertThat(rejected.errorCode()).contains("AUTHORISATION_MISSING");
		assertThat(centre.requestCount()).isZero();
	}

	private EconomicCheckResult awaitResult() throws InterruptedException {
		EconomicCheckResult result = delivered.poll(10, TimeUnit.SECONDS);
		assertThat(result).as("result delivered through the callback").isNotNull();
		return result;
	}

	private static HouseholdMember member(String idNumber) {
		return new HouseholdMember(idNumber, "01");
	}

	private static EconomicCheckRequest request(String key, HouseholdMember... members) {
		return new EconomicCheckRequest(key, key.substring(0, key.indexOf(':')), List.of(members), List.of("AUTH-1"));
	}

}
