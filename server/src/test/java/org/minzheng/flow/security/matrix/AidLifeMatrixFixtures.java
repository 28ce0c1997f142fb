package org.minzheng.flow.security.matrix;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.aid.spotcheck.AidSpotCheckService;
import org.minzheng.flow.support.AidFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The periodic review's and the spot check's fixtures: {@code $AID_SPOT_CHECK} is a spot
 * check of a decision 梅沙街道 took under 盐田区's entrustment in March 2025 (the street must
 * not see it). The district's aid reviewer (yt-reviewer) is not on the shared panel,
 * whose groups other files use; AidLifeIT drives the spot check as that user.
 */
class AidLifeMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		JdbcTemplate jdbc = setup.context().getBean(JdbcTemplate.class);
		long entrustment = jdbc.queryForObject(
				"SELECT MIN(id) FROM aid_entrustment WHERE district_code = '440308' AND benefit_type = 'DIBAO'",
				Long.class);
		Timestamp at = Timestamp.from(Instant.parse("2025-03-10T02:00:00Z"));
		jdbc.update("INSERT INTO aid_household (district_code, street_code, address, created_at) "
				+ "VALUES ('440308', '440308001', '梅沙街道矩阵路 1 号', ?)", at);
		long household = jdbc.queryForObject("SELECT MAX(id) FROM aid_household", Long.class);
		jdbc.update(
				"INSERT INTO aid_member (household_id, name, id_number, birth_date, relation, hukou_status, "
						+ "applicant) VALUES (?, '矩阵抽', ?, ?, 'APPLICANT', 'SHENZHEN_HUKOU', TRUE)",
				household, AidFixtures.idNumber("440308", "19550101"), LocalDate.of(1955, 1, 1));
		jdbc.update("INSERT INTO aid_application (application_no, benefit_type, household_id, district_code, "
				+ "competent_street_code, intake_street_code, conflict_of_interest, status, submitted_by, submitted_at, "
				+ "decision, decided_at, decided_by, decided_org_unit, entrustment_id, closed_at) VALUES "
				+ "('DB-440308-2025-930001', 'DIBAO', ?, '440308', '440308001', '440308001', FALSE, 'APPROVED', "
				+ "'yt-meisha-clerk', ?, 'APPROVE', ?, 'yt-meisha-approver', '440308001', ?, ?)", household, at, at,
				entrustment, at);
		List<String> checks = setup.context().getBean(AidSpotCheckService.class).draw("440308", YearMonth.of(2025, 3));
		return Map.of("AID_SPOT_CHECK", checks.get(0));
	}

}
