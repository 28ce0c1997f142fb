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
import org.minzheng.flow.support.TestDatabase;

/**
 * Fault suite (issue 17), on demand: two nodes under load, then the database goes away as
 * in a restart. By default the nodes reach MariaDB through a {@link DatabaseLink} that is
 * cut for {@code -Dmzf.faults.db-downtime} (default 20 s): every connection reset, new
 * ones refused, so the server other tests share keeps running. With
 * {@code -Dmzf.faults.db-restart="service mariadb restart"} the real server is restarted
 * instead (only on a machine where nothing else uses it). The nodes are not touched: they
 * must reconnect by themselves (connection pool, job executor, sessions in the database),
 * and the load must finish with nothing lost or doubled.
 */
class DatabaseRestartFaults {

	@Test
	void theNodesReconnectAfterADatabaseRestartWithoutHelp() throws Exception {
		// default: the nodes' connections cut as a restart cuts them, for 20 s; a command
		// (e.g. "service mariadb restart") restarts the real server instead
		String restart = System.getProperty("mzf.faults.db-restart", "link");
		Duration downtime = Duration.parse(System.getProperty("mzf.faults.db-downtime", "PT20S"));
		Duration load = Duration.parse(System.getProperty("mzf.faults.load", "PT2M"));
		int drivers = Integer.getInteger("mzf.faults.drivers", 4);
		AidCaseDriver.reset();
		try (DatabaseLink link = new DatabaseLink(TestDatabase.HOST);
				FaultCluster cluster = new FaultCluster("dbrestart", 2, link).start()) {
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
			String fault;
			if (restart.equals("link")) {
				int reset = link.cut(downtime);
				fault = "the nodes' database connections cut (" + reset / 2
						+ " connections reset, new ones refused) for " + downtime.toSeconds() + " s";
			}
			else {
				Process process = new ProcessBuilder("sh", "-c", restart).inheritIO().start();
				assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(restart).isTrue();
				assertThat(process.exitValue()).as(restart).isZero();
				fault = "'" + restart + "'";
			}
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
			figures.put("database restart", fault + ", " + outage.toMillis() + " ms in all, at +"
					+ Duration.between(started, down).toSeconds() + " s of the load");
			figures.put("database connections opened by the nodes", link.connections.get());
			figures.put("nodes healthy again",
					"within " + Duration.between(reconnect, Instant.now()).toMillis() + " ms of the load's end");
			figures.put("tasks completed over HTTP", AidCaseDriver.TASKS_COMPLETED.get());
			figures.put("writes cut off (outcome looked up)", AidCaseDriver.UNCERTAIN_WRITES.get());
			figures.put("writes answered 5xx (looked at again)",
					AidCaseDriver.SERVER_ERRORS.get() + " " + AidCaseDriver.SERVER_ERROR_SAMPLES);
			figures.put("driver problems",
					AidCaseDriver.STUCK.size() + " " + AidCaseDriver.STUCK.stream().limit(20).toList());
			checks.report("database-restart", figures);
			assertThat(AidCaseDriver.STUCK).isEmpty();
			assertThat(checks.findings()).as("lost or doubled").isEmpty();
		}
	}

}
