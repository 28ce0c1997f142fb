package org.minzheng.flow.integration.economic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

/**
 * The real HTTP client against the simulator served over HTTP: both ends of the same
 * contract.
 */
class EconomicCheckSimulatorServerTest {

	private final CountDownLatch answered = new CountDownLatch(1);

	private final SimulatedEconomicCheckClient simulator = new SimulatedEconomicCheckClient(Duration.ZERO,
			result -> answered.countDown());

	private final EconomicCheckSimulatorServer server = EconomicCheckSimulatorServer.start(simulator, 0);

	private final HttpEconomicCheckClient client = new HttpEconomicCheckClient(RegistryEndpoint.of(server.baseUri()));

	private final EconomicCheckRequest request = new EconomicCheckRequest("AID-9:Task_EconomicCheck", "AID-9",
			List.of(new HouseholdMember("440308198002029995", "01")), List.of("AUTH-9"));

	@AfterEach
	void stop() {
		server.close();
		simulator.close();
	}

	@Test
	void submittedCheckIsAnsweredAndFetchableOverHttp() throws Exception {
		// given
		EconomicCheckReceipt receipt = client.submit(request);

		// when the simulator has answered through its callback
		assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
		EconomicCheckResult result = client.fetchResult(receipt.requestId()).orElseThrow();

		// then
		assertThat(result.outcome()).isEqualTo(EconomicCheckOutcome.EXCEEDS_LIMIT);
		assertThat(result).isEqualTo(simulator.fetchResult(receipt.requestId()).orElseThrow());
	}

	@Test
	void repeatedSubmitOverHttpIsADuplicateOfTheOriginal() {
		// given
		EconomicCheckReceipt original = client.submit(request);

		// when
		EconomicCheckReceipt repeated = client.submit(request);

		// then
		assertThat(repeated.duplicate()).isTrue();
		assertThat(repeated.requestId()).isEqualTo(original.requestId());
		assertThat(simulator.requestCount()).isEqualTo(1);
	}

	@Test
	void simulatedOutageReachesTheClientAsUnavailable() {
		// given
		simulator.failNext(1);

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.submit(request));

		// then
		assertThat(unavailable).hasMessageContaining("HTTP 503");
		assertThat(simulator.requestCount()).isZero();
	}

	@Test
	void unknownRequestReachesTheClientAsRejectedWithItsCode() {
		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.fetchResult("EC-unknown"));

		// then
		assertThat(rejected.status()).isEqualTo(404);
		assertThat(rejected.errorCode()).contains("CHECK_NOT_FOUND");
	}

}
