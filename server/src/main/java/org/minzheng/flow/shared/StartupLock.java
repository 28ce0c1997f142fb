package org.minzheng.flow.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * One node at a time for the work every node does once at start: the database migrations
 * and the demo data. Nodes started at the same moment on one database (the first start of
 * a multi-node deployment) queue here; the first migrates and creates the demo data, the
 * others then find nothing left to do.
 * <p>
 * Flyway's own lock is not enough: it is taken for each migration, not for the run, so
 * two nodes take turns applying migrations, each on its own connection. On MySQL/MariaDB
 * {@code V2}'s {@code ALTER DATABASE … COLLATE utf8mb4_bin} changes the default collation
 * only for the connection that ran it: tables the other node then creates fall back to
 * the server's default collation, and the first foreign key between the two ends in errno
 * 150 ("Can't create table … Foreign key constraint is incorrectly formed"), leaving a
 * failed migration behind for every node. Holding a lock across the whole run keeps all
 * migrations on one node's connection, as on a single node.
 * <p>
 * On MySQL/MariaDB the lock is a named lock ({@code GET_LOCK}) on a connection of its
 * own, which the server frees when the holder dies (a node killed mid-migration does not
 * block the others). The embedded H2 file database is opened by one process only, so
 * there a lock within the JVM is enough.
 */
@Component
public class StartupLock {

	static final String NAME = "minzheng-flow-startup";

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	private static final Duration POLL = Duration.ofSeconds(10);

	private final DataSource dataSource;

	private final Duration timeout;

	private final ReentrantLock local = new ReentrantLock();

	StartupLock(DataSource dataSource, @Value("${minzheng.startup-lock.timeout:PT30M}") Duration timeout) {
		this.dataSource = dataSource;
		this.timeout = timeout;
	}

	/**
	 * Runs the work while no other node runs start-up work on this database.
	 * @param purpose what the work is, for the log
	 * @param work runs, and commits anything it writes, before this returns
	 */
	public void run(String purpose, Runnable work) {
		local.lock();
		try (Connection connection = dataSource.getConnection()) {
			boolean named = isMySql(connection);
			if (named) {
				acquire(connection, purpose);
			}
			try {
				work.run();
			}
			finally {
				if (named) {
					release(connection);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Start-up lock for " + purpose + ": " + ex.getMessage(), ex);
		}
		finally {
			local.unlock();
		}
	}

	private void acquire(Connection connection, String purpose) throws SQLException {
		if (tryLock(connection, Duration.ZERO)) {
			return;
		}
		log.info("Another node is migrating the database or creating demo data: {} waits for it", purpose);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!tryLock(connection, POLL)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Another node held the start-up lock for longer than " + timeout
						+ " (minzheng.startup-lock.timeout); " + purpose + " did not run");
			}
		}
		log.info("The other node finished its start-up work: now {}", purpose);
	}

	private static boolean tryLock(Connection connection, Duration wait) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
			statement.setString(1, NAME);
			statement.setLong(2, wait.toSeconds());
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) == 1;
			}
		}
	}

	private static void release(Connection connection) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, NAME);
			statement.executeQuery().close();
		}
		catch (SQLException ex) {
			// the server frees a named lock when the connection closes, which follows
			log.warn("Could not release the start-up lock ({}); closing its connection frees it", ex.getMessage());
		}
	}

	private static boolean isMySql(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		return product.contains("mysql") || product.contains("mariadb");
	}

	/**
	 * Flyway migrates under the start-up lock.
	 */
	@Configuration(proxyBeanMethods = false)
	static class MigrationUnderLock {

		@Bean
		FlywayMigrationStrategy migrateUnderStartupLock(StartupLock lock) {
			return flyway -> lock.run("the database migration", flyway::migrate);
		}

	}

}
