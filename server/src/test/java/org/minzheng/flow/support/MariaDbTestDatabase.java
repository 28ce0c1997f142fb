package org.minzheng.flow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each Spring test context a fresh database on the real MySQL-compatible server
 * (MariaDB 10.11 at 127.0.0.1:3306 on development and CI machines; override with
 * MZF_TEST_DB_HOST / _USER / _PASSWORD). The schema comes from the application's own
 * Flyway migrations. If the server is unreachable the test fails: data tests are never
 * skipped silently.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	static final String HOST = env("MZF_TEST_DB_HOST", "127.0.0.1:3306");

	static final String USER = env("MZF_TEST_DB_USER", "root");

	static final String PASSWORD = env("MZF_TEST_DB_PASSWORD", "");

	static final String OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useUnicode=true"
			+ "&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "mzf_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
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
