package org.minzheng.flow.socialorg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the year's annual-report campaign on a configured date for the configured
 * registrars ({@code minzheng.socialorg.annual-report.open-on=01-15},
 * {@code …deadline=05-31}, {@code …registrars=440300,440308}), as the system; off when no
 * registrar is configured. The campaign's unique (registrar, year) key makes a second
 * node's attempt a no-op.
 */
@Component
class AnnualCampaignTimer {

	private static final Logger log = LoggerFactory.getLogger(AnnualCampaignTimer.class);

	private final AnnualReportService reports;

	private final Clock clock;

	private final MonthDay openOn;

	private final MonthDay deadline;

	private final int reminderDays;

	private final List<String> registrars;

	AnnualCampaignTimer(AnnualReportService reports, Clock clock,
			@Value("${minzheng.socialorg.annual-report.open-on:01-15}") String openOn,
			@Value("${minzheng.socialorg.annual-report.deadline:05-31}") String deadline,
			@Value("${minzheng.socialorg.annual-report.reminder-days-before:15}") int reminderDays,
			@Value("${minzheng.socialorg.annual-report.registrars:}") List<String> registrars) {
		this.reports = reports;
		this.clock = clock;
		this.openOn = MonthDay.parse("--" + openOn);
		this.deadline = MonthDay.parse("--" + deadline);
		this.reminderDays = reminderDays;
		this.registrars = registrars.stream().filter(code -> !code.isBlank()).toList();
	}

	@Scheduled(cron = "${minzheng.socialorg.annual-report.check-cron:0 5 1 * * *}", zone = "Asia/Shanghai")
	void daily() {
		openDue(LocalDate.now(clock));
	}

	/**
	 * On the opening date, opens last year's campaign for every configured registrar that
	 * has none yet.
	 * @return the campaigns opened now
	 */
	List<AnnualCampaign> openDue(LocalDate today) {
		List<AnnualCampaign> opened = new ArrayList<>();
		if (!MonthDay.from(today).equals(openOn)) {
			return opened;
		}
		for (String registrar : registrars) {
			try {
				opened.add(reports.openFor(
						new AnnualReportService.OpenCampaign(registrar, today.getYear() - 1,
								deadline.atYear(today.getYear()), reminderDays),
						AuditTrail.SYSTEM_ACTOR, AuditTrail.SYSTEM_ROLE));
			}
			catch (ApiException | DuplicateKeyException ex) {
				log.info("annual campaign {} of {} already open", today.getYear() - 1, registrar);
			}
		}
		return opened;
	}

}
