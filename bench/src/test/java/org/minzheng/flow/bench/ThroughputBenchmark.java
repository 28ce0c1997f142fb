package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 4 of the benchmark: throughput of the complete 低保 chain (start → every user
 * task completed → end) with 4 client threads, ours (the production service layer, with
 * work items, task records and audit, registries simulated in-process) against plain
 * Camunda running the same BPMN with no-op delegates ({@link PlainCamunda}), each on its
 * own fresh database of the same MariaDB server, in alternating rounds after a warm-up.
 * SQL statements per case are counted on both sides by the same JDBC proxy
 * ({@link StatementCounter}).
 */
class ThroughputBenchmark {

	static final int THREADS = 4;

	/** Cases per side per measured round (spread over the threads). */
	static final int ROUND = Integer.getInteger("bench.throughput.round", 40);

	static final int ROUNDS = Integer.getInteger("bench.throughput.rounds", 5);

	static final int WARM_UP = 2 * THREADS * 3;

	/** Database names (a suffix lets two runs on the same server stay apart). */
	static final String OURS_DB = "mzf_bench_throughput" + System.getProperty("bench.throughput.db-suffix", "");

	static final String PLAIN_DB = OURS_DB + "_plain";

	private String retried;

	@Test
	void completeChain() throws Exception {
		StatementCounter oursCount = new StatementCounter();
		StatementCounter plainCount = new StatementCounter();
		// the registry simulator answers after 20 ms (not the default 5 s), so the answer
		// comes after the requesting job's transaction committed; pending answers are
		// retried every 200 ms
		Map<String, Object> properties = Map.of("minzheng.registries.economic-check.simulator-delay", "PT0.02S",
				"minzheng.registries.inbox-retry", "PT0.2S", "logging.level.org.minzheng", "warn");
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try (BenchApplication app = BenchApplication.start(OURS_DB, true, properties, oursCount);
				PlainCamunda plain = PlainCamunda.start(PLAIN_DB, plainCount)) {
			List<ChainDrivers.Driver> ours = new ArrayList<>();
			List<ChainDrivers.Driver> camunda = new ArrayList<>();
			for (String[] street : ChainDrivers.STREETS) {
				ours.add(new ChainDrivers.Ours(app, OURS_DB, street));
				camunda.add(new ChainDrivers.Plain(plain.engine(), street));
			}
			AtomicInteger sequence = new AtomicInteger();
			round(threads, ours, WARM_UP, sequence);
			round(threads, camunda, WARM_UP, sequence);
			long oursNanos = 0;
			long plainNanos = 0;
			long[] oursBefore = oursCount.snapshot();
			long[] plainBefore = plainCount.snapshot();
			long[] oursStatements = new long[oursBefore.length];
			long[] plainStatements = new long[plainBefore.length];
			for (int r = 0; r < ROUNDS; r++) {
				// alternate which side goes first
				boolean oursFirst = r % 2 == 0;
				for (int side = 0; side < 2; side++) {
					boolean isOurs = (side == 0) == oursFirst;
					StatementCounter counter = isOurs ? oursCount : plainCount;
					long[] before = counter.snapshot();
					long nanos = round(threads, isOurs ? ours : camunda, ROUND, sequence);
					long[] after = counter.snapshot();
					long[] into = isOurs ? oursStatements : plainStatements;
					for (int k = 0; k < into.length; k++) {
						into[k] += after[k] - before[k];
					}
					if (isOurs) {
						oursNanos += nanos;
					}
					else {
						plainNanos += nanos;
					}
				}
			}
			int cases = ROUND * ROUNDS;
			JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
			int approved = jdbc.queryForObject(
					"SELECT COUNT(*) FROM aid_application WHERE status = 'APPROVED' AND process_instance_id IS NOT NULL",
					Integer.class);
			long plainEnded = plain.engine()
				.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.finished()
				.list()
				.stream()
				.filter(instance -> AidApplicationProcess.END_EVENT_APPROVED.equals(instance.getEndActivityId()))
				.count();
			int total = cases + WARM_UP;
			assertThat(approved).as("ours: every case approved and ended").isEqualTo(total);
			assertThat(plainEnded).as("plain: every case ended at %s", AidApplicationProcess.END_EVENT_APPROVED)
				.isEqualTo(total);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_item", Integer.class)).isZero();
			Report.Throughput result = new Report.Throughput(cases, THREADS, cases / (oursNanos / 1e9),
					cases / (plainNanos / 1e9), perCase(oursStatements, cases), perCase(plainStatements, cases),
					jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class) / (double) total,
					jdbc.queryForObject("SELECT COUNT(*) FROM task_record", Integer.class) / (double) total);
			retried = String.valueOf(
					jdbc.queryForObject("SELECT COUNT(*) FROM registry_message WHERE attempts > 0", Integer.class));
			write(result, oursCount, plainCount, total);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static double[] perCase(long[] statements, int cases) {
		double[] out = new double[statements.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = statements[i] / (double) cases;
		}
		return out;
	}

	/** Runs {@code cases} cases over the drivers, one thread each; the wall time. */
	private static long round(ExecutorService threads, List<ChainDrivers.Driver> drivers, int cases,
			AtomicInteger sequence) throws Exception {
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int t = 0; t < drivers.size(); t++) {
			ChainDrivers.Driver driver = drivers.get(t);
			int share = cases / drivers.size() + (t < cases % drivers.size() ? 1 : 0);
			running.add(threads.submit(() -> {
				for (int i = 0; i < share; i++) {
					driver.runCase(sequence.incrementAndGet());
				}
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get();
		}
		return System.nanoTime() - start;
	}

	private void write(Report.Throughput r, StatementCounter ours, StatementCounter plain, int allCases)
			throws IOException {
		Function<double[], String> total = counts -> String.format("%.1f",
				counts[0] + counts[1] + counts[2] + counts[3] + counts[4]);
		StringBuilder md = new StringBuilder();
		md.append("## Throughput: the complete 低保 chain (scenario 4)\n\n");
		md.append("Run ")
			.append(LocalDate.now())
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, MariaDB at 127.0.0.1:3306; ")
			.append(THREADS)
			.append(" client threads; ")
			.append(r.cases())
			.append(" measured cases per side in ")
			.append(ROUNDS)
			.append(" alternating rounds after ")
			.append(WARM_UP)
			.append(" warm-up cases per side; each side on its own fresh database. Statements are counted by the same ")
			.append("JDBC proxy on both sides (a batched statement counts once per row).\n\n");
		md.append("| | ours | plain Camunda | ratio (ours/plain) | goal |\n|---|---:|---:|---:|---|\n");
		md.append(String.format("| cases/s | %.2f | %.2f | %.2f× | ≥ 0.8× %s |%n", r.oursPerSecond(),
				r.plainPerSecond(), r.oursPerSecond() / r.plainPerSecond(),
				r.oursPerSecond() / r.plainPerSecond() >= 0.8 ? "met" : "**missed**"));
		String[] kinds = { "SELECT", "INSERT", "UPDATE", "DELETE", "other" };
		double oursTotal = sum(r.oursStatements());
		double plainTotal = sum(r.plainStatements());
		md.append(String.format("| SQL statements per case | %s | %s | %.2f× | ≤ 1.3× %s |%n",
				total.apply(r.oursStatements()), total.apply(r.plainStatements()), oursTotal / plainTotal,
				oursTotal / plainTotal <= 1.3 ? "met" : "**missed**"));
		for (int k = 0; k < kinds.length; k++) {
			md.append(String.format("| · %s per case | %.1f | %.1f | %s | |%n", kinds[k], r.oursStatements()[k],
					r.plainStatements()[k], r.plainStatements()[k] == 0 ? "–"
							: String.format("%.2f×", r.oursStatements()[k] / r.plainStatements()[k])));
		}
		md.append(String.format("%nOurs writes per case, besides the engine: %.1f audit events and %.1f task records "
				+ "(plus the application, household, member, beneficiary, registry message and work-item rows).%n",
				r.auditPerCase(), r.taskRecordsPerCase()));
		md.append(String
			.format("%nThe economic check's simulated answer comes 20 ms after the request; when it arrives "
					+ "before the requesting job's transaction has committed, `RegistryInbox` keeps it and retries (every "
					+ "200 ms here): %s of %d answers needed a retry.%n", retried, allCases));
		for (String[] side : new String[][] { { "ours", "o" }, { "plain Camunda", "p" } }) {
			StatementCounter counter = side[1].equals("o") ? ours : plain;
			md.append("\nMost frequent statements per case, ")
				.append(side[0])
				.append(" (whole run incl. warm-up):\n\n");
			md.append("| per case | statement (first 110 characters) |\n|---:|---|\n");
			for (Map.Entry<String, Long> e : counter.top(12)) {
				md.append(String.format("| %.1f | `%s` |%n", e.getValue() / (double) allCases,
						e.getKey().replace("|", "\\|").replace("`", "'")));
			}
		}
		md.append("\nWhere ours runs more statements than plain Camunda: the largest differences per case "
				+ "(whole run incl. warm-up):\n\n| ours | plain | difference | statement (first 110 characters) |\n"
				+ "|---:|---:|---:|---|\n");
		Map<String, Long> o = ours.all();
		Map<String, Long> p = plain.all();
		java.util.Set<String> shapes = new java.util.HashSet<>(o.keySet());
		shapes.addAll(p.keySet());
		shapes.stream()
			.sorted(java.util.Comparator.comparingLong((String k) -> p.getOrDefault(k, 0L) - o.getOrDefault(k, 0L)))
			.limit(20)
			.forEach(k -> md.append(String.format("| %.1f | %.1f | %+.1f | `%s` |%n",
					o.getOrDefault(k, 0L) / (double) allCases, p.getOrDefault(k, 0L) / (double) allCases,
					(o.getOrDefault(k, 0L) - p.getOrDefault(k, 0L)) / (double) allCases,
					k.replace("|", "\\|").replace("`", "'"))));
		System.out.println(md);
		Report.replaceSection("throughput", md.toString());
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

}
