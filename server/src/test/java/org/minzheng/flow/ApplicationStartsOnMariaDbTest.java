package org.minzheng.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ApplicationTest
class ApplicationStartsOnMariaDbTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Test
	void migratesOrgUnitsCalendarAndCamundaSchema() {
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE level = 'DISTRICT'", Integer.class))
			.isEqualTo(10);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE level = 'STREET'", Integer.class))
			.isEqualTo(74);
		assertThat(jdbc.queryForObject("SELECT name FROM org_unit WHERE code = '440308001'", String.class))
			.isEqualTo("梅沙街道");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day", Integer.class)).isGreaterThan(50);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Integer.class)).isGreaterThan(0);
	}

	@Test
	void ourTablesAreUtf8mb4WhileCamundaKeepsItsOwnCharset() {
		List<String> ours = jdbc
			.queryForList("SELECT DISTINCT CCSA.character_set_name FROM information_schema.TABLES T "
					+ "JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY CCSA ON CCSA.collation_name = T.table_collation "
					+ "WHERE T.table_schema = DATABASE() AND T.table_name NOT LIKE 'ACT\\_%' AND T.table_name <> 'flyway_schema_history'",
					String.class);
		assertThat(ours).containsExactly("utf8mb4");
	}

	@Test
	void deploysTheProcessesFromTheProcessesModule() {
		assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty();
	}

}
