package org.minzheng.flow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ServerNode;
import org.minzheng.flow.support.TestDatabase;

/**
 * Fault suite (issue 17), on demand ({@code ./mvnw -pl server verify -Pfaults}): two
 * nodes on one MariaDB database, requests spread over both, 低保 cases taken end to end by
 * four streets' staff while one node or the other is killed with {@code kill -9} and
 * started again, repeatedly — in the middle of task completions, registry calls (async
 * jobs), answers being polled and timers firing. Afterwards every case must be approved,
 * once: see {@link FaultChecks}.
 * <p>
 * {@code -Dmzf.faults.kills} (default 4), {@code -Dmzf.faults.load} (load duration,
 * default PT4M), {@code -Dmzf.faults.drivers} (streets driving at once, default 4).
 */
class NodeKillFaults {

	@Test
	void killNineRepeatedUnderLoadLosesAndDoublesNothing() throws Exception {
		scenario("node-kill", Integer.getInteger("mzf.faults.kills", 4),
				Duration.parse(System.getProperty("mzf.faults.load", "PT4M")),
				Integer.getInteger("mzf.faults.drivers", 4));
	}

	/**
	 * Runs the scenario and asserts that nothing was lost or doubled.
	 * @param name names the report (target/faults/&lt;name&gt;.txt)
	 */
	static void scenario(String name, int kills, Duration load, int drivers) throws Exception {
		AidCaseDriver.reset();
		ClusterClient.CARRIED_OVER.set(0);
		ClusterClient.FAILED_OVER.set(0);
		try (FaultCluster cluster = new FaultCluster("kill", 2).start()) {
			// registry jobs take a while, so that kills land in the middle of them
			cluster.economicFront.latency(Duration.ofMillis(800));
			cluster.populationFront.latency(Duration.ofMillis(800));
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < drivers; i++) {
				AidCaseDriver driver = new AidCaseDriver(cluster.nodes, cluster.database,
						AidCaseDriver.STREETS.get(i % 4), stop, Duration.ofMinutes(6), Integer.MAX_VALUE);
				Thread thread = new Thread(driver, "driver-" + i);
				thread.start();
				threads.add(thread);
			}
			Instant started = Instant.now();
			Random random = new Random(17);
			List<String> killLog = new ArrayList<>();
			Duration between = load.dividedBy(kills + 1);
			for (int k = 0; k < kills; k++) {
				ClusterClient.pause(between.toMillis() / 2 + random.nextInt((int) Math.max(1, between.toMillis())));
				ServerNode victim = cluster.nodes.get(k % cluster.nodes.size());
				String inFlight = inFlight(cluster.database);
				victim.kill();
				killLog.add(victim.name() + " at +" + Duration.between(started, Instant.now()).toSeconds() + "s ("
						+ inFlight + ")");
				ClusterClient.pause(3000);
				victim.start().awaitHealthy(Duration.ofSeconds(180));
			}
			while (Duration.between(started, Instant.now()).compareTo(load) < 0) {
				ClusterClient.pause(1000);
			}
			stop.set(true);
			for (Thread thread : threads) {
				thread.join(Duration.ofMinutes(8).toMillis());
			}
			Duration took = Duration.between(started, Instant.now());

			FaultChecks checks = new FaultChecks(cluster.database, cluster.nodes).run(AidCaseDriver.CASES,
					cluster.economic.requestCount());
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("nodes", cluster.nodes.size());
			figures.put("load",
					drivers + " streets driving cases for " + load + " (all done after " + took.toSeconds() + " s)");
			figures.put("tasks completed over HTTP", AidCaseDriver.TASKS_COMPLETED.get());
			figures.put("notice timers brought forward (fired by the nodes)",
					AidCaseDriver.TIMERS_BROUGHT_FORWARD.get());
			figures.put("requests answered by a node other than the sign-in node", ClusterClient.CARRIED_OVER.get());
			figures.put("requests failed over to the other node", ClusterClient.FAILED_OVER.get());
			figures.put("writes cut off by a kill (outcome looked up)", AidCaseDriver.UNCERTAIN_WRITES.get());
			figures.put("kill -9", killLog.size() + " " + killLog);
			figures.put("writes answered 5xx (looked at again)",
					AidCaseDriver.SERVER_ERRORS.get() + " " + AidCaseDriver.SERVER_ERROR_SAMPLES);
			figures.put("driver problems",
					AidCaseDriver.STUCK.size() + " " + AidCaseDriver.STUCK.stream().limit(20).toList());
			checks.report(name, figures);
			assertThat(AidCaseDriver.STUCK).as("cases a driver could not finish").isEmpty();
			assertThat(checks.findings()).as("lost or doubled").isEmpty();
			assertThat(AidCaseDriver.CASES).as("cases driven").hasSizeGreaterThan(drivers);
		}
	}

	/** What the engine is doing at the moment of the kill. */
	private static String inFlight(String database) {
		try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER,
				TestDatabase.PASSWORD); Statement sql = connection.createStatement()) {
			return "jobs locked "
					+ FaultChecks.count(sql, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL") + ", due "
					+ FaultChecks.count(sql,
							"SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ IS NULL OR DUEDATE_ <= NOW()")
					+ ", open tasks " + FaultChecks.count(sql, "SELECT COUNT(*) FROM ACT_RU_TASK");
		}
		catch (Exception ex) {
			return "unknown: " + ex.getMessage();
		}
	}

}
