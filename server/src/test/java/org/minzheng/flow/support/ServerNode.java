package org.minzheng.flow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a multi-node deployment: the packaged application
 * ({@code target/minzheng-flow-exec.jar}) as a process of its own with the {@code mysql}
 * profile, on a database of the test server (see {@link TestDatabase}), started, waited
 * for, stopped or killed ({@code kill -9}) as an operator would. Its output goes to
 * {@code target/nodes/<database>/<name>.log}.
 */
public final class ServerNode {

	/**
	 * The runnable jar {@code package} builds (failsafe runs after it).
	 */
	public static final Path JAR = Path.of(System.getProperty("mzf.exec.jar", "target/minzheng-flow-exec.jar"))
		.toAbsolutePath();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final String database;

	private final int port;

	private final List<String> extraArgs;

	private final String jdbcUrl;

	private final Path log;

	private Process process;

	private ServerNode(String name, String database, String jdbcUrl, int port, List<String> extraArgs) {
		this.name = name;
		this.database = database;
		this.jdbcUrl = jdbcUrl;
		this.port = port;
		this.extraArgs = List.copyOf(extraArgs);
		this.log = Path.of("target", "nodes", database, name + ".log").toAbsolutePath();
	}

	/**
	 * A node on the database, on a free port, not started yet.
	 * @param extraArgs further {@code --key=value} arguments for Spring Boot
	 */
	public static ServerNode of(String name, String database, String... extraArgs) {
		return new ServerNode(name, database, TestDatabase.jdbcUrl(database), freePort(), List.of(extraArgs));
	}

	/**
	 * A node reaching the database through another address (host:port), e.g. a relay that
	 * can be cut.
	 */
	public static ServerNode through(String address, String name, String database, String... extraArgs) {
		String url = TestDatabase.jdbcUrl(database).replace("//" + TestDatabase.HOST + "/", "//" + address + "/");
		return new ServerNode(name, database, url, freePort(), List.of(extraArgs));
	}

	public String name() {
		return name;
	}

	public int port() {
		return port;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public Path log() {
		return log;
	}

	/**
	 * Starts the process (appending to its log) without waiting for it to come up.
	 */
	public ServerNode start() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: the fault tests run the packaged application "
					+ "(./mvnw -pl server package, which verify runs first)");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
						"--spring.profiles.active=mysql", "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
						"--spring.datasource.username=" + TestDatabase.USER,
						"--spring.datasource.password=" + TestDatabase.PASSWORD,
						"--spring.datasource.hikari.maximum-pool-size=8", "--minzheng.demo.enabled=true",
						// the fault checks count every case the scenario filed; the
						// taken-over
						// 存量 households are not among them
						"--minzheng.demo.aid-beneficiaries=false",
						"--minzheng.data-dir=" + log.getParent().resolve(name + "-data")));
		command.addAll(extraArgs);
		try {
			Files.createDirectories(log.getParent());
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Waits until {@code /actuator/health} answers UP.
	 * @throws IllegalStateException if the process ended or the time ran out first, with
	 * the end of its log
	 */
	public ServerNode awaitHealthy(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (process == null || !process.isAlive()) {
				throw new IllegalStateException(name + " ended before it came up:\n" + logTail(60));
			}
			if (healthy()) {
				return this;
			}
			sleep(Duration.ofMillis(500));
		}
		throw new IllegalStateException(name + " did not come up within " + timeout + ":\n" + logTail(60));
	}

	public boolean healthy() {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public boolean alive() {
		return process != null && process.isAlive();
	}

	/**
	 * {@code kill -9}: the JVM gets no chance to finish anything.
	 */
	public void kill() {
		if (process != null) {
			process.destroyForcibly();
			waitFor();
		}
	}

	/**
	 * A graceful stop (SIGTERM), as an orchestrator would send.
	 */
	public void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
			waitFor();
		}
	}

	private void waitFor() {
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Creates the database empty (dropping one left by a killed run).
	 */
	public static void freshDatabase(String database) {
		admin("DROP DATABASE IF EXISTS " + database, "CREATE DATABASE " + database);
	}

	public static void dropDatabase(String database) {
		admin("DROP DATABASE IF EXISTS " + database);
	}

	private static void admin(String... statements) {
		try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(""), TestDatabase.USER,
				TestDatabase.PASSWORD); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The MySQL-compatible test database at " + TestDatabase.HOST
					+ " is not reachable: " + ex.getMessage(), ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
