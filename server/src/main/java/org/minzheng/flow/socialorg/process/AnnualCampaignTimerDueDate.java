package org.minzheng.flow.socialorg.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualCampaignProcess;
import org.minzheng.flow.socialorg.annual.AnnualCampaignSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Keeps the yearly timer of {@code SocialOrgAnnualCampaignProcess} on the configured
 * opening day. The engine reads the cycle when it deploys the model and again when the
 * timer fires ({@code reevaluateTimeCycleWhenDue}); a date changed in the configuration
 * of an unchanged model would otherwise count only from the next opening on. At start-up
 * the waiting timer is moved to the next configured day (every node computes the same
 * day, so they agree).
 */
@Component
public class AnnualCampaignTimerDueDate {

	private static final Logger log = LoggerFactory.getLogger(AnnualCampaignTimerDueDate.class);

	private final ManagementService management;

	private final AnnualCampaignSchedule schedule;

	AnnualCampaignTimerDueDate(ManagementService management, AnnualCampaignSchedule schedule) {
		this.management = management;
		this.schedule = schedule;
	}

	/**
	 * Moves each active timer that is not due on the next configured opening day there.
	 * @return how many timers were moved
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int align() {
		ZoneId zone = ZoneId.systemDefault();
		LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
		Date next = Date.from(CronExpression.parse(schedule.cycle()).next(now).atZone(zone).toInstant());
		int moved = 0;
		for (Job timer : management.createJobQuery()
			.processDefinitionKey(SocialOrgAnnualCampaignProcess.PROCESS_KEY)
			.activityId(SocialOrgAnnualCampaignProcess.START_EVENT_OPENING_DAY)
			.timers()
			.active()
			.list()) {
			if (next.equals(timer.getDuedate())) {
				continue;
			}
			try {
				management.setJobDuedate(timer.getId(), next);
				log.info("annual campaign timer moved from {} to {} (minzheng.socialorg.annual-report.open-on)",
						timer.getDuedate(), next);
				moved++;
			}
			catch (OptimisticLockingException ex) {
				log.info("annual campaign timer moved by another node");
			}
		}
		return moved;
	}

}
