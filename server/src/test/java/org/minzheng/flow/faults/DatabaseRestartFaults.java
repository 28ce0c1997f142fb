package org.minzheng.flow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ServerNode;

/**
 * Fault suite (issue 17), on demand only — it restarts the machine's MariaDB, which every
 * other test on the machine shares: two nodes under load, then the database server is
 * restarted ({@code -Dmzf.faults.db-restart}, default {@code service mariadb restart}).
 * The nodes are not touched: they must reconnect by themselves (connection pool, job
 * executor, sessions in the database), and the load must finish with nothing lost or
 * doubled.
 */
class DatabaseRestartFaults {

	@Test
	void theNodesReconnectAfterADatabaseRestartWithoutHelp() throws Exception {
		String restart = System.getProperty("mzf.faults.db-restart", "service mariadb restart");
		Duration load = Duration.parse(System.getProperty("mzf.faults.load", "PT2M"));
		int drivers = Integer.getInteger("mzf.faults.drivers", 4);
		AidCaseDriver.reset();
		try (FaultCluster cluster = new FaultCluster("dbrestart", 2).start()) {
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < drivers; i++) {
				Thread thread = new Thread(new AidCaseDriver(cluster.nodes, cluster.database,
						AidCaseDriver.STREETS.get(i % 4), stop, Duration.ofMinutes(6), Integer.MAX_VALUE),
						"driver-" + i);
				thread.start();
				threads.add(thread);
			}
			Instant started = Instant.now();
			ClusterClient.pause(load.toMillis() / 3);
			Instant down = Instant.now();
			Process process = new ProcessBuilder("sh", "-c", restart).inheritIO().start();
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(restart).isTrue();
			assertThat(process.exitValue()).as(restart).isZero();
			Duration outage = Duration.between(down, Instant.now());
			while (Duration.between(started, Instant.now()).compareTo(load) < 0) {
				ClusterClient.pause(1000);
			}
			stop.set(true);
			for (Thread thread : threads) {
				thread.join(Duration.ofMinutes(8).toMillis());
			}
			assertThat(cluster.nodes).as("nodes still running, never restarted").allMatch(ServerNode::alive);
			Instant reconnect = Instant.now();
			for (ServerNode node : cluster.nodes) {
				node.awaitHealthy(Duration.ofSeconds(60));
			}

			FaultChecks checks = new FaultChecks(cluster.database, cluster.nodes).run(AidCaseDriver.CASES,
					cluster.economic.requestCount());
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("nodes", cluster.nodes.size() + " (never restarted)");
			figures.put("load", drivers + " streets driving cases for " + load);
			figures.put("database restart", "'" + restart + "' took " + outage.toMillis() + " ms, at +"
					+ Duration.between(started, down).toSeconds() + " s");
			figures.put("nodes healthy again",
					"within " + Duration.between(reconnect, Instant.now()).toMillis() + " ms of the load's end");
			figures.put("tasks completed over HTTP", AidCaseDriver.TASKS_COMPLETED.get());
			figures.put("writes cut off (outcome looked up)", AidCaseDriver.UNCERTAIN_WRITES.get());
			figures.put("driver problems",
					AidCaseDriver.STUCK.size() + " " + AidCaseDriver.STUCK.stream().limit(20).toList());
			checks.report("database-restart", figures);
			assertThat(AidCaseDriver.STUCK).isEmpty();
			assertThat(checks.findings()).as("lost or doubled").isEmpty();
		}
	}

}
