package org.minzheng.flow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.TestDatabase;

/**
 * Fault suite (issue 17), on demand: registry outages of two hours in simulated time, on
 * two nodes. Three outages one after the other, each with its own batch of cases: the
 * population registry down (503), the verification centre slow (answering after the
 * client's read timeout, so it does create the check the client gave up on), and the
 * verification centre answering garbage (200 with HTML, also to the polls for answers).
 * <p>
 * Simulated time: the engine's retry cycle is R3/PT1M, so each failed attempt's next due
 * date is brought forward instead of waited for; after the third attempt an incident is
 * raised, and the supervisor looks every 30 minutes and retries every incident — three
 * times while the registry is still down (each retry failing again), the fourth time (two
 * hours in) after it is back. Then every case is taken to the end and {@link FaultChecks}
 * must find nothing lost or doubled.
 */
class RegistryOutageFaults {

	private static final int BATCH = Integer.getInteger("mzf.faults.batch", 6);

	private static final int SUPERVISOR_ROUNDS_DURING_OUTAGE = 3;

	private final Map<String, Object> figures = new LinkedHashMap<>();

	private int supervisorRetries;

	private int attemptsBroughtForward;

	@Test
	void outagesOfTwoHoursEndInIncidentsThatASupervisorRetriesAndNothingIsLostOrDoubled() throws Exception {
		AidCaseDriver.reset();
		try (FaultCluster cluster = new FaultCluster("registry", 2).start()) {
			ClusterClient supervisor = ClusterClient.login(cluster.nodes, "yt-supervisor");
			outage(cluster, supervisor, "population registry down (503)", cluster.populationFront,
					FaultyRegistry.Mode.DOWN, 0);
			outage(cluster, supervisor, "verification centre slow (answers after the read timeout)",
					cluster.economicFront, FaultyRegistry.Mode.SLOW, 1);
			outage(cluster, supervisor, "verification centre answers garbage (200, HTML)", cluster.economicFront,
					FaultyRegistry.Mode.GARBAGE, 2);

			// every case to the end, four at a time
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> done = new ArrayList<>();
			for (String no : List.copyOf(AidCaseDriver.CASES)) {
				AidCaseDriver driver = driver(cluster, AidCaseDriver.CASES.indexOf(no));
				done.add(pool.submit(() -> driver.drive(no)));
			}
			for (Future<?> future : done) {
				future.get();
			}
			pool.shutdown();

			FaultChecks checks = new FaultChecks(cluster.database, cluster.nodes).run(AidCaseDriver.CASES,
					cluster.economic.requestCount(), supervisorRetries);
			figures.put("failed attempts brought forward (simulated minutes)", attemptsBroughtForward);
			figures.put("supervisor retries", supervisorRetries);
			figures.put("requests failed by the population registry front", requestsFailed(cluster.populationFront));
			figures.put("requests failed by the verification centre front", requestsFailed(cluster.economicFront));
			figures.put("incidents raised (history)", count(cluster.database, "SELECT COUNT(*) FROM ACT_HI_INCIDENT"));
			figures.put("driver problems", AidCaseDriver.STUCK.size() + " " + AidCaseDriver.STUCK);
			checks.report("registry-outage", figures);
			assertThat(AidCaseDriver.STUCK).isEmpty();
			assertThat(checks.findings()).as("lost or doubled").isEmpty();
		}
	}

	private void outage(FaultCluster cluster, ClusterClient supervisor, String what, FaultyRegistry registry,
			FaultyRegistry.Mode mode, int batch) throws Exception {
		registry.mode(mode);
		List<String> cases = new ArrayList<>();
		for (int i = 0; i < BATCH; i++) {
			String no = driver(cluster, batch * BATCH + i).submitAndAccept();
			if (no != null) {
				cases.add(no);
			}
		}
		long incidentsBefore = count(cluster.database, "SELECT COUNT(*) FROM ACT_HI_INCIDENT");
		// t = 0 .. 2 min: three attempts, then an incident per case
		awaitIncidents(cluster, cases.size(), what);
		for (int round = 1; round <= SUPERVISOR_ROUNDS_DURING_OUTAGE; round++) {
			// t = 30, 60, 90 min: the supervisor retries; the registry is still down
			retryAll(supervisor);
			awaitIncidents(cluster, cases.size(), what + ", supervisor round " + round);
		}
		// t = 120 min: the registry is back, the supervisor retries once more
		registry.mode(FaultyRegistry.Mode.UP);
		retryAll(supervisor);
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (count(cluster.database, "SELECT COUNT(*) FROM ACT_RU_INCIDENT") > 0 && Instant.now().isBefore(until)) {
			bringFailedAttemptsForward(cluster.database);
			ClusterClient.pause(1000);
		}
		figures.put(what, cases.size() + " cases, "
				+ (count(cluster.database, "SELECT COUNT(*) FROM ACT_HI_INCIDENT") - incidentsBefore)
				+ " incidents raised, " + SUPERVISOR_ROUNDS_DURING_OUTAGE + " supervisor rounds during the outage");
	}

	private void awaitIncidents(FaultCluster cluster, int expected, String what) throws SQLException {
		Instant until = Instant.now().plus(Duration.ofMinutes(4));
		while (count(cluster.database, "SELECT COUNT(*) FROM ACT_RU_INCIDENT") < expected) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError(what + ": " + count(cluster.database, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")
						+ " incidents, not " + expected + ", after 4 minutes");
			}
			bringFailedAttemptsForward(cluster.database);
			ClusterClient.pause(1000);
		}
	}

	private void retryAll(ClusterClient supervisor) throws ClusterClient.Uncertain {
		JsonNode incidents = supervisor.get("/api/incidents").json();
		for (JsonNode incident : incidents.findParents("caseRef")) {
			ClusterClient.Answer answer = supervisor.post("/api/incidents/" + incident.path("id").asText() + "/retry",
					null);
			if (answer.status() != 200) {
				throw new AssertionError("retry answered " + answer.status() + ": " + answer.body());
			}
			supervisorRetries++;
		}
	}

	/** A minute passes for every job waiting to retry: it is due now. */
	private void bringFailedAttemptsForward(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER,
				TestDatabase.PASSWORD); Statement sql = connection.createStatement()) {
			attemptsBroughtForward += sql.executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = NOW() - INTERVAL 1 SECOND "
					+ "WHERE RETRIES_ > 0 AND EXCEPTION_STACK_ID_ IS NOT NULL AND DUEDATE_ > NOW() AND LOCK_OWNER_ IS NULL");
		}
	}

	private static String requestsFailed(FaultyRegistry registry) {
		return "down " + registry.count(FaultyRegistry.Mode.DOWN) + ", slow " + registry.count(FaultyRegistry.Mode.SLOW)
				+ ", garbage " + registry.count(FaultyRegistry.Mode.GARBAGE) + "; passed "
				+ registry.count(FaultyRegistry.Mode.UP);
	}

	private static AidCaseDriver driver(FaultCluster cluster, int i) {
		return new AidCaseDriver(cluster.nodes, cluster.database, AidCaseDriver.STREETS.get(Math.floorMod(i, 4)),
				new AtomicBoolean(), Duration.ofMinutes(5), 1);
	}

	private static long count(String database, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER,
				TestDatabase.PASSWORD); Statement sql = connection.createStatement()) {
			return FaultChecks.count(sql, query);
		}
	}

}
