package org.minzheng.flow.socialorg.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forbidden-word part of 名称核准 with the shipped lists (the migrations run on an
 * in-memory H2): whole terms, and legitimate compounds that contain one.
 */
class NameCheckTest {

	static List<String> forbidden;

	static List<String> allowed;

	@BeforeAll
	static void migrate() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(
				"jdbc:h2:mem:namecheck;MODE=MySQL;DATABASE_TO_LOWER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/h2", "classpath:db/migration/common")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		forbidden = jdbc.queryForList("SELECT word FROM so_forbidden_word ORDER BY word", String.class);
		allowed = jdbc.queryForList("SELECT term FROM so_name_allowed_term ORDER BY term", String.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "深圳市拥军优属促进会", "深圳市退役军人服务协会", "深圳市警察协会", "深圳市军人家属互助会", "深圳市国际象棋协会", "深圳市党建研究会",
			"深圳市戒赌互助服务中心", "深圳市登山运动协会" })
	void passesNamesTheSubstringCheckWronglyRefused(String name) {
		assertThat(NameCheck.forbiddenIn(name, forbidden, allowed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "深圳市解放军后勤服务协会, 解放军", "深圳市共产党员联谊会, 共产党", "深圳市武警之家联谊会, 武警", "深圳市公安服务协会, 公安", "中国深圳摄影爱好者协会, 中国",
			"深圳市国际交流促进会, 国际", "深圳市部队后勤服务中心, 部队", "深圳市国际象棋与国际交流协会, 国际", "深圳市赌术研究会, 赌" })
	void stillRefusesNamesThatUseAForbiddenTerm(String name, String term) {
		assertThat(NameCheck.forbiddenIn(name, forbidden, allowed)).contains(term);
	}

}
