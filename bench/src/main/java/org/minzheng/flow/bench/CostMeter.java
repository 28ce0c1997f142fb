package org.minzheng.flow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a side's time goes, read before and after each of its rounds: the CPU time of the
 * benchmark's JVM (both sides' clients and the application run in it), the CPU time of
 * the MariaDB server process (from {@code /proc}, on this machine only), and the server's
 * counters (row-lock waits, fsyncs, handler reads and writes, statements and commits). A
 * round's difference belongs to the side that ran it; the rounds alternate, so what runs
 * in the background (the application's job executor and pollers) falls on both sides
 * alike.
 */
public final class CostMeter implements AutoCloseable {

	/** The server's counters read, in the order of a snapshot after {@link #MEASURES}. */
	public static final List<String> STATUS = List.of("Innodb_row_lock_waits", "Innodb_row_lock_time",
			"Innodb_data_fsyncs", "Handler_read_rnd_next", "Handler_read_key", "Handler_read_next", "Handler_write",
			"Handler_update", "Handler_delete", "Questions", "Com_select", "Com_set_option", "Com_commit",
			"Com_rollback");

	/** What a snapshot holds before {@link #STATUS}. */
	public static final List<String> MEASURES = List.of("JVM CPU, ms", "· of which JIT compilation, ms",
			"· of which garbage collection, ms", "database server CPU, ms");

	/** Where the server's CPU time is in a snapshot. */
	public static final int SERVER_CPU = 3;

	/** Clock ticks a second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS = 100.0;

	private final Connection connection;

	private final Optional<Path> serverStat;

	public CostMeter() {
		try {
			this.connection = DriverManager.getConnection(BenchApplication.url(""), "root", "");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.serverStat = serverProcess();
	}

	/** Whether the database server's CPU time can be read (it runs on this machine). */
	public boolean seesServer() {
		return serverStat.isPresent();
	}

	/**
	 * {@link #MEASURES} (the server's CPU -1 where unknown), then {@link #STATUS}, in
	 * order.
	 */
	public double[] snapshot() {
		double[] out = new double[MEASURES.size() + STATUS.size()];
		out[0] = jvmCpuNanos() / 1e6;
		out[1] = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		out[2] = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
			.sum();
		out[SERVER_CPU] = serverCpuMillis();
		Map<String, Double> status = status();
		for (int i = 0; i < STATUS.size(); i++) {
			out[MEASURES.size() + i] = status.getOrDefault(STATUS.get(i), 0.0);
		}
		return out;
	}

	/** Adds {@code after - before} to {@code into}. */
	public static void accumulate(double[] into, double[] before, double[] after) {
		for (int i = 0; i < into.length; i++) {
			into[i] += after[i] - before[i];
		}
	}

	private static long jvmCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	private double serverCpuMillis() {
		if (serverStat.isEmpty()) {
			return -1;
		}
		try {
			String stat = Files.readString(serverStat.get());
			// the fields after the command (which is in parentheses and may hold spaces)
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the line, 12 and 13 after the
			// command
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS * 1000;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private Map<String, Double> status() {
		Map<String, Double> out = new LinkedHashMap<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st
					.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", STATUS) + "')")) {
			while (rs.next()) {
				out.put(rs.getString(1), Double.parseDouble(rs.getString(2)));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return out;
	}

	/** The {@code stat} file of the local mariadbd or mysqld process, if there is one. */
	private static Optional<Path> serverProcess() {
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).filter(p -> {
				try {
					String name = Files.readString(p.resolve("comm")).trim();
					return name.equals("mariadbd") || name.equals("mysqld");
				}
				catch (IOException ex) {
					return false;
				}
			}).map(p -> p.resolve("stat")).findFirst();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

}
