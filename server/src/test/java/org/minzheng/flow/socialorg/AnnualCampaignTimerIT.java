package org.minzheng.flow.socialorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The campaign opens by itself on the configured date, once: the next day's check and a
 * second node's attempt change nothing.
 */
@ApplicationTest
@TestPropertySource(properties = { "minzheng.socialorg.annual-report.registrars=440304",
		"minzheng.socialorg.annual-report.open-on=01-15", "minzheng.socialorg.annual-report.deadline=05-31" })
class AnnualCampaignTimerIT {

	@Autowired
	AnnualCampaignTimer timer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void opensLastYearsCampaignOnTheConfiguredDateOnce() {
		for (int i = 0; i < 3; i++) {
			jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, status, "
					+ "credit_state, created_at) VALUES (?, 'ASSOCIATION', 'DIRECT', '440304', 'REGISTERED', 'NORMAL', "
					+ "CURRENT_TIMESTAMP)", "福田区定时年报协会" + i);
		}
		int year = LocalDate.now().getYear() + 1;

		assertThat(timer.openDue(LocalDate.of(year, 1, 14))).isEmpty();
		List<AnnualCampaign> opened = timer.openDue(LocalDate.of(year, 1, 15));
		assertThat(timer.openDue(LocalDate.of(year, 1, 15))).isEmpty();

		assertThat(opened).singleElement().satisfies(campaign -> {
			assertThat(campaign.registrarCode()).isEqualTo("440304");
			assertThat(campaign.reportYear()).isEqualTo(year - 1);
			assertThat(campaign.deadline()).isEqualTo(LocalDate.of(year, 5, 31));
			assertThat(campaign.caseCount()).isEqualTo(3);
			assertThat(campaign.openedBy()).isEqualTo("system");
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM so_annual_report r JOIN so_annual_campaign c "
				+ "ON c.id = r.campaign_id WHERE c.registrar_code = '440304'", Integer.class))
			.isEqualTo(3);
	}

}
