package org.minzheng.flow.socialorg.annual;

import java.time.MonthDay;
import java.util.List;

import org.minzheng.flow.processes.socialorg.SocialOrgAnnualCampaignProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured yearly annual-report campaign
 * ({@code minzheng.socialorg.annual-report.open-on=01-15}, {@code …deadline=05-31},
 * {@code …reminder-days-before=15}, {@code …registrars=440300,440308}): off when no
 * registrar is configured. The timer start event of
 * {@code SocialOrgAnnualCampaignProcess} fires at 01:05 on the first working day on or
 * after {@code open-on} ({@code ${workingDaySchedule.yearly('socialorg-annual-campaign',
 * '01:05')}}).
 */
@Component(SocialOrgAnnualCampaignProcess.BEAN_SCHEDULE)
public class AnnualCampaignSchedule {

	private final MonthDay openOn;

	private final MonthDay deadline;

	private final int reminderDays;

	private final List<String> registrars;

	AnnualCampaignSchedule(@Value("${minzheng.socialorg.annual-report.open-on:01-15}") String openOn,
			@Value("${minzheng.socialorg.annual-report.deadline:05-31}") String deadline,
			@Value("${minzheng.socialorg.annual-report.reminder-days-before:15}") int reminderDays,
			@Value("${minzheng.socialorg.annual-report.registrars:}") List<String> registrars) {
		this.openOn = MonthDay.parse("--" + openOn);
		this.deadline = MonthDay.parse("--" + deadline);
		this.reminderDays = reminderDays;
		this.registrars = registrars.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

	MonthDay openOn() {
		return openOn;
	}

	MonthDay deadline() {
		return deadline;
	}

	int reminderDays() {
		return reminderDays;
	}

	List<String> registrars() {
		return registrars;
	}

}
