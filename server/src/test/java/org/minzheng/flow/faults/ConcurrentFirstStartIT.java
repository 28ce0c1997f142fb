package org.minzheng.flow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ServerNode;
import org.minzheng.flow.support.TestDatabase;

/**
 * The first start of a three-node deployment (issue 17): the packaged application started
 * three times at the same moment on one empty MariaDB database. One node migrates while
 * the others wait, the demo data is created once, and all three come up. Before the
 * start-up lock, the nodes took turns applying migrations and the tables created on the
 * connections that had not run V2 got the server's collation: errno 150 on the next
 * foreign key and a failed migration for everyone.
 */
class ConcurrentFirstStartIT {

	private static final int NODES = 3;

	private final String database = "mzf_fault_start_" + ProcessHandle.current().pid();

	private final List<ServerNode> nodes = new ArrayList<>();

	@AfterEach
	void stopNodes() {
		nodes.forEach(ServerNode::kill);
		ServerNode.dropDatabase(database);
	}

	@Test
	void threeNodesOnAnEmptyDatabaseAllComeUpAndMigrateOnce() throws Exception {
		ServerNode.freshDatabase(database);
		for (int i = 1; i <= NODES; i++) {
			nodes.add(ServerNode.of("node" + i, database));
		}
		nodes.forEach(ServerNode::start);
		for (ServerNode node : nodes) {
			node.awaitHealthy(Duration.ofSeconds(150));
		}

		try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER,
				TestDatabase.PASSWORD); Statement statement = connection.createStatement()) {
			assertThat(count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"))
				.as("failed migrations")
				.isZero();
			assertThat(count(statement, "SELECT COUNT(*) FROM flyway_schema_history")).as("each migration applied once")
				.isEqualTo(count(statement, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history"))
				.isGreaterThan(30);
			assertThat(strings(statement,
					"SELECT CONCAT(table_name, ' ', table_collation) FROM information_schema.TABLES "
							+ "WHERE table_schema = DATABASE() AND table_name NOT LIKE 'ACT\\_%' "
							+ "AND table_name <> 'flyway_schema_history' AND table_collation <> 'utf8mb4_bin'"))
				.as("our tables all have V2's collation, whichever node created them")
				.isEmpty();
			assertThat(count(statement, "SELECT COUNT(*) FROM app_user WHERE username LIKE 'yt-%'")).isGreaterThan(10);
			assertThat(count(statement, "SELECT COUNT(*) FROM aid_entrustment")).as("demo entrustments").isEqualTo(2);
			assertThat(count(statement, "SELECT COUNT(*) FROM lottery_area")).as("demo lottery areas").isEqualTo(1);
			assertThat(count(statement, "SELECT COUNT(*) FROM lottery_outlet")).as("demo outlets").isEqualTo(2);
			assertThat(count(statement, "SELECT COUNT(*) FROM charity_trustee")).as("demo trustees").isEqualTo(4);
			assertThat(count(statement, "SELECT COUNT(*) FROM cemetery")).as("demo cemeteries").isEqualTo(8);
			assertThat(count(statement, "SELECT COUNT(*) FROM cemetery_checklist_version")).as("demo checklist")
				.isEqualTo(1);
			assertThat(strings(statement, "SELECT key_ FROM ACT_RE_PROCDEF WHERE version_ > 1"))
				.as("processes deployed once")
				.isEmpty();
		}
		assertThat(nodes.stream().filter(node -> logContains(node, "demo users (password")).count())
			.as("nodes that created the demo users")
			.isEqualTo(1);
		assertThat(nodes.stream().filter(node -> logContains(node, "Successfully applied")).count())
			.as("nodes that applied migrations")
			.isEqualTo(1);
		assertThat(nodes).allMatch(ServerNode::healthy);
	}

	private static boolean logContains(ServerNode node, String text) {
		try {
			return Files.readString(node.log()).contains(text);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static List<String> strings(Statement statement, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

}
