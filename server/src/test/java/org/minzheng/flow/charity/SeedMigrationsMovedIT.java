package org.minzheng.flow.charity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The charity and cemetery demo rows came from the seed migrations V301 and V501 until
 * they moved to {@link CharityDemoData} and {@code CemeteryDemoData} (Flyway callbacks
 * after the migrations). A database that ran those migrations still lists them in
 * Flyway's history and holds their rows: it must still validate (the files are gone) and
 * the demo loaders must add nothing twice.
 */
@ApplicationTest
class SeedMigrationsMovedIT {

	static final List<String> COUNTS = List.of("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'CH-TR-%'",
			"SELECT COUNT(*) FROM charity_trustee",
			"SELECT COUNT(*) FROM charity_organisation WHERE source = 'REGISTERED'",
			"SELECT COUNT(*) FROM org_unit WHERE code LIKE 'CEM-%'", "SELECT COUNT(*) FROM cemetery_enforcement_unit",
			"SELECT COUNT(*) FROM cemetery", "SELECT COUNT(*) FROM cemetery_price_item",
			"SELECT COUNT(*) FROM cemetery_checklist_version", "SELECT COUNT(*) FROM cemetery_checklist_item");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void aDatabaseThatRanTheSeedMigrationsValidatesAndGetsNoDuplicates() {
		List<Integer> before = counts();
		assertThat(before.subList(0, 2)).as("the demo trustees").containsExactly(4, 4);
		assertThat(before.subList(3, 6)).as("the demo cemeteries").containsExactly(20, 3, 8);
		assertThat(before.get(8)).as("the first checklist's items at least").isGreaterThanOrEqualTo(10);
		int rank = this.jdbc.queryForObject("SELECT MAX(installed_rank) FROM flyway_schema_history", Integer.class);
		try {
			// as a database migrated before the move has them
			seedMigration(rank + 1, "301", "charity seed", "V301__charity_seed.sql");
			seedMigration(rank + 2, "501", "cemetery seed", "V501__cemetery_seed.sql");
			this.flyway.validate();

			// a start: nothing to migrate, the demo data written after the migrations
			// again
			this.flyway.migrate();
			assertThat(counts()).as("the demo data again adds nothing").isEqualTo(before);
		}
		finally {
			this.jdbc.update("DELETE FROM flyway_schema_history WHERE installed_rank > ?", rank);
		}
	}

	private void seedMigration(int rank, String version, String description, String script) {
		this.jdbc.update(
				"INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
						+ "checksum, installed_by, installed_on, execution_time, success) "
						+ "VALUES (?, ?, ?, 'SQL', ?, 12345, 'test', CURRENT_TIMESTAMP, 1, TRUE)",
				rank, version, description, script);
	}

	private List<Integer> counts() {
		return COUNTS.stream().map(sql -> this.jdbc.queryForObject(sql, Integer.class)).toList();
	}

}
