package org.minzheng.flow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.minzheng.flow.MinZhengFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started on a benchmark database of the MySQL-compatible server
 * (MariaDB at 127.0.0.1:3306 here; {@code MZF_BENCH_DB_HOST} to change it), with the job
 * executor off so that nothing runs behind the measurements' backs.
 */
public final class BenchApplication implements AutoCloseable {

	static final String HOST = System.getenv().getOrDefault("MZF_BENCH_DB_HOST", "127.0.0.1:3306");

	static final String OPTIONS = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useUnicode=true"
			+ "&characterEncoding=UTF-8";

	private final ConfigurableApplicationContext context;

	private BenchApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts on the database, creating it (empty) first when {@code fresh}. */
	public static BenchApplication start(String database, boolean fresh) {
		if (fresh) {
			execute("DROP DATABASE IF EXISTS " + database);
		}
		execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		Map<String, Object> properties = Map.of("spring.datasource.url",
				"jdbc:mysql://" + HOST + "/" + database + "?" + OPTIONS, "spring.datasource.username", "root",
				"spring.datasource.password", "", "spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver",
				"server.port", "0", "minzheng.demo.enabled", "true", "camunda.bpm.job-execution.enabled", "false",
				"minzheng.sla.scan-interval", "PT24H", "logging.level.root", "warn");
		// as arguments: they must win over application.yml
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new BenchApplication(new SpringApplicationBuilder(MinZhengFlowApplication.class).run(args));
	}

	/** Drops a benchmark database. */
	public static void drop(String database) {
		execute("DROP DATABASE IF EXISTS " + database);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + OPTIONS, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("benchmark database at " + HOST + ": " + ex.getMessage(), ex);
		}
	}

}
