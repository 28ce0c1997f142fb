package org.minzheng.flow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.minzheng.flow.MinZhengFlowApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
			+ "&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin" + System.getProperty("bench.jdbc-options", "");

	private final ConfigurableApplicationContext context;

	private final CommittedChanges changes = new CommittedChanges();

	private BenchApplication(ConfigurableApplicationContext context) {
		this.context = context;
		context.addApplicationListener(changes);
	}

	/** Committed changes of the cases a driver waits on. */
	CommittedChanges changes() {
		return changes;
	}

	/** Starts on the database, creating it (empty) first when {@code fresh}. */
	public static BenchApplication start(String database, boolean fresh) {
		return start(database, fresh, Map.of());
	}

	/**
	 * Starts on the database, creating it (empty) first when {@code fresh}, with extra
	 * properties (e.g. the job executor on).
	 */
	public static BenchApplication start(String database, boolean fresh, Map<String, Object> extra) {
		return start(database, fresh, extra, null);
	}

	/**
	 * As {@link #start(String, boolean, Map)}, with every SQL statement of the
	 * application's data source counted by {@code counter} (when not null).
	 */
	public static BenchApplication start(String database, boolean fresh, Map<String, Object> extra,
			StatementCounter counter) {
		if (fresh) {
			execute("DROP DATABASE IF EXISTS " + database);
		}
		execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url(database));
		properties.put("spring.datasource.username", "root");
		properties.put("spring.datasource.password", "");
		properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
		properties.put("server.port", "0");
		properties.put("minzheng.demo.enabled", "true");
		// the demo's taken-over 存量 households would count as completed cases
		properties.put("minzheng.demo.aid-beneficiaries", "false");
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("minzheng.sla.scan-interval", "PT24H");
		properties.put("logging.level.root", "warn");
		// a benchmark database made before a newer migration (e.g. V16's indexes) takes
		// it late
		properties.put("spring.flyway.out-of-order", "true");
		properties.putAll(extra);
		// as arguments: they must win over application.yml
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(MinZhengFlowApplication.class);
		if (counter != null) {
			builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && "dataSource".equals(name) ? counter.wrap(dataSource)
							: bean;
				}
			}));
		}
		return new BenchApplication(builder.run(args));
	}

	/** The JDBC URL of a benchmark database. */
	public static String url(String database) {
		return "jdbc:mysql://" + HOST + "/" + database + "?" + OPTIONS;
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

	static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/?" + OPTIONS, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("benchmark database at " + HOST + ": " + ex.getMessage(), ex);
		}
	}

}
