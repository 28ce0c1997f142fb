package org.minzheng.flow.socialorg.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.calendar.process.WorkingDayTimerAlignment;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualCampaignProcess;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The campaign opens by itself on the first working day on or after the configured date,
 * once: the timer start event of {@code SocialOrgAnnualCampaignProcess} is due on that
 * day, and a second run (next year's firing, a retry) changes nothing.
 */
@ApplicationTest
@TestPropertySource(properties = { "minzheng.socialorg.annual-report.registrars=440304",
		"minzheng.socialorg.annual-report.open-on=01-16", "minzheng.socialorg.annual-report.deadline=05-31" })
class AnnualCampaignTimerIT {

	@Autowired
	AnnualCampaignTimer timer;

	@Autowired
	ManagementService management;

	@Autowired
	TestClock clock;

	@Autowired
	WorkingDayTimerAlignment dueDate;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void opensLastYearsCampaignOnTheFirstWorkingDayFromTheConfiguredDateOnce() {
		organisations("福田区定时年报协会");
		// 16 January 2033 is a Sunday: the campaign opens on Monday the 17th
		int year = 2033;

		assertThat(timer.openDue(LocalDate.of(year, 1, 15))).isEmpty();
		assertThat(timer.openDue(LocalDate.of(year, 1, 16))).isEmpty();
		List<AnnualCampaign> opened = timer.openDue(LocalDate.of(year, 1, 17));
		assertThat(timer.openDue(LocalDate.of(year, 1, 17))).isEmpty();

		assertThat(opened).singleElement().satisfies(campaign -> {
			assertThat(campaign.registrarCode()).isEqualTo("440304");
			assertThat(campaign.reportYear()).isEqualTo(year - 1);
			assertThat(campaign.deadline()).isEqualTo(LocalDate.of(year, 5, 31));
			assertThat(campaign.caseCount()).isEqualTo(activeOrganisations());
			assertThat(campaign.openedBy()).isEqualTo("system");
		});
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM so_annual_report r JOIN so_annual_campaign c "
						+ "ON c.id = r.campaign_id WHERE c.registrar_code = '440304' AND c.report_year = ?",
				Integer.class, year - 1))
			.isEqualTo(activeOrganisations());
	}

	@Test
	void theEngineTimerIsDueOnTheFirstWorkingDayFromTheConfiguredDateAndOpensTheCampaignOnce() {
		organisations("福田区引擎定时年报协会");
		Job yearly = timerJob();
		LocalDateTime due = LocalDateTime.ofInstant(yearly.getDuedate().toInstant(), WorkingDayCalendar.ZONE);
		LocalDate configured = MonthDay.of(1, 16).atYear(due.getYear());
		assertThat(due.toLocalDate())
			.isEqualTo(calendar.isWorkingDay(configured) ? configured : calendar.addWorkingDays(configured, 1));
		assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(1, 5));

		// the timer fires on the opening day three years on (a year no other test opens),
		// and again (as next year's firing would on the same day, or a retry)
		int year = LocalDate.now().getYear() + 3;
		Instant now = clock.stop();
		try {
			clock.advance(Duration.between(now,
					LocalDate.of(year, 1, 16).atTime(1, 5).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
			fire();
			fire();
		}
		finally {
			clock.run();
		}

		assertThat(jdbc.queryForList(
				"SELECT opened_by FROM so_annual_campaign WHERE registrar_code = '440304' " + "AND report_year = ?",
				String.class, year - 1))
			.containsExactly("system");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM so_annual_report r JOIN so_annual_campaign c "
						+ "ON c.id = r.campaign_id WHERE c.registrar_code = '440304' AND c.report_year = ?",
				Integer.class, year - 1))
			.isEqualTo(activeOrganisations());
		assertThat(timerJob()).as("next year's timer").isNotNull();
	}

	@Test
	void aTimerNotOnTheConfiguredDayIsMovedThereAtStartUp() {
		Job yearly = timerJob();
		java.util.Date configured = yearly.getDuedate();
		management.setJobDuedate(yearly.getId(), java.util.Date.from(configured.toInstant().plus(Duration.ofDays(3))));

		assertThat(dueDate.align()).isEqualTo(1);
		assertThat(dueDate.align()).isZero();
		assertThat(timerJob().getDuedate().getTime()).isEqualTo(configured.getTime());
	}

	private void fire() {
		management.executeJob(timerJob().getId());
		AidFlows.await("the yearly opening has run",
				() -> management.createJobQuery()
					.processDefinitionKey(SocialOrgAnnualCampaignProcess.PROCESS_KEY)
					.activityId(SocialOrgAnnualCampaignProcess.SERVICE_TASK_OPEN_CAMPAIGNS)
					.count() == 0);
	}

	private Job timerJob() {
		return management.createJobQuery()
			.processDefinitionKey(SocialOrgAnnualCampaignProcess.PROCESS_KEY)
			.timers()
			.singleResult();
	}

	private void organisations(String name) {
		for (int i = 0; i < 3; i++) {
			jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, status, "
					+ "credit_state, created_at) VALUES (?, 'ASSOCIATION', 'DIRECT', '440304', 'REGISTERED', 'NORMAL', "
					+ "CURRENT_TIMESTAMP)", name + i);
		}
	}

	private int activeOrganisations() {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM so_organisation WHERE registrar_code = '440304' " + "AND status = 'REGISTERED'",
				Integer.class);
	}

}
