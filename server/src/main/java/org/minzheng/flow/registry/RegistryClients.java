package org.minzheng.flow.registry;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.economic.EconomicCheckClient;
import org.minzheng.flow.integration.economic.HttpEconomicCheckClient;
import org.minzheng.flow.integration.economic.SimulatedEconomicCheckClient;
import org.minzheng.flow.integration.population.HttpPopulationRegistryClient;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The registry clients: simulators by default, HTTP clients with
 * {@code minzheng.registries.mode=http}. The economic check answers later; its answers go
 * through {@link RegistryInbox} so none is lost.
 */
@Configuration(proxyBeanMethods = false)
class RegistryClients {

	@Bean(destroyMethod = "")
	EconomicCheckClient economicCheckClient(RegistryProperties properties, @Lazy RegistryInbox inbox) {
		RegistryProperties.Endpoint endpoint = properties.economicCheck();
		if (properties.mode() == RegistryProperties.Mode.HTTP) {
			return new HttpEconomicCheckClient(endpoint(endpoint));
		}
		return new SimulatedEconomicCheckClient(endpoint.simulatorDelay(), inbox::economicCheckAnswered);
	}

	@Bean
	PopulationRegistryClient populationRegistryClient(RegistryProperties properties) {
		if (properties.mode() == RegistryProperties.Mode.HTTP) {
			return new HttpPopulationRegistryClient(endpoint(properties.population()));
		}
		return new SimulatedPopulationRegistryClient();
	}

	private static RegistryEndpoint endpoint(RegistryProperties.Endpoint endpoint) {
		return new RegistryEndpoint(endpoint.baseUri(), endpoint.connectTimeout(), endpoint.readTimeout());
	}

}
