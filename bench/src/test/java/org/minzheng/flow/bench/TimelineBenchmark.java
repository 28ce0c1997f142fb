package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.aid.AidCaseView;
import org.minzheng.flow.security.StaffUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenario 3 of the benchmark: an auditor opens one case's full timeline. Ours is the
 * case page ({@code AidCaseView.of}: case, members, open work items, engine activity
 * history, task records, audit trail); plain Camunda is what a Camunda application shows
 * for the same case (process instance by business key, activity instances, task
 * instances, user operation log, variables). Latency is measured in interleaved A/B
 * rounds; SELECT statements per view are counted with MariaDB's session counter
 * {@code Com_select}, read on the same connection inside one transaction. Runs on the
 * database of {@link InboxBenchmark} ({@code mzf_bench_<scale>}), generating it when it
 * is missing.
 */
class TimelineBenchmark {

	static final int SCALE = Integer.getInteger("bench.scale", 10_000);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 100);

	static final int WARM_UP = 20;

	@Test
	void auditorTimeline() throws IOException {
		try (BenchApplication app = BenchApplication.start("mzf_bench_" + SCALE, false)) {
			JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
			CaseGenerator generator = new CaseGenerator(app);
			List<String> streets = generator.streets();
			int existing = jdbc.queryForObject("SELECT COUNT(*) FROM work_item", Integer.class);
			if (existing < SCALE) {
				generator.generate(existing, SCALE - existing, streets, Integer.getInteger("bench.threads", 3));
			}
			// completed cases whose engine history is still there (ended within its time
			// to
			// live), else the newest cases; plain Camunda reads those from its history
			List<String> cases = jdbc.queryForList("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE "
					+ "'DB-%' ORDER BY END_TIME_ IS NULL, END_TIME_ DESC LIMIT 20", String.class);
			// completed cases whose engine history the cleanup has removed: ours reads
			// the
			// path from its archive, plain Camunda has nothing left to show
			List<String> cleaned = jdbc.queryForList("SELECT application_no FROM aid_application a WHERE "
					+ "a.closed_at IS NOT NULL AND a.process_instance_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
					+ "ACT_HI_PROCINST h WHERE h.PROC_INST_ID_ = a.process_instance_id) ORDER BY a.id DESC LIMIT 20",
					String.class);
			StaffUser auditor = (StaffUser) app.bean(UserDetailsService.class).loadUserByUsername("city-auditor");
			AidCaseView view = app.bean(AidCaseView.class);
			HistoryService history = app.bean(HistoryService.class);
			Stats a = new Stats();
			Stats b = new Stats();
			for (int round = 0; round < WARM_UP + ROUNDS; round++) {
				String no = cases.get(round % cases.size());
				boolean measured = round >= WARM_UP;
				Supplier<Object> mine = () -> view.of(no, auditor);
				Supplier<Object> plain = () -> plainTimeline(history, no);
				if (round % 2 == 0) {
					time(mine, measured ? a : null);
					time(plain, measured ? b : null);
				}
				else {
					time(plain, measured ? b : null);
					time(mine, measured ? a : null);
				}
			}
			Stats c = new Stats();
			for (int round = 0; !cleaned.isEmpty() && round < WARM_UP + ROUNDS; round++) {
				String no = cleaned.get(round % cleaned.size());
				AidCaseView.CaseView page = view.of(no, auditor);
				if (round == 0) {
					assertThat(page.path()).as("the archived path of %s", no)
						.extracting(step -> step.activityId())
						.contains(org.minzheng.flow.processes.aid.AidApplicationProcess.END_EVENT_APPROVED);
				}
				time(() -> view.of(no, auditor), round >= WARM_UP ? c : null);
			}
			TransactionTemplate transactions = app.bean(TransactionTemplate.class);
			String sample = cases.get(0);
			long oursSelects = selects(transactions, jdbc, () -> view.of(sample, auditor));
			long plainSelects = selects(transactions, jdbc, () -> plainTimeline(history, sample));
			assertThat(plainTimeline(history, sample).size()).isPositive();
			long cleanedSelects = cleaned.isEmpty() ? 0
					: selects(transactions, jdbc, () -> view.of(cleaned.get(0), auditor));
			write(jdbc, a, b, oursSelects, plainSelects, cleaned.isEmpty() ? null : c, cleanedSelects);
		}
	}

	/** The timeline a plain Camunda application builds from the engine's history. */
	static List<Object> plainTimeline(HistoryService history, String businessKey) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.singleResult();
		String id = instance.getId();
		return List.of(instance,
				history.createHistoricActivityInstanceQuery()
					.processInstanceId(id)
					.orderByHistoricActivityInstanceStartTime()
					.asc()
					.list(),
				history.createHistoricTaskInstanceQuery()
					.processInstanceId(id)
					.orderByHistoricActivityInstanceStartTime()
					.asc()
					.list(),
				history.createUserOperationLogQuery().processInstanceId(id).orderByTimestamp().asc().list(),
				history.createHistoricVariableInstanceQuery().processInstanceId(id).list());
	}

	/** SELECT statements one view issues, counted on its own connection. */
	private static long selects(TransactionTemplate transactions, JdbcTemplate jdbc, Supplier<Object> work) {
		return transactions.execute(status -> {
			long before = comSelect(jdbc);
			work.get();
			return comSelect(jdbc) - before;
		});
	}

	private static long comSelect(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Com_select'", (rs, row) -> rs.getLong(2));
	}

	private static void time(Supplier<Object> work, Stats into) {
		long start = System.nanoTime();
		work.get();
		if (into != null) {
			into.add(System.nanoTime() - start);
		}
	}

	private void write(JdbcTemplate jdbc, Stats ours, Stats plain, long oursSelects, long plainSelects, Stats cleaned,
			long cleanedSelects) throws IOException {
		int cases = jdbc.queryForObject("SELECT COUNT(*) FROM aid_application", Integer.class);
		int completed = jdbc.queryForObject("SELECT COUNT(*) FROM aid_application WHERE closed_at IS NOT NULL",
				Integer.class);
		StringBuilder md = new StringBuilder();
		md.append("## Auditor timeline at ").append(cases).append(" cases (scale ").append(SCALE).append(")\n\n");
		md.append("Run ")
			.append(LocalDate.now())
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, MariaDB at 127.0.0.1:3306; ")
			.append(ROUNDS)
			.append(" measured rounds after ")
			.append(WARM_UP)
			.append(" warm-up rounds over 20 cases, A/B order alternating, as `city-auditor`. SELECTs per view are ")
			.append("MariaDB's session `Com_select` delta. ")
			.append(completed > 0
					? "The cases are completed ones (the whole chain: ~22 activities, 4 task records, ~16 audit events each)."
					: "The generated cases are open (intake task pending), so each timeline is short; a completed chain "
							+ "has more rows, not more queries.")
			.append("\n\n");
		md.append("| scenario | ours median ms | ours p95 ms | plain Camunda median ms | plain Camunda p95 ms | "
				+ "ratio (median, plain/ours) | ours SELECTs | plain SELECTs |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		md.append(String.format(
				"| 3. auditor: one case's full timeline | %.2f | %.2f | %.2f | %.2f | %.2f× | %d | %d |%n",
				ours.medianMillis(), ours.p95Millis(), plain.medianMillis(), plain.p95Millis(),
				plain.medianMillis() / Math.max(0.001, ours.medianMillis()), oursSelects, plainSelects));
		if (cleaned != null) {
			md.append(String.format(
					"| 3. auditor: a case whose engine history was cleaned up (path from our archive) | %.2f | %.2f | "
							+ "– | – | – | %d | (history gone) |%n",
					cleaned.medianMillis(), cleaned.p95Millis(), cleanedSelects));
		}
		Path report = Path.of(System.getProperty("bench.report", "target/benchmarks.md"));
		String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
		String key = SCALE + (completed > 0 ? " + " + completed + " completed" : "");
		String marker = "<!-- timeline scale " + key + " -->";
		String endMarker = "<!-- end timeline scale " + key + " -->";
		String section = marker + "\n" + md + "\n" + endMarker + "\n";
		int at = existing.indexOf(marker);
		String updated = at < 0 ? existing + "\n" + section : existing.substring(0, at) + section
				+ existing.substring(existing.indexOf(endMarker, at) + endMarker.length() + 1);
		Files.writeString(report, updated, StandardCharsets.UTF_8);
		System.out.println(md);
	}

}
