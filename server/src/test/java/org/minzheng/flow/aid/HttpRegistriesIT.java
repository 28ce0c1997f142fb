package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.economic.EconomicCheckSimulatorServer;
import org.minzheng.flow.integration.economic.SimulatedEconomicCheckClient;
import org.minzheng.flow.integration.population.PopulationRegistrySimulatorServer;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the base URIs of the population registry and the verification centre set
 * ({@code minzheng.registries.<registry>.base-uri}) the application reaches them over
 * real HTTP (here the simulators' HTTP servers), and collects the economic check's answer
 * by polling the verification centre.
 */
@ApplicationTest
class HttpRegistriesIT {

	static final SimulatedEconomicCheckClient ECONOMIC = new SimulatedEconomicCheckClient(Duration.ZERO, result -> {
	}, java.time.Clock.systemUTC(), org.minzheng.flow.integration.economic.EconomicCheckOutcome.WITHIN_LIMIT);

	static final SimulatedPopulationRegistryClient POPULATION = new SimulatedPopulationRegistryClient();

	static final EconomicCheckSimulatorServer ECONOMIC_SERVER = EconomicCheckSimulatorServer.start(ECONOMIC, 0);

	static final PopulationRegistrySimulatorServer POPULATION_SERVER = PopulationRegistrySimulatorServer
		.start(POPULATION, 0);

	@DynamicPropertySource
	static void registries(DynamicPropertyRegistry registry) {
		registry.add("minzheng.registries.economic-check.base-uri", () -> ECONOMIC_SERVER.baseUri().toString());
		registry.add("minzheng.registries.economic-check.poll-interval", () -> "PT0.5S");
		registry.add("minzheng.registries.population.base-uri", () -> POPULATION_SERVER.baseUri().toString());
	}

	@AfterAll
	static void stop() {
		ECONOMIC_SERVER.close();
		POPULATION_SERVER.close();
		ECONOMIC.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void checksHukouAndEconomicStatusOverHttpAndPollsForTheAnswer() {
		int before = ECONOMIC.requestCount();
		ApiSession clerk = ApiSession.login(port, "yt-yantian-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308002", "林平之", AidFixtures.idNumber("440308", "19770707")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		AidFlows.complete(clerk, AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "ACCEPT"));

		AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_HOME_INVESTIGATION);
		assertThat(ECONOMIC.requestCount()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("SELECT economic_check_outcome FROM aid_application WHERE application_no = ?",
				String.class, no))
			.isIn("WITHIN_LIMIT", "EXCEEDS_LIMIT", "INCONCLUSIVE");
		assertThat(jdbc.queryForList("SELECT hukou_verified FROM aid_member m JOIN aid_application a "
				+ "ON a.household_id = m.household_id WHERE a.application_no = ?", String.class, no))
			.containsOnly("SHENZHEN_HUKOU");
		// the answered request is no longer open: the poller stops asking for it
		assertThat(jdbc.queryForList("SELECT answered_at FROM registry_call WHERE case_ref = ? AND registry = ?",
				java.sql.Timestamp.class, no, "economic-check"))
			.isNotEmpty()
			.doesNotContainNull();
	}

}
