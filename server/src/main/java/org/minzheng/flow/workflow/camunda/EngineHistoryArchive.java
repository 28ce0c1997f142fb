package org.minzheng.flow.workflow.camunda;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The night window of the engine's history cleanup, and our archive before it.
 *
 * <p>
 * The engine removes an ended instance's history once its removal time (end + the
 * definition's {@code historyTimeToLive}) has passed ({@code removalTimeBased}, removal
 * time at the {@code end}). The engine gets no batch window of its own, so its cleanup
 * job runs only when this class starts it: at the window's start
 * ({@code minzheng.history.cleanup.start-cron}) it first copies the path of every ended
 * instance whose removal time falls before the window's end into {@code case_path} and
 * {@code case_path_step}, checks that none is left, and only then starts the cleanup; at
 * the window's end ({@code end-cron}) it deletes the cleanup job if it still runs (the
 * next night starts a new one). So the engine never removes a path we have not archived,
 * and the hot path pays nothing. On several nodes each does the same: an instance another
 * node archived at that moment is skipped (its key exists), and the engine runs one
 * cleanup job.
 */
@Component
class EngineHistoryArchive {

	private static final Logger log = LoggerFactory.getLogger(EngineHistoryArchive.class);

	/** Instances archived per transaction. */
	static final int BATCH = 200;

	private final CasePathMapper paths;

	private final HistoryService history;

	private final ManagementService management;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final CronExpression windowEnd;

	private final ZoneId zone;

	EngineHistoryArchive(CasePathMapper paths, HistoryService history, ManagementService management,
			TransactionTemplate tx, Clock clock, @Value("${minzheng.history.cleanup.end-cron}") String endCron,
			@Value("${minzheng.history.cleanup.zone}") String zone) {
		this.paths = paths;
		this.history = history;
		this.management = management;
		this.tx = tx;
		this.clock = clock;
		this.windowEnd = CronExpression.parse(endCron);
		this.zone = ZoneId.of(zone);
	}

	@Scheduled(cron = "${minzheng.history.cleanup.start-cron}", zone = "${minzheng.history.cleanup.zone}")
	void windowStarts() {
		Instant now = clock.instant();
		Instant cutoff = windowEnd.next(now.atZone(zone)).toInstant();
		int archived = archive(cutoff);
		if (!paths.unarchived(cutoff, 1).isEmpty()) {
			log.error("history cleanup not started: ended instances removable before {} are not archived", cutoff);
			return;
		}
		history.cleanUpHistoryAsync(true);
		log.info("archived {} ended instances' paths, history cleanup started", archived);
	}

	@Scheduled(cron = "${minzheng.history.cleanup.end-cron}", zone = "${minzheng.history.cleanup.zone}")
	void windowEnds() {
		// the job executor may be running the cleanup job right now: the engine refuses
		// to
		// delete a job being executed, so try again shortly
		for (int attempt = 0; attempt < 20; attempt++) {
			boolean left = false;
			for (Job job : history.findHistoryCleanupJobs()) {
				try {
					management.deleteJob(job.getId());
				}
				catch (org.camunda.bpm.engine.ProcessEngineException ex) {
					left = true;
				}
			}
			if (!left) {
				return;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		log.warn("history cleanup job still running at the window's end; it stops when it finds nothing to remove");
	}

	/**
	 * Archives every ended instance whose removal time is at or before the cutoff and
	 * that has no archive yet.
	 * @return how many were archived here
	 */
	int archive(Instant cutoff) {
		int archived = 0;
		int conflicts = 0;
		while (conflicts < 3) {
			List<String> batch = paths.unarchived(cutoff, BATCH);
			if (batch.isEmpty()) {
				break;
			}
			try {
				Instant now = clock.instant();
				archived += tx.execute(status -> {
					paths.archiveSteps(batch);
					return paths.archiveInstances(batch, now);
				});
			}
			catch (DuplicateKeyException ex) {
				// another node archived some of them at the same moment: read again
				conflicts++;
			}
		}
		return archived;
	}

}
