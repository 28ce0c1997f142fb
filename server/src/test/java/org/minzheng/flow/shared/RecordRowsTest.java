package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.AutomapConstructor;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordRows} makes the same records as MyBatis's own argument-name constructor
 * auto-mapping, and leaves to MyBatis what it does not handle: each statement is run
 * through a session with the interceptor and one without, on the same rows.
 */
class RecordRowsTest {

	private static final String URL = "jdbc:h2:mem:record_rows;MODE=MySQL;DB_CLOSE_DELAY=-1";

	private static Connection keepOpen;

	@BeforeAll
	static void rows() throws SQLException {
		keepOpen = DriverManager.getConnection(URL, "sa", "");
		try (Statement st = keepOpen.createStatement()) {
			st.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, full_name VARCHAR(50), birth_date DATE, "
					+ "age INT, active BOOLEAN, status VARCHAR(10), amount DECIMAL(10,2), seen_at TIMESTAMP, "
					+ "unused_column VARCHAR(10))");
			st.execute("INSERT INTO person VALUES (1, '张三', DATE '1950-01-02', 76, TRUE, 'OPEN', 12.50, "
					+ "TIMESTAMP '2026-12-07 08:00:00', 'x')");
			st.execute("INSERT INTO person VALUES (2, NULL, NULL, 5, FALSE, NULL, NULL, NULL, NULL)");
			st.execute("INSERT INTO person VALUES (3, '李四', DATE '1960-03-04', 66, NULL, 'CLOSED', 0, NULL, 'y')");
		}
	}

	@AfterAll
	static void close() throws SQLException {
		keepOpen.close();
	}

	enum Status {

		OPEN, CLOSED

	}

	record Person(long id, String fullName, LocalDate birthDate, Integer age, Boolean active, Status status,
			BigDecimal amount, Instant seenAt) {
	}

	record Renamed(@Param("id") long key, String fullName) {
	}

	record Strict(long id, String fullName) {

		Strict {
			if (fullName == null) {
				throw new IllegalArgumentException("no name");
			}
		}

	}

	record TwoWays(long id, String fullName) {

		@AutomapConstructor
		TwoWays(long id) {
			this(id, "?");
		}

	}

	record Missing(long id, String nickname) {
	}

	interface People {

		@Select("SELECT * FROM person ORDER BY id")
		List<Person> all();

		@Select("SELECT seen_at, amount, status, active, age, birth_date, full_name, unused_column, id FROM person "
				+ "WHERE id = #{id}")
		Person namesFirst(long id);

		@Select("SELECT id, full_name FROM person ORDER BY id")
		List<Renamed> renamed();

		@Select("SELECT id, full_name FROM person ORDER BY id")
		List<Strict> strict();

		@Select("SELECT id, full_name FROM person ORDER BY id")
		List<TwoWays> twoWays();

		@Select("SELECT id, full_name FROM person ORDER BY id")
		List<Missing> missing();

		@Select("SELECT id, full_name, full_name AS fullname FROM person ORDER BY id")
		List<Person> twice();

		@Select("SELECT id, full_name FROM person ORDER BY id")
		List<Map<String, Object>> maps();

	}

	private static final RecordRows INTERCEPTOR = new RecordRows();

	private static SqlSessionFactory factory(boolean intercepted) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(URL);
		dataSource.setUser("sa");
		Configuration configuration = new Configuration(
				new Environment("test", new JdbcTransactionFactory(), dataSource));
		configuration.setMapUnderscoreToCamelCase(true);
		configuration.setArgNameBasedConstructorAutoMapping(true);
		configuration.addMapper(People.class);
		if (intercepted) {
			configuration.addInterceptor(INTERCEPTOR);
		}
		return new SqlSessionFactoryBuilder().build(configuration);
	}

	private static <T> T both(java.util.function.Function<People, T> query) {
		try (SqlSession plain = factory(false).openSession(); SqlSession fast = factory(true).openSession()) {
			T expected = query.apply(plain.getMapper(People.class));
			T actual = query.apply(fast.getMapper(People.class));
			assertThat(actual).isEqualTo(expected);
			return actual;
		}
	}

	@Test
	void makesTheSameRecordsAsMyBatis() {
		List<Person> all = both(People::all);
		assertThat(all).hasSize(3);
		assertThat(all.get(0).fullName()).isEqualTo("张三");
		assertThat(all.get(0).status()).isEqualTo(Status.OPEN);
		assertThat(all.get(1).fullName()).isNull();
		// column order does not matter, names do
		assertThat(both(p -> p.namesFirst(3)).fullName()).isEqualTo("李四");
		assertThat(both(People::renamed)).extracting(Renamed::key).containsExactly(1L, 2L, 3L);
		// the second call takes the plan made by the first
		assertThat(both(People::all)).isEqualTo(all);
		assertThat(INTERCEPTOR.planned()).contains(Person.class, Renamed.class)
			.doesNotContain(TwoWays.class, Missing.class);
	}

	@Test
	void leavesToMyBatisWhatItDoesNotHandle() {
		// two constructors (MyBatis takes the one marked), rows as maps
		assertThat(both(People::twoWays)).extracting(TwoWays::fullName).containsOnly("?");
		assertThat(both(People::maps)).hasSize(3);
		try (SqlSession plain = factory(false).openSession(); SqlSession fast = factory(true).openSession()) {
			for (SqlSession session : List.of(plain, fast)) {
				// no column for an argument, or two for one: MyBatis's own error, both
				// ways
				assertThatThrownBy(() -> session.getMapper(People.class).missing())
					.isInstanceOf(PersistenceException.class)
					.hasMessageContaining("nickname");
				assertThatThrownBy(() -> session.getMapper(People.class).twice())
					.isInstanceOf(PersistenceException.class);
			}
		}
	}

	@Test
	void aRowTheRecordRefusesFailsAsWithMyBatis() {
		try (SqlSession plain = factory(false).openSession(); SqlSession fast = factory(true).openSession()) {
			for (SqlSession session : List.of(plain, fast)) {
				assertThatThrownBy(() -> session.getMapper(People.class).strict())
					.isInstanceOf(PersistenceException.class)
					.hasMessageContaining("Error instantiating");
			}
		}
	}

}
