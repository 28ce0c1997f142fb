package org.minzheng.flow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.charityplatform.HttpCharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.SimulatedCharityPlatformClient;
import org.minzheng.flow.integration.credit.HttpCreditPlatformClient;
import org.minzheng.flow.integration.credit.SimulatedCreditPlatformClient;
import org.minzheng.flow.integration.legalentity.HttpLegalEntityRegistryClient;
import org.minzheng.flow.integration.legalentity.SimulatedLegalEntityRegistryClient;
import org.minzheng.flow.integration.population.HttpPopulationRegistryClient;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;

/**
 * A registry with an empty base URI is simulated; one with a base URI is called over
 * HTTP.
 */
class RegistryClientsTest {

	private final RegistryClients clients = new RegistryClients();

	private final Clock clock = Clock.systemUTC();

	@Test
	void emptyBaseUriMeansTheSimulator() {
		assertThat(clients.populationRegistryClient(new PopulationRegistryProperties("", null, null)))
			.isInstanceOf(SimulatedPopulationRegistryClient.class);
		assertThat(clients.legalEntityRegistryClient(new LegalEntityRegistryProperties(null, null, null)))
			.isInstanceOf(SimulatedLegalEntityRegistryClient.class);
		assertThat(clients.creditPlatformClient(new CreditPlatformProperties(" ", null, null, null), clock))
			.isInstanceOf(SimulatedCreditPlatformClient.class);
		assertThat(clients.charityPlatformClient(new CharityPlatformProperties("", null, null), clock))
			.isInstanceOf(SimulatedCharityPlatformClient.class);
	}

	@Test
	void baseUriMeansTheHttpClient() {
		String uri = "http://127.0.0.1:18083";
		assertThat(clients.populationRegistryClient(new PopulationRegistryProperties(uri, null, null)))
			.isInstanceOf(HttpPopulationRegistryClient.class);
		assertThat(clients.legalEntityRegistryClient(new LegalEntityRegistryProperties(uri, null, null)))
			.isInstanceOf(HttpLegalEntityRegistryClient.class);
		assertThat(clients.creditPlatformClient(new CreditPlatformProperties(uri, null, null, null), clock))
			.isInstanceOf(HttpCreditPlatformClient.class);
		assertThat(clients.charityPlatformClient(new CharityPlatformProperties(uri, null, null), clock))
			.isInstanceOf(HttpCharityPlatformClient.class);
	}

	@Test
	void endpointCarriesTheTimeoutsOrTheDefaults() {
		assertThat(new CreditPlatformProperties("https://credit.example/gw", Duration.ofSeconds(1),
				Duration.ofSeconds(4), null)
			.endpoint())
			.contains(new RegistryEndpoint(URI.create("https://credit.example/gw"), Duration.ofSeconds(1),
					Duration.ofSeconds(4)));
		assertThat(new PopulationRegistryProperties("http://127.0.0.1:1", null, null).endpoint()).get()
			.satisfies(endpoint -> {
				assertThat(endpoint.connectTimeout()).isEqualTo(RegistrySettings.DEFAULT_CONNECT_TIMEOUT);
				assertThat(endpoint.readTimeout()).isEqualTo(RegistrySettings.DEFAULT_READ_TIMEOUT);
			});
		assertThat(new EconomicCheckProperties("", null, null, null, null, null).simulatorDelay())
			.isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void baseUriThatIsNotHttpIsRefused() {
		assertThatThrownBy(() -> new CharityPlatformProperties("ftp://x", null, null).endpoint())
			.isInstanceOf(IllegalArgumentException.class);
	}

}
