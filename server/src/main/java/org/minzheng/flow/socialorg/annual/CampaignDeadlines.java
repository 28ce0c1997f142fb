package org.minzheng.flow.socialorg.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign's own dates: on the reminder day every case still waiting for its report
 * gets the reminder message; once the deadline has passed, the deadline message (each
 * case then lists its organisation in its own job). Messages go out {@value #BATCH} cases
 * per transaction, and each campaign is claimed by a compare-and-set first, so on several
 * nodes only one sends them.
 */
@Component
class CampaignDeadlines {

	private static final Logger log = LoggerFactory.getLogger(CampaignDeadlines.class);

	static final int BATCH = 50;

	/**
	 * Tries of one case's message before the run stops (and the next run sends again).
	 */
	static final int ATTEMPTS = 10;

	private final AnnualReportMapper reports;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	CampaignDeadlines(AnnualReportMapper reports, Workflow workflow, AuditTrail audit, TransactionTemplate tx,
			Clock clock) {
		this.reports = reports;
		this.workflow = workflow;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(cron = "${minzheng.socialorg.annual-report.deadline-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		processDue(LocalDate.now(clock));
	}

	/**
	 * Sends the reminders and deadline messages due on the given day.
	 * @return how many cases were told
	 */
	int processDue(LocalDate today) {
		int told = 0;
		for (AnnualCampaign campaign : reports.dueReminders(today)) {
			if (claim(() -> reports.markReminded(campaign.id(), clock.instant()))) {
				told += send(campaign, SocialOrgAnnualReportProcess.MESSAGE_REMINDER_DUE, "年报截止前提醒");
			}
		}
		for (AnnualCampaign campaign : reports.pastDeadline(today)) {
			if (claim(() -> reports.markDeadlineProcessed(campaign.id(), clock.instant()))) {
				told += send(campaign, SocialOrgAnnualReportProcess.MESSAGE_DEADLINE_PASSED, "年报报送截止");
			}
		}
		return told;
	}

	/**
	 * Delivers the message to every case in one transaction, again when a case's own job
	 * (a timer, an async step) changed the same process instance at that moment: the
	 * transaction was rolled back whole, so nothing is delivered twice.
	 * @return false when the last try also met a concurrent change
	 */
	private boolean deliver(List<String> cases, String message, int attempts) {
		for (int attempt = 1; attempt <= attempts; attempt++) {
			try {
				tx.executeWithoutResult(status -> cases.forEach(no -> workflow.correlate(message, no, Map.of())));
				return true;
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("{} to {} case(s) met a concurrent change (try {} of {})", message, cases.size(), attempt,
						attempts);
				try {
					Thread.sleep(20L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return false;
	}

	private boolean claim(java.util.function.IntSupplier update) {
		Integer claimed = tx.execute(status -> update.getAsInt());
		return claimed != null && claimed > 0;
	}

	private int send(AnnualCampaign campaign, String message, String what) {
		List<String> open = reports.openReportNos(campaign.id());
		List<String> undelivered = new ArrayList<>();
		for (int from = 0; from < open.size(); from += BATCH) {
			List<String> chunk = new ArrayList<>(open.subList(from, Math.min(open.size(), from + BATCH)));
			if (!deliver(chunk, message, 2)) {
				// a case's own job kept changing it: one transaction per case, so the
				// others
				// are not held back by it
				chunk.stream().filter(no -> !deliver(List.of(no), message, ATTEMPTS)).forEach(undelivered::add);
			}
		}
		if (!undelivered.isEmpty()) {
			log.error("campaign {} of {}: {} not delivered to {}", campaign.reportYear(), campaign.registrarCode(),
					message, undelivered);
			tx.executeWithoutResult(status -> audit.recordSystem(
					campaign.registrarCode(), null, "SOCIALORG_CAMPAIGN_UNDELIVERED", campaign.reportYear() + " 年度"
							+ what + "未能送达 " + undelivered.size() + " 个案件，请督办人员处理：" + String.join("、", undelivered),
					null));
		}
		tx.executeWithoutResult(status -> audit.recordSystem(campaign.registrarCode(), null,
				"SOCIALORG_CAMPAIGN_" + (message.endsWith("ReminderDue") ? "REMINDED" : "DEADLINE_PASSED"),
				campaign.reportYear() + " 年度" + what + "：" + open.size() + " 个组织尚未报送", null));
		log.info("campaign {} of {}: {} sent to {} cases", campaign.reportYear(), campaign.registrarCode(), message,
				open.size());
		return open.size();
	}

}
