package org.minzheng.flow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a benchmark database takes on the MariaDB server's disk, table by table: data and
 * indexes as InnoDB counts them after {@code ANALYZE TABLE} (pages allocated to each
 * index, so page fill and fragmentation are included), and the tablespace files'
 * allocated size. Two snapshots subtracted and divided by the cases added give the disk
 * per case.
 */
public final class DiskUsage {

	/**
	 * One table: data (clustered index) and secondary indexes as allocated to their
	 * segments, the leaf pages in use over all its indexes, allocated file bytes.
	 */
	public record Table(long data, long index, long file, long leaves) {

		public long total() {
			return data + index;
		}

	}

	private DiskUsage() {
	}

	/** Every table of {@code database}, after refreshing InnoDB's statistics. */
	public static Map<String, Table> of(String database) {
		try (Connection c = DriverManager.getConnection(BenchApplication.url(database), "root", "");
				Statement s = c.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = s.executeQuery(
					"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND engine = 'InnoDB'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				s.execute("ANALYZE TABLE `" + table + "`");
			}
			Map<String, Long> files = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			try (ResultSet rs = s
				.executeQuery("SELECT name, allocated_size FROM information_schema.innodb_sys_tablespaces "
						+ "WHERE name LIKE CONCAT(DATABASE(), '/%')")) {
				while (rs.next()) {
					files.put(rs.getString(1).substring(rs.getString(1).indexOf('/') + 1), rs.getLong(2));
				}
			}
			Map<String, Long> leaves = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			try (ResultSet rs = s.executeQuery("SELECT table_name, SUM(stat_value) * @@innodb_page_size FROM "
					+ "mysql.innodb_index_stats WHERE database_name = DATABASE() AND stat_name = 'n_leaf_pages' "
					+ "GROUP BY table_name")) {
				while (rs.next()) {
					leaves.put(rs.getString(1), rs.getLong(2));
				}
			}
			Map<String, Table> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			try (ResultSet rs = s
				.executeQuery("SELECT table_name, data_length, index_length FROM information_schema.tables "
						+ "WHERE table_schema = DATABASE() AND engine = 'InnoDB'")) {
				while (rs.next()) {
					out.put(rs.getString(1), new Table(rs.getLong(2), rs.getLong(3),
							files.getOrDefault(rs.getString(1), 0L), leaves.getOrDefault(rs.getString(1), 0L)));
				}
			}
			return out;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("disk usage of " + database + ": " + ex.getMessage(), ex);
		}
	}

	/** {@code after − before} per table, for the tables that grew. */
	public static Map<String, Table> growth(Map<String, Table> before, Map<String, Table> after) {
		Map<String, Table> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		after.forEach((name, a) -> {
			Table b = before.getOrDefault(name, new Table(0, 0, 0, 0));
			Table d = new Table(a.data() - b.data(), a.index() - b.index(), a.file() - b.file(),
					a.leaves() - b.leaves());
			if (d.total() != 0 || d.file() != 0 || d.leaves() != 0) {
				out.put(name, d);
			}
		});
		return out;
	}

	/** Sum of data and indexes. */
	public static long total(Map<String, Table> tables) {
		return tables.values().stream().mapToLong(Table::total).sum();
	}

	/** Sum of allocated file sizes. */
	public static long files(Map<String, Table> tables) {
		return tables.values().stream().mapToLong(Table::file).sum();
	}

	/** Sum of the leaf pages in use. */
	public static long leaves(Map<String, Table> tables) {
		return tables.values().stream().mapToLong(Table::leaves).sum();
	}

	/** Leaf pages in use in the engine's history tables ({@code ACT_HI_*}). */
	public static long engineHistoryLeaves(Map<String, Table> tables) {
		return tables.entrySet()
			.stream()
			.filter(e -> e.getKey().toUpperCase().startsWith("ACT_HI_"))
			.mapToLong(e -> e.getValue().leaves())
			.sum();
	}

	/** Sum over the engine's tables ({@code ACT_*}) or over ours. */
	public static long total(Map<String, Table> tables, boolean engine) {
		return tables.entrySet()
			.stream()
			.filter(e -> e.getKey().toUpperCase().startsWith("ACT_") == engine)
			.mapToLong(e -> e.getValue().total())
			.sum();
	}

}
