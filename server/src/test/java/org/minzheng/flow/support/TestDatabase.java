package org.minzheng.flow.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each Spring test context a fresh database. The schema always comes from the
 * application's own Flyway migrations.
 * <p>
 * By default the database is on the real MySQL-compatible server (MariaDB 10.11 at
 * 127.0.0.1:3306 on development and CI machines; override with MZF_TEST_DB_HOST / _USER /
 * _PASSWORD). If the server is unreachable the test fails: data tests are never skipped
 * silently.
 * <p>
 * With the system property {@code mzf.test.db=h2} (the {@code h2-it} failsafe execution
 * sets it) the context runs on the embedded default instead: the production datasource
 * URL from application.yml, untouched, an H2 file database in MySQL mode, with
 * {@code minzheng.data-dir} pointing at a fresh directory under target/h2-it.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * The system property choosing the database: {@code mariadb} (default) or {@code h2}.
	 */
	public static final String PROPERTY = "mzf.test.db";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	public static final String HOST = env("MZF_TEST_DB_HOST", "127.0.0.1:3306");

	public static final String USER = env("MZF_TEST_DB_USER", "root");

	public static final String PASSWORD = env("MZF_TEST_DB_PASSWORD", "");

	static final String OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useUnicode=true"
			+ "&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "mzf_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		String kind = System.getProperty(PROPERTY, "mariadb");
		switch (kind) {
			case "mariadb" -> mariaDb(context, name);
			case "h2" -> h2(context, name);
			default -> throw new IllegalStateException(
					"-D" + PROPERTY + "=" + kind + " names no test database: use mariadb (default) or h2");
		}
	}

	private static void h2(ConfigurableApplicationContext context, String name) {
		// the URL, user and driver stay application.yml's: only the directory is fresh
		Path dir = Path.of("target", "h2-it", name).toAbsolutePath();
		TestPropertyValues.of("minzheng.data-dir=" + dir, "minzheng.test.database=" + name).applyTo(context);
	}

	private static void mariaDb(ConfigurableApplicationContext context, String name) {
		try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + OPTIONS, USER,
				PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The MySQL-compatible test database at " + HOST
					+ " is not reachable (start MariaDB, or run .ci/run which does): " + ex.getMessage(), ex);
		}
		TestPropertyValues
			.of("spring.datasource.url=" + jdbcUrl(name), "spring.datasource.username=" + USER,
					"spring.datasource.password=" + PASSWORD,
					"spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver", "minzheng.test.database=" + name)
			.applyTo(context);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
	}

	public static String jdbcUrl(String database) {
		return "jdbc:mysql://" + HOST + "/" + database + "?" + OPTIONS;
	}

	private static void drop(String name) {
		try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + OPTIONS, USER,
				PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
		}
		catch (SQLException ex) {
			// best effort: a leftover test database is harmless and dropped by the next
			// run's .ci/run
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
