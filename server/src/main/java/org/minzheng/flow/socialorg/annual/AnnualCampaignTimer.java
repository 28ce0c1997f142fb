package org.minzheng.flow.socialorg.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens the year's annual-report campaign for the configured registrars
 * ({@link AnnualCampaignSchedule}), as the system, when the timer start event of
 * {@code SocialOrgAnnualCampaignProcess} fires on the opening day: an engine job, so one
 * node of a cluster runs it. A registrar whose campaign of the year is already open (by
 * its administrator, or by an earlier run) is left alone, and the campaign's unique
 * (registrar, year) key refuses a second opening in any case.
 */
@Component
public class AnnualCampaignTimer {

	private static final Logger log = LoggerFactory.getLogger(AnnualCampaignTimer.class);

	private final AnnualReportService reports;

	private final AnnualReportMapper campaigns;

	private final AnnualCampaignSchedule schedule;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	AnnualCampaignTimer(AnnualReportService reports, AnnualReportMapper campaigns, AnnualCampaignSchedule schedule,
			WorkingDayCalendar calendar, Clock clock) {
		this.reports = reports;
		this.campaigns = campaigns;
		this.schedule = schedule;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The timer's work: opens last year's campaign for every configured registrar that
	 * has none yet. Runs in the job's transaction, so a failure opens nothing and the job
	 * is tried again.
	 * @return how many campaigns were opened now
	 */
	public int openYearly() {
		return open(LocalDate.now(clock)).size();
	}

	/**
	 * On the opening day (the first working day on or after the configured date), opens
	 * last year's campaign for every configured registrar that has none yet (the timer's
	 * check, for a given day).
	 * @return the campaigns opened now
	 */
	List<AnnualCampaign> openDue(LocalDate today) {
		return today.equals(openingDay(today.getYear())) ? open(today) : List.of();
	}

	/** The first working day on or after the configured opening date of the year. */
	LocalDate openingDay(int year) {
		return calendar.onOrAfter(schedule.openOn().atYear(year));
	}

	private List<AnnualCampaign> open(LocalDate today) {
		int year = today.getYear() - 1;
		List<AnnualCampaign> opened = new ArrayList<>();
		for (String registrar : schedule.registrars()) {
			if (campaigns.countCampaigns(registrar, year) > 0) {
				log.info("annual campaign {} of {} already open", year, registrar);
				continue;
			}
			opened
				.add(reports.openFor(
						new AnnualReportService.OpenCampaign(registrar, year,
								schedule.deadline().atYear(today.getYear()), schedule.reminderDays()),
						AuditTrail.SYSTEM_ACTOR, AuditTrail.SYSTEM_ROLE));
		}
		return opened;
	}

}
