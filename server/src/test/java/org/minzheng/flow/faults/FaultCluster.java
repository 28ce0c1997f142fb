package org.minzheng.flow.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.integration.economic.EconomicCheckSimulatorServer;
import org.minzheng.flow.integration.economic.SimulatedEconomicCheckClient;
import org.minzheng.flow.integration.population.PopulationRegistrySimulatorServer;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;
import org.minzheng.flow.support.ServerNode;

/**
 * Two or three nodes of the packaged application on one fresh MariaDB database, with the
 * registries as real HTTP servers in this JVM (the integration module's simulators,
 * reached through {@link FaultyRegistry} so that outages can be injected).
 * <p>
 * Settings that differ from the defaults, so that a run takes minutes: the job lock is 30
 * s instead of 5 min (a job locked by a killed node is taken over after that), job
 * acquisition waits at most 5 s when idle, the verification centre is polled every 2 s.
 */
final class FaultCluster implements AutoCloseable {

	final String database;

	// every household within the limit, so that each case goes the whole chain
	final SimulatedEconomicCheckClient economic = new SimulatedEconomicCheckClient(Duration.ofSeconds(1), result -> {
	}, java.time.Clock.systemUTC(), org.minzheng.flow.integration.economic.EconomicCheckOutcome.WITHIN_LIMIT);

	final SimulatedPopulationRegistryClient population = new SimulatedPopulationRegistryClient();

	final EconomicCheckSimulatorServer economicServer = EconomicCheckSimulatorServer.start(economic, 0);

	final PopulationRegistrySimulatorServer populationServer = PopulationRegistrySimulatorServer.start(population, 0);

	final FaultyRegistry economicFront = FaultyRegistry.before(economicServer.baseUri());

	final FaultyRegistry populationFront = FaultyRegistry.before(populationServer.baseUri());

	final List<ServerNode> nodes = new ArrayList<>();

	FaultCluster(String scenario, int size, String... extraArgs) {
		this(scenario, size, null, extraArgs);
	}

	/**
	 * @param link the nodes' way to the database, or null for the server's own address
	 */
	FaultCluster(String scenario, int size, DatabaseLink link, String... extraArgs) {
		this.database = "mzf_fault_" + scenario + "_" + ProcessHandle.current().pid();
		ServerNode.freshDatabase(database);
		for (int i = 1; i <= size; i++) {
			List<String> args = new ArrayList<>(
					List.of("--minzheng.registries.economic-check.base-uri=" + economicFront.baseUri(),
							"--minzheng.registries.economic-check.poll-interval=PT2S",
							"--minzheng.registries.population.base-uri=" + populationFront.baseUri(),
							"--camunda.bpm.job-execution.lock-time-in-millis=30000",
							"--camunda.bpm.job-execution.max-wait=5000", "--logging.level.org.minzheng=info"));
			args.addAll(List.of(extraArgs));
			nodes.add(link == null ? ServerNode.of("node" + i, database, args.toArray(String[]::new))
					: ServerNode.through(link.address(), "node" + i, database, args.toArray(String[]::new)));
		}
	}

	FaultCluster start() {
		nodes.forEach(ServerNode::start);
		nodes.forEach(node -> node.awaitHealthy(Duration.ofSeconds(180)));
		return this;
	}

	@Override
	public void close() {
		nodes.forEach(ServerNode::kill);
		economicFront.close();
		populationFront.close();
		economicServer.close();
		populationServer.close();
		economic.close();
		if (!Boolean.getBoolean("mzf.faults.keep-database")) {
			ServerNode.dropDatabase(database);
		}
	}

}
