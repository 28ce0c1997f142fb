package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.inbox.LineScope;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenarios 1 (clerk inbox) and 2 (supervisor dashboard) of the benchmark: ours against
 * plain Camunda on the same MariaDB database, interleaved A/B rounds after a warm-up,
 * medians and p95. Run with
 * {@code ./mvnw -pl bench -am verify -Pbench -Dbench.scale=10000}; writes
 * docs/benchmarks.md. The database {@code mzf_bench_<scale>} is kept between runs, so a
 * second run measures without generating again.
 */
class InboxBenchmark {

	static final int SCALE = Integer.getInteger("bench.scale", 10_000);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 100);

	static final int WARM_UP = 20;

	@Test
	void inboxAndDashboard() throws IOException {
		String database = "mzf_bench_" + SCALE;
		long generationMillis = -1;
		try (BenchApplication app = BenchApplication.start(database, false)) {
			CaseGenerator generator = new CaseGenerator(app);
			List<String> streets = generator.streets();
			int existing = app.bean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM work_item", Integer.class);
			if (existing < SCALE) {
				long start = System.nanoTime();
				generator.generate(existing, SCALE - existing, streets, Integer.getInteger("bench.threads", 3));
				generationMillis = (System.nanoTime() - start) / 1_000_000;
			}
			InboxSides sides = new InboxSides(app);
			Map<String, Stats[]> inbox = new LinkedHashMap<>();
			List<String> sample = List.of(streets.get(0), streets.get(20), streets.get(40), streets.get(60));
			for (InboxSides.Filter filter : InboxSides.filters("placeholder")) {
				Stats ours = new Stats();
				Stats camunda = new Stats();
				for (int round = 0; round < WARM_UP + ROUNDS; round++) {
					String street = sample.get(round % sample.size());
					InboxSides.Filter concrete = filter.idNumber() == null ? filter : new InboxSides.Filter(
							filter.label(), null, null, null, CaseGenerator.idNumbersOf(app, street, 1).get(0));
					boolean measured = round >= WARM_UP;
					Supplier<List<String>> a = () -> sides.ours(street, concrete, 0, 20);
					Supplier<List<String>> b = () -> sides.camunda(street, concrete, 0, 20);
					List<String> first;
					List<String> second;
					if (round % 2 == 0) {
						first = time(a, measured ? ours : null);
						second = time(b, measured ? camunda : null);
					}
					else {
						second = time(b, measured ? camunda : null);
						first = time(a, measured ? ours : null);
					}
					assertThat(first).as(filter.label()).isEqualTo(second);
				}
				inbox.put(filter.label(), new Stats[] { ours, camunda });
			}
			Stats[] dashboard = dashboard(app, streets);
			write(generationMillis, inbox, dashboard, app);
		}
	}

	/**
	 * Counts of open work by street and SLA state for a district supervisor (盐田区 and 福田区
	 * together).
	 */
	private Stats[] dashboard(BenchApplication app, List<String> streets) {
		WorkItemService ours = app.bean(WorkItemService.class);
		TaskService camunda = app.bean(TaskService.class);
		List<String> scope = streets.stream().filter(s -> s.startsWith("440308") || s.startsWith("440304")).toList();
		Stats a = new Stats();
		Stats b = new Stats();
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			boolean measured = round >= WARM_UP;
			time(() -> ours.slaCounts(List.of(new LineScope(BusinessLine.AID, Set.copyOf(scope)))),
					measured ? a : null);
			time(() -> {
				Instant now = Instant.now();
				List<Long> counts = new ArrayList<>();
				for (String street : scope) {
					String group = AidApplicationProcess.clerkGroup(street);
					counts.add(camunda.createTaskQuery().taskCandidateGroup(group).dueBefore(Date.from(now)).count());
					counts.add(camunda.createTaskQuery()
						.taskCandidateGroup(group)
						.dueAfter(Date.from(now))
						.dueBefore(Date.from(now.plus(Duration.ofDays(1))))
						.count());
					counts.add(camunda.createTaskQuery()
						.taskCandidateGroup(group)
						.dueAfter(Date.from(now.plus(Duration.ofDays(1))))
						.count());
				}
				return counts;
			}, measured ? b : null);
		}
		return new Stats[] { a, b };
	}

	private static <T> T time(Supplier<T> work, Stats into) {
		long start = System.nanoTime();
		T result = work.get();
		if (into != null) {
			into.add(System.nanoTime() - start);
		}
		return result;
	}

	private void write(long generationMillis, Map<String, Stats[]> inbox, Stats[] dashboard, BenchApplication app)
			throws IOException {
		JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
		int open = jdbc.queryForObject("SELECT COUNT(*) FROM work_item", Integer.class);
		int completed = jdbc.queryForObject("SELECT COUNT(*) FROM aid_application WHERE closed_at IS NOT NULL",
				Integer.class);
		StringBuilder md = new StringBuilder();
		md.append("## Inbox and dashboard at ")
			.append(open)
			.append(" open cases")
			.append(completed > 0 ? " and " + completed + " completed cases" : "")
			.append(" (scale ")
			.append(SCALE)
			.append(")\n\n");
		md.append("Run ")
			.append(LocalDate.now())
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, MariaDB at 127.0.0.1:3306; ")
			.append(ROUNDS)
			.append(" measured rounds after ")
			.append(WARM_UP)
			.append(" warm-up rounds, A/B order alternating; page size 20; ")
			.append(generationMillis < 0 ? "data generated by an earlier run"
					: "generated in " + generationMillis / 1000 + " s ("
							+ (open * 1000L / Math.max(1, generationMillis))
							+ " cases/s through the application service)")
			.append(". ")
			.append(databaseSize(app))
			.append("\n\n");
		md.append(
				"| scenario | ours median ms | ours p95 ms | plain Camunda median ms | plain Camunda p95 ms | speed-up (median) |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		inbox.forEach((label, stats) -> row(md, "1. clerk inbox: " + label, stats));
		row(md, "2. dashboard counts (盐田区 + 福田区: 14 streets × 3 SLA states)", dashboard);
		Path report = Path.of(System.getProperty("bench.report", "target/benchmarks.md"));
		String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
		String marker = "<!-- scale " + SCALE + (completed > 0 ? " + " + completed + " completed" : "") + " -->";
		String section = marker + "\n" + md + "\n" + marker.replace("scale", "end scale") + "\n";
		String updated;
		int at = existing.indexOf(marker);
		if (at >= 0) {
			int end = existing.indexOf(marker.replace("scale", "end scale"), at);
			updated = existing.substring(0, at) + section
					+ existing.substring(end + marker.replace("scale", "end scale").length() + 1);
		}
		else {
			updated = existing + "\n" + section;
		}
		Files.writeString(report, updated, StandardCharsets.UTF_8);
		Stats[] unfiltered = inbox.get("no filter, page 1");
		Stats[] name = inbox.get("name prefix 张");
		double oursWorst = inbox.values().stream().mapToDouble(s -> s[0].p95Millis()).max().orElse(0);
		double plainWorst = inbox.values().stream().mapToDouble(s -> s[1].p95Millis()).max().orElse(0);
		if (completed >= 1_000_000) {
			String worst = inbox.entrySet()
				.stream()
				.max(java.util.Comparator.comparingDouble(e -> e.getValue()[0].p95Millis()))
				.map(java.util.Map.Entry::getKey)
				.orElse("");
			String each = inbox.entrySet()
				.stream()
				.map(e -> String.format("%s %.2f", e.getKey(), e.getValue()[0].p95Millis()))
				.collect(java.util.stream.Collectors.joining(", "));
			Report.headline("Inbox p95 at 1,000,000 completed cases", String.format("%.2f ms", oursWorst), String
				.format("The slowest of the clerk's inbox filters (%s) at %d open and %d completed cases, p95 over %d rounds "
						+ "(goal ≤ 20 for every filter; each: %s ms; plain Camunda's slowest %.2f ms), measured %s.",
						worst, open, completed, ROUNDS, each, plainWorst, LocalDate.now()),
					"./mvnw -pl bench -am verify -Pbench -Dbench.scale=100000 -Dbench.completed=" + completed
							+ " -Dit.test='GrowthBenchmark,InboxBenchmark,TimelineBenchmark'");
		}
		Report.growthRow(open, completed, String.format("%.2f | %.2f | %.2f | %.2f | %.2f", unfiltered[0].p95Millis(),
				name[0].p95Millis(), oursWorst, unfiltered[1].p95Millis(), plainWorst));
		System.out.println(md);
	}

	/** What the measured database takes on the server's disk, engine and ours. */
	private static String databaseSize(BenchApplication app) {
		String database = "mzf_bench_" + SCALE;
		Map<String, DiskUsage.Table> tables = DiskUsage.of(database);
		return String.format(
				"The database takes %.1f GB (data and indexes as allocated; %.1f GB in the engine's tables, %.1f GB in ours).",
				DiskUsage.total(tables) / 1e9, DiskUsage.total(tables, true) / 1e9,
				DiskUsage.total(tables, false) / 1e9);
	}

	private static void row(StringBuilder md, String label, Stats[] stats) {
		md.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.1f× |%n", label, stats[0].medianMillis(),
				stats[0].p95Millis(), stats[1].medianMillis(), stats[1].p95Millis(),
				stats[1].medianMillis() / Math.max(0.001, stats[0].medianMillis())));
	}

}
