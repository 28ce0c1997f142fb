package org.minzheng.flow.integration.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

/**
 * The real HTTP client against the simulator served over HTTP: both ends of the same
 * contract.
 */
class PopulationRegistrySimulatorServerTest {

	private static final String KEY = "AID-9:Task_CheckHukou";

	private final SimulatedPopulationRegistryClient simulator = new SimulatedPopulationRegistryClient();

	private final PopulationRegistrySimulatorServer server = PopulationRegistrySimulatorServer.start(simulator, 0);

	private final HttpPopulationRegistryClient client = new HttpPopulationRegistryClient(
			RegistryEndpoint.of(server.baseUri()));

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void lookupOverHttpGivesTheSimulatorsAnswer() {
		// when
		PersonRecord person = client.lookup("440309199001011234", KEY);

		// then
		assertThat(person).isEqualTo(simulator.lookup("440309199001011234", KEY));
		assertThat(person.hukouDistrictCode()).isEqualTo("440309");
	}

	@Test
	void unknownPersonOverHttpIsNotFound() {
		// when
		PersonRecord person = client.lookup("440309199001010001", KEY);

		// then
		assertThat(person.found()).isFalse();
	}

	@Test
	void simulatedOutageReachesTheClientAsUnavailable() {
		// given
		simulator.failNext(1);

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.lookup("440309199001011234", KEY));

		// then
		assertThat(unavailable).hasMessageContaining("HTTP 503");
	}

	@Test
	void lookupWithoutIdempotencyKeyIsRejectedOverHttp() {
		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.lookup("440309199001011234", null));

		// then
		assertThat(rejected.errorCode()).contains("IDEMPOTENCY_KEY_MISSING");
	}

	@Test
	void nameCheckOverHttpGivesTheSimulatorsAnswer() {
		// when / then
		assertThat(client.confirmName("440309199001011234", "王建国", KEY)).isEqualTo(NameCheckResult.CONFIRMED);
		assertThat(client.confirmName("440309199001011234", "张冒名", KEY)).isEqualTo(NameCheckResult.MISMATCH);
		assertThat(client.confirmName("440309199001010001", "王建国", KEY)).isEqualTo(NameCheckResult.NOT_FOUND);
	}

}
