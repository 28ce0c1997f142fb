package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.aid.AidCaseView;
import org.minzheng.flow.audit.AuditVerification;
import org.minzheng.flow.audit.AuditVerifier;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.security.StaffUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario 5 (growth), its data part: adds {@code bench.completed} completed 低保 cases
 * with full history to the benchmark database {@code mzf_bench_<scale>} with
 * {@link CompletedCaseLoader}, reports the generation time and checks that the copies are
 * real cases (the engine's history ends at 批准, the case page shows the whole path, the
 * audit chain verifies). It runs first ({@code runOrder=alphabetical}), so the inbox and
 * timeline benchmarks after it measure with the completed cases in the database; the
 * growth table is written by {@code InboxBenchmark}.
 */
class GrowthBenchmark {

	static final int SCALE = Integer.getInteger("bench.scale", 10_000);

	static final int COMPLETED = Integer.getInteger("bench.completed", 0);

	@Test
	void completedCases() throws IOException {
		if (COMPLETED <= 0) {
			return;
		}
		String database = "mzf_bench_" + SCALE;
		try (BenchApplication app = BenchApplication.start(database, false)) {
			CompletedCaseLoader loader = new CompletedCaseLoader(app, database);
			int existing = loader.completedCases();
			if (existing >= COMPLETED) {
				return;
			}
			CompletedCaseLoader.Result result = loader.load(COMPLETED - existing);
			JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
			// the oldest copy: its engine history is gone (older than the history's time
			// to
			// live), the path comes from our archive; the newest copy still has the
			// engine's
			String last = jdbc.queryForObject("SELECT application_no FROM aid_application ORDER BY id DESC LIMIT 1",
					String.class);
			String first = jdbc.queryForObject("SELECT application_no FROM aid_application WHERE closed_at IS NOT NULL "
					+ "ORDER BY closed_at DESC LIMIT 1", String.class);
			HistoricProcessInstance instance = app.bean(HistoryService.class)
				.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(first)
				.singleResult();
			assertThat(instance).as("engine history of the newest copy %s", first).isNotNull();
			assertThat(app.bean(HistoryService.class)
				.createHistoricActivityInstanceQuery()
				.processInstanceId(instance.getId())
				.activityId(AidApplicationProcess.END_EVENT_APPROVED)
				.count()).isOne();
			StaffUser auditor = (StaffUser) app.bean(UserDetailsService.class).loadUserByUsername("city-auditor");
			AidCaseView.CaseView view = app.bean(AidCaseView.class).of(last, auditor);
			assertThat(view.status()).isEqualTo("APPROVED");
			assertThat(view.tasks()).hasSize(4);
			assertThat(view.path()).extracting(step -> step.activityId())
				.contains(AidApplicationProcess.END_EVENT_APPROVED);
			long start = System.nanoTime();
			AuditVerification verification = app.bean(AuditVerifier.class).verify();
			long verifyMillis = (System.nanoTime() - start) / 1_000_000;
			assertThat(verification.intact()).as(verification.toString()).isTrue();
			int cases = jdbc.queryForObject("SELECT COUNT(*) FROM aid_application", Integer.class);
			String md = "## Bulk load of completed cases (scale " + SCALE + ")\n\n" + "Run " + LocalDate.now() + " on "
					+ Runtime.getRuntime().availableProcessors() + " cores: " + result.cases()
					+ " completed 低保 cases (4 templates driven through the production path, then copied inside "
					+ "the database, see `CompletedCaseLoader`) in " + result.millis() / 1000 + " s ("
					+ result.cases() * 1000L / Math.max(1, result.millis()) + " cases/s): " + result.engineRows()
					+ " engine history rows (`ACT_HI_*`) and " + result.ourRows() + " rows of ours (application, "
					+ "household, member, beneficiary, registry call and message, task records, audit events). The "
					+ "database now holds " + cases + " cases; the audit chain of " + verification.rowsChecked()
					+ " rows verifies intact (" + verifyMillis / 1000 + " s).\n";
			Report.replaceSection("bulk load scale " + SCALE, md);
			System.out.println(md + List.of(view.path().size(), view.history().size()));
		}
	}

}
