package org.minzheng.flow.registry;

import java.time.Clock;

import org.minzheng.flow.integration.charityplatform.CharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.HttpCharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.SimulatedCharityPlatformClient;
import org.minzheng.flow.integration.credit.CreditPlatformClient;
import org.minzheng.flow.integration.credit.HttpCreditPlatformClient;
import org.minzheng.flow.integration.credit.SimulatedCreditPlatformClient;
import org.minzheng.flow.integration.economic.EconomicCheckClient;
import org.minzheng.flow.integration.economic.HttpEconomicCheckClient;
import org.minzheng.flow.integration.economic.SimulatedEconomicCheckClient;
import org.minzheng.flow.integration.legalentity.HttpLegalEntityRegistryClient;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient;
import org.minzheng.flow.integration.legalentity.SimulatedLegalEntityRegistryClient;
import org.minzheng.flow.integration.population.HttpPopulationRegistryClient;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Every registry client, in one place: the HTTP client when the registry's
 * {@code minzheng.registries.<registry>.base-uri} is set, the in-process simulator when
 * it is empty (the embedded default). The economic check answers later; its answers go
 * through {@link RegistryInbox} so none is lost.
 */
@Configuration(proxyBeanMethods = false)
class RegistryClients {

	private static final Logger log = LoggerFactory.getLogger(RegistryClients.class);

	@Bean(destroyMethod = "")
	EconomicCheckClient economicCheckClient(EconomicCheckProperties properties, @Lazy RegistryInbox inbox) {
		announce(HttpEconomicCheckClient.REGISTRY, properties);
		return properties.endpoint()
			.<EconomicCheckClient>map(HttpEconomicCheckClient::new)
			.orElseGet(() -> new SimulatedEconomicCheckClient(properties.simulatorDelay(), inbox::economicCheckAnswered,
					java.time.Clock.systemUTC(), properties.simulatorUnpinnedOutcome()));
	}

	@Bean
	PopulationRegistryClient populationRegistryClient(PopulationRegistryProperties properties) {
		announce(HttpPopulationRegistryClient.REGISTRY, properties);
		return properties.endpoint()
			.<PopulationRegistryClient>map(HttpPopulationRegistryClient::new)
			.orElseGet(SimulatedPopulationRegistryClient::new);
	}

	@Bean
	LegalEntityRegistryClient legalEntityRegistryClient(LegalEntityRegistryProperties properties) {
		announce(HttpLegalEntityRegistryClient.REGISTRY, properties);
		return properties.endpoint()
			.<LegalEntityRegistryClient>map(HttpLegalEntityRegistryClient::new)
			.orElseGet(SimulatedLegalEntityRegistryClient::new);
	}

	@Bean
	CreditPlatformClient creditPlatformClient(CreditPlatformProperties properties, Clock clock) {
		announce(HttpCreditPlatformClient.REGISTRY, properties);
		return properties.endpoint()
			.<CreditPlatformClient>map(HttpCreditPlatformClient::new)
			.orElseGet(() -> new SimulatedCreditPlatformClient(clock));
	}

	@Bean
	CharityPlatformClient charityPlatformClient(CharityPlatformProperties properties, Clock clock) {
		announce(HttpCharityPlatformClient.REGISTRY, properties);
		return properties.endpoint()
			.<CharityPlatformClient>map(HttpCharityPlatformClient::new)
			.orElseGet(() -> new SimulatedCharityPlatformClient(clock));
	}

	private static void announce(String registry, RegistrySettings settings) {
		log.info("Registry {}: {}", registry, settings.describe());
	}

}
