package org.minzheng.flow.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.PersonalDataMasking;

/**
 * Bulk loader of completed 低保 cases with consistent history, for scenario 5 (growth).
 *
 * <p>
 * How: four template cases (one per 盐田区 street) are first driven through the whole chain
 * by the production path ({@link ChainDrivers.Ours}: application service, task work,
 * registry simulators, engine). Every row they left — the engine's history
 * ({@code ACT_HI_*}: process, activity, task, variable, detail, identity-link and job-log
 * rows) and ours ({@code aid_application}, household, member, beneficiary, registry call
 * and message, task records, audit events) — is then copied {@code count} times inside
 * the database ({@code INSERT … SELECT}), each copy with its own ids (engine ids keep the
 * template's time part and get a node part {@code b<clone number>}, our ids are offset),
 * its own case number, applicant (name with 4-byte characters, valid ID number) and times
 * moved back so the copies spread over the past year. Completed instances have no runtime
 * rows, so the engine state stays consistent; audit events are re-chained (hash of each
 * copied row over the one before) in Java and the chain head moved.
 */
public final class CompletedCaseLoader {

	static final Pattern UUID_TAIL = Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	/** Engine columns that hold definition ids, the same for every copy. */
	static final Set<String> DEFINITION_COLUMNS = Set.of("PROC_DEF_ID_", "JOB_DEF_ID_", "DEPLOYMENT_ID_",
			"CASE_DEF_ID_", "DECISION_DEF_ID_", "PROC_DEF_KEY_");

	/** Our archive of ended instances' paths (workflow.camunda.EngineHistoryArchive). */
	static final List<String> ARCHIVE_TABLES = List.of("case_path", "case_path_step");

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int CHUNK = 10_000;

	/**
	 * Years the copies' end times spread over ({@code -Dbench.completed.years}): a
	 * million completed 低保 cases are many years of a city's work.
	 */
	static final int YEARS = Integer.getInteger("bench.completed.years", 10);

	/**
	 * Disk one completed case takes on MariaDB 10.11 (InnoDB, utf8mb4), measured: the
	 * 100k database grew from 6.8 to 28 GB for 150,000 copies (about 145 KB a case: 94
	 * engine history rows at ~1.3 KB each with their indexes, 26 of ours). Used to refuse
	 * a load that would fill the database server's disk.
	 */
	static final long BYTES_PER_CASE = 150_000;

	/**
	 * Disk a completed case takes after the engine's history cleanup removed its history:
	 * our rows and the archived path.
	 */
	static final long BYTES_PER_CLEANED_CASE = 30_000;

	/** The share of copies that ended within the engine history's time to live. */
	static double youngShare(long historySeconds) {
		return historySeconds < 0 ? 1 : Math.min(1, historySeconds / (YEARS * 365.0 * 24 * 3600));
	}

	/** Left free on the database's disk after a load. */
	static final long DISK_RESERVE = 15L << 30;

	/** Connections copying chunks at once ({@code -Dbench.load.threads}). */
	private static final int THREADS = Integer.getInteger("bench.load.threads", 2);

	private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final BenchApplication app;

	private final String database;

	private long householdBase;

	private long memberBase;

	/** What a load did. */
	public record Result(int cases, long millis, long engineRows, long ourRows) {
	}

	public CompletedCaseLoader(BenchApplication app, String database) {
		this.app = app;
		this.database = database;
	}

	/** Completed cases in the database (closed applications with a process). */
	public int completedCases() {
		return app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForObject("SELECT COUNT(*) FROM aid_application WHERE closed_at IS NOT NULL", Integer.class);
	}

	/** Adds {@code count} completed cases (plus the four templates). */
	public Result load(int count) {
		long start = System.nanoTime();
		List<String> templates = new ArrayList<>();
		int sequence = 900_000;
		for (String[] street : ChainDrivers.STREETS) {
			templates.add(new ChainDrivers.Ours(app, database, street).runCase(sequence++));
		}
		try (Connection c = open()) {
			List<Template> tpl = new ArrayList<>();
			archiveTemplates();
			for (String no : templates) {
				tpl.add(Template.read(c, no));
			}
			checkDisk(count, youngShare(tpl.get(0).historySeconds));
			long appBase = max(c, "aid_application") + 1;
			householdBase = max(c, "aid_household") + 1;
			memberBase = max(c, "aid_member") + 1;
			Bases bases = new Bases(appBase, max(c, "aid_beneficiary") + 1, max(c, "registry_message") + 1,
					max(c, "task_record") + 1);
			fillClones(c, count, tpl, appBase);
			List<String> engineTables = engineTables(c);
			// chunks are independent (every id is derived from the copy's number), so
			// they
			// are copied on several connections; the audit chain, which must be one
			// sequence, is built beside them on a connection of its own
			ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
			try {
				Future<Long> audit = pool.submit(() -> {
					try (Connection a = open()) {
						return chainAudit(a, count, tpl);
					}
				});
				List<Future<long[]>> chunks = new ArrayList<>();
				for (int from = 0; from < count; from += CHUNK) {
					int first = from;
					int last = Math.min(count, from + CHUNK) - 1;
					chunks.add(pool.submit(() -> copyChunk(first, last, tpl, engineTables, bases)));
				}
				long engineRows = 0;
				long ourRows = audit.get();
				for (Future<long[]> chunk : chunks) {
					engineRows += chunk.get()[0];
					ourRows += chunk.get()[1];
				}
				execute(c, "DROP TABLE bench_clone");
				return new Result(count, (System.nanoTime() - start) / 1_000_000, engineRows, ourRows);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("bulk load: " + ex.getCause().getMessage(), ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("bulk load interrupted", ex);
			}
			finally {
				pool.shutdownNow();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("bulk load: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The templates' paths archived as the night job archives them when their removal
	 * time comes ({@code EngineHistoryArchive.archive}, called with a cutoff past it), so
	 * that the copies older than the history's time to live get their archive.
	 */
	private void archiveTemplates() {
		archiveEnded(app);
	}

	/**
	 * Archives the paths of every ended instance as the night job does when their removal
	 * time comes, whatever their removal time.
	 */
	public static void archiveEnded(BenchApplication app) {
		try {
			Object archive = app.bean(Class.forName("org.minzheng.flow.workflow.camunda.EngineHistoryArchive"));
			if (org.springframework.aop.support.AopUtils.isAopProxy(archive)) {
				archive = ((org.springframework.aop.framework.Advised) archive).getTargetSource().getTarget();
			}
			java.lang.reflect.Method method = archive.getClass().getDeclaredMethod("archive", java.time.Instant.class);
			method.setAccessible(true);
			method.invoke(archive, java.time.Instant.now().plus(java.time.Duration.ofDays(3650)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("archiving the templates' paths: " + ex, ex);
		}
	}

	/** First ids of the copies' rows in our tables that have their own id sequence. */
	private record Bases(long application, long beneficiary, long message, long record) {
	}

	/**
	 * Copies {@code first..last} on a connection of its own; returns engine rows and our
	 * rows.
	 */
	private long[] copyChunk(int first, int last, List<Template> tpl, List<String> engineTables, Bases bases)
			throws SQLException {
		long engineRows = 0;
		long ourRows = 0;
		try (Connection c = open()) {
			for (int t = 0; t < tpl.size(); t++) {
				Template template = tpl.get(t);
				String clones = " JOIN bench_clone c ON c.tpl = " + t + " AND c.n BETWEEN " + first + " AND " + last;
				// the engine's history only for copies that ended within its time to
				// live:
				// for older ones the nightly cleanup has removed it (and the case's path
				// is
				// in our archive, copied for every copy below)
				String young = template.historySeconds < 0 ? clones
						: clones + " AND c.shift < " + template.historySeconds;
				for (String table : engineTables) {
					engineRows += execute(c, engineInsert(c, table, template, young));
				}
				ourRows += execute(c, ourInsert(c, "aid_household", template, clones, "t.id = " + template.householdId,
						householdBase, 1));
				ourRows += execute(c, ourInsert(c, "aid_member", template, clones,
						"t.household_id = " + template.householdId, memberBase, 1));
				ourRows += execute(c, ourInsert(c, "aid_application", template, clones,
						"t.id = " + template.applicationId, bases.application(), 1));
				ourRows += execute(c, ourInsert(c, "aid_beneficiary", template, clones,
						"t.application_id = " + template.applicationId, bases.beneficiary(), 1));
				ourRows += execute(c,
						ourInsert(c, "registry_call", template, clones, "t.case_ref = '" + template.no + "'", 0, 0));
				ourRows += execute(c, ourInsert(c, "registry_message", template, clones,
						"t.case_ref = '" + template.no + "'", bases.message(), template.messages));
				ourRows += execute(c, ourInsert(c, "task_record", template, clones,
						"t.case_ref = '" + template.no + "'", bases.record(), template.records));
				// the archived path of the copies whose engine history is gone: the night
				// job
				// archives an instance when its removal time comes, before the cleanup
				String old = template.historySeconds < 0 ? null : clones + " AND c.shift >= " + template.historySeconds;
				for (String archive : old == null ? List.<String>of() : ARCHIVE_TABLES) {
					ourRows += execute(c, ourInsert(c, archive, template, old,
							"t.process_instance_id = '" + template.pi + "'", 0, 0));
				}
				// the case index's entry (case search, 我发起, the auditor's lists)
				ourRows += execute(c,
						ourInsert(c, "case_index", template, clones, "t.case_no = '" + template.no + "'", 0, 0));
			}
		}
		return new long[] { engineRows, ourRows };
	}

	/**
	 * A loader connection: autocommit, and READ COMMITTED so that copying a template's
	 * rows takes no locks on them (several connections copy the same templates at once).
	 */
	/**
	 * Refuses a load that would leave the database's disk with less than
	 * {@link #DISK_RESERVE} (checked when the server's data directory is on this machine:
	 * a full disk stops MariaDB for every other user of it).
	 */
	private void checkDisk(int count, double young) {
		String datadir;
		try (Connection c = open();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT @@datadir")) {
			rs.next();
			datadir = rs.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("bulk load: " + ex.getMessage(), ex);
		}
		java.io.File dir = new java.io.File(datadir);
		if (!dir.isDirectory()) {
			return;
		}
		String problem = diskProblem(count, young, dir.getUsableSpace(), datadir);
		if (problem != null) {
			throw new IllegalStateException(problem);
		}
	}

	/** Why {@code count} cases don't fit into {@code free} bytes, or null if they do. */
	static String diskProblem(int count, double young, long free, String datadir) {
		long perCase = Math.round(young * BYTES_PER_CASE + (1 - young) * BYTES_PER_CLEANED_CASE);
		long need = count * perCase;
		if (need <= free - DISK_RESERVE) {
			return null;
		}
		long fits = Math.max(0, (free - DISK_RESERVE) / perCase);
		return String.format(
				"bulk load of %d completed cases needs about %d GB on the database's disk (%s), which has %d GB free "
						+ "and keeps %d GB in reserve: at most %d more fit (-Dbench.completed)",
				count, need >> 30, datadir, free >> 30, DISK_RESERVE >> 30, fits);
	}

	private Connection open() throws SQLException {
		Connection c = DriverManager.getConnection(BenchApplication.url(database) + "&rewriteBatchedStatements=true",
				"root", "");
		c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		c.setAutoCommit(true);
		return c;
	}

	/** One template case: its ids, and the engine ids that belong to it. */
	record Template(String no, String pi, long applicationId, long householdId, String masked, Set<String> localIds,
			int messages, int records, String summaryName, long historySeconds) {

		static Template read(Connection c, String no) throws SQLException {
			String pi;
			long applicationId;
			long householdId;
			try (PreparedStatement s = c.prepareStatement(
					"SELECT process_instance_id, id, household_id FROM aid_application WHERE application_no = ?")) {
				s.setString(1, no);
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					pi = rs.getString(1);
					applicationId = rs.getLong(2);
					householdId = rs.getLong(3);
				}
			}
			String name = string(c, "SELECT name FROM aid_member WHERE household_id = " + householdId);
			Set<String> ids = new LinkedHashSet<>();
			for (String table : engineTables(c)) {
				for (String column : columns(c, table)) {
					String[] col = column.split(" ");
					if (col[0].endsWith("ID_") && !DEFINITION_COLUMNS.contains(col[0]) && col[1].contains("char")) {
						try (Statement s = c.createStatement();
								ResultSet rs = s.executeQuery("SELECT DISTINCT " + col[0] + " FROM " + table
										+ " WHERE ROOT_PROC_INST_ID_ = '" + pi + "'")) {
							while (rs.next()) {
								String v = rs.getString(1);
								if (v != null && UUID_TAIL.matcher(v).matches()) {
									ids.add(v);
								}
							}
						}
					}
				}
			}
			int messages = count(c, "SELECT COUNT(*) FROM registry_message WHERE case_ref = '" + no + "'");
			int records = count(c, "SELECT COUNT(*) FROM task_record WHERE case_ref = '" + no + "'");
			// the process's historyTimeToLive (days after the end; none: kept for ever)
			long ttlDays;
			try (PreparedStatement s = c.prepareStatement("SELECT d.HISTORY_TTL_ FROM ACT_HI_PROCINST p "
					+ "JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_ WHERE p.PROC_INST_ID_ = ?")) {
				s.setString(1, pi);
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					ttlDays = rs.getObject(1) == null ? -1 : rs.getLong(1);
				}
			}
			return new Template(no, pi, applicationId, householdId, PersonalDataMasking.maskName(name), ids, messages,
					records, name, ttlDays < 0 ? -1 : ttlDays * 24 * 3600);
		}

	}

	/** One row per copy: its number, template, case number, applicant and time shift. */
	private void fillClones(Connection c, int count, List<Template> tpl, long appBase) throws SQLException {
		execute(c, "DROP TABLE IF EXISTS bench_clone");
		execute(c,
				"CREATE TABLE bench_clone (n INT NOT NULL PRIMARY KEY, tpl INT NOT NULL, application_no VARCHAR(64) NOT NULL, "
						+ "application_id BIGINT NOT NULL, shift INT NOT NULL, name VARCHAR(100) NOT NULL, masked VARCHAR(100) NOT NULL, "
						+ "id_number VARCHAR(120) NOT NULL, id_bidx VARCHAR(64) NOT NULL, birth_date DATE NOT NULL, id_shown VARCHAR(40) NOT NULL, KEY (tpl, n)) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		CaseGenerator names = new CaseGenerator(app);
		// the copies' ID numbers sealed and blind-indexed as the application's mappers
		// write them
		PersonalDataCrypto crypto = app.bean(PersonalDataCrypto.class);
		long spread = YEARS * 365L * 24 * 3600;
		c.setAutoCommit(false);
		try (PreparedStatement insert = c
			.prepareStatement("INSERT INTO bench_clone VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (int n = 0; n < count; n++) {
				int t = n % tpl.size();
				long applicationId = appBase + n;
				String name = names.name();
				String idNumber = names.idNumber("440308");
				String prefix = tpl.get(t).no.substring(0, tpl.get(t).no.lastIndexOf('-'));
				insert.setInt(1, n);
				insert.setInt(2, t);
				insert.setString(3, prefix + "-" + String.format("%06d", applicationId));
				insert.setLong(4, applicationId);
				insert.setInt(5, (int) (60 + (n + 1) * spread / count));
				insert.setString(6, name);
				insert.setString(7, PersonalDataMasking.maskName(name));
				insert.setString(8, crypto.seal(idNumber));
				insert.setString(9, crypto.blindIndex(idNumber));
				insert.setObject(10, LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
						+ idNumber.substring(12, 14)));
				insert.setString(11, org.minzheng.flow.shared.SealedText.mask(idNumber));
				insert.addBatch();
				if (n % 5000 == 4999) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
			c.commit();
		}
		finally {
			c.setAutoCommit(true);
		}
	}

	/** The engine's history rows of the template, once per copy. */
	private static String engineInsert(Connection c, String table, Template t, String clones) throws SQLException {
		List<String> names = new ArrayList<>();
		List<String> exprs = new ArrayList<>();
		String ids = t.localIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
		for (String column : columns(c, table)) {
			String[] col = column.split(" ");
			String name = col[0];
			String type = col[1];
			names.add(name);
			String v = "t." + name;
			if (type.contains("char") && name.endsWith("ID_") && !DEFINITION_COLUMNS.contains(name)) {
				exprs.add("CASE WHEN " + v + " IN (" + ids + ") THEN CONCAT(LEFT(" + v + ", CHAR_LENGTH(" + v
						+ ") - 12), 'b', LPAD(LOWER(HEX(c.n)), 11, '0')) ELSE " + v + " END");
			}
			else if (name.equals("BUSINESS_KEY_")) {
				exprs.add("CASE WHEN " + v + " = '" + t.no + "' THEN c.application_no ELSE " + v + " END");
			}
			else if (type.equals("datetime") || type.equals("timestamp")) {
				exprs.add(v + " - INTERVAL c.shift SECOND");
			}
			else if ((name.equals("LONG_") || name.equals("TEXT_")) && hasColumn(c, table, "NAME_")) {
				exprs.add("CASE WHEN t.NAME_ = 'applicationId' THEN "
						+ (name.equals("LONG_") ? "c.application_id" : "CAST(c.application_id AS CHAR)") + " ELSE " + v
						+ " END");
			}
			else {
				exprs.add(v);
			}
		}
		return "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", exprs)
				+ " FROM " + table + " t" + clones + " WHERE t.ROOT_PROC_INST_ID_ = '" + t.pi + "'";
	}

	/**
	 * Our rows of the template, once per copy: ids offset ({@code base + n * stride +
	 * rank}; stride 0 = no generated id), foreign keys to the copied household, member
	 * and application, engine ids as in the engine's copy, case number, applicant and
	 * times replaced.
	 */
	private String ourInsert(Connection c, String table, Template t, String clones, String where, long base, int stride)
			throws SQLException {
		List<String> names = new ArrayList<>();
		List<String> exprs = new ArrayList<>();
		String ids = t.localIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
		String source = "(SELECT x.*, ROW_NUMBER() OVER (ORDER BY " + (stride == 0 ? "1" : "x.id") + ") - 1 AS rk FROM "
				+ table + " x WHERE " + where.replace("t.", "x.") + ")";
		for (String column : columns(c, table)) {
			String[] col = column.split(" ");
			String name = col[0];
			String type = col[1];
			names.add(name);
			String v = "t." + name;
			switch (name) {
				case "id" -> exprs.add(stride == 0 ? v : base + " + c.n * " + stride + " + t.rk");
				case "household_id" -> exprs.add(householdBase + " + c.n");
				case "applicant_member_id" -> exprs.add(memberBase + " + c.n");
				default -> exprs.add(ourValue(name, type, v, t, ids));
			}
		}
		return "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", exprs)
				+ " FROM " + source + " t" + clones;
	}

	private static String ourValue(String name, String type, String v, Template t, String ids) {
		return switch (name) {
			case "application_no", "case_ref", "case_no" -> "c.application_no";
			case "party_name" -> "c.name";
			case "party_id" -> "c.id_bidx";
			case "party_id_shown" -> "c.id_shown";
			case "application_id" -> "c.application_id";
			case "process_instance_id", "task_id", "root_process_instance_id" ->
				"CASE WHEN " + v + " IN (" + ids + ") THEN CONCAT(LEFT(" + v + ", CHAR_LENGTH(" + v
						+ ") - 12), 'b', LPAD(LOWER(HEX(c.n)), 11, '0')) ELSE " + v + " END";
			case "name" -> "c.name";
			case "id_number" -> "c.id_number";
			case "id_number_bidx" -> "c.id_bidx";
			case "birth_date" -> "c.birth_date";
			default -> {
				if (type.equals("datetime") || type.equals("timestamp")) {
					yield v + " - INTERVAL c.shift SECOND";
				}
				if (type.equals("date")) {
					yield v + " - INTERVAL (c.shift DIV 86400) DAY";
				}
				if (type.contains("char") || type.contains("text")) {
					yield "REPLACE(" + v + ", '" + t.no + "', c.application_no)";
				}
				yield v;
			}
		};
	}

	/**
	 * Audit events of each copy, in copy order, appended to the hash chain (see
	 * {@code AuditHash}).
	 */
	private long chainAudit(Connection c, int count, List<Template> tpl) throws SQLException {
		List<List<Object[]>> rows = new ArrayList<>();
		for (Template t : tpl) {
			List<Object[]> events = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement(
					"SELECT occurred_at, actor, actor_role, org_unit_code, action, summary, reason FROM audit_event "
							+ "WHERE case_ref = ? ORDER BY id")) {
				s.setString(1, t.no);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						events.add(new Object[] { rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
								rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7) });
					}
				}
			}
			rows.add(events);
		}
		long lastId;
		String lastHash;
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")) {
			rs.next();
			lastId = rs.getLong(1);
			lastHash = rs.getString(2);
		}
		long id = Math.max(lastId, max(c, "audit_event"));
		long inserted = 0;
		c.setAutoCommit(false);
		try (PreparedStatement clones = c
			.prepareStatement("SELECT n, tpl, application_no, shift, masked FROM bench_clone ORDER BY n");
				PreparedStatement insert = c.prepareStatement(
						"INSERT INTO audit_event (id, occurred_at, actor, actor_role, org_unit_code, case_ref, action, summary, "
								+ "reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (ResultSet rs = clones.executeQuery()) {
				while (rs.next()) {
					Template t = tpl.get(rs.getInt(2));
					String no = rs.getString(3);
					int shift = rs.getInt(4);
					String masked = rs.getString(5);
					for (Object[] e : rows.get(rs.getInt(2))) {
						LocalDateTime at = ((LocalDateTime) e[0]).minusSeconds(shift);
						String summary = e[5] == null ? null
								: ((String) e[5]).replace(t.no, no).replace(t.masked, masked);
						String reason = (String) e[6];
						String hash = hash(sha, at, (String) e[1], (String) e[2], (String) e[3], no, (String) e[4],
								summary, reason, lastHash);
						insert.setLong(1, ++id);
						// as text: the connection does not send fractional seconds, the
						// hash covers them
						insert.setString(2, STORED.format(at));
						insert.setString(3, (String) e[1]);
						insert.setString(4, (String) e[2]);
						insert.setString(5, (String) e[3]);
						insert.setString(6, no);
						insert.setString(7, (String) e[4]);
						insert.setString(8, summary);
						insert.setString(9, reason);
						insert.setString(10, lastHash);
						insert.setString(11, hash);
						insert.addBatch();
						lastHash = hash;
						if (++inserted % 5000 == 0) {
							insert.executeBatch();
						}
					}
					if (rs.getInt(1) % CHUNK == CHUNK - 1) {
						insert.executeBatch();
						c.commit();
					}
				}
			}
			insert.executeBatch();
			try (PreparedStatement head = c
				.prepareStatement("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
				head.setLong(1, id);
				head.setString(2, lastHash);
				head.executeUpdate();
			}
			c.commit();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			c.setAutoCommit(true);
		}
		return inserted;
	}

	/** {@code AuditHash.of}: SHA-256 over the length-prefixed fields. */
	static String hash(MessageDigest sha, LocalDateTime at, String actor, String role, String unit, String caseRef,
			String action, String summary, String reason, String prev) {
		StringBuilder out = new StringBuilder(256);
		for (String field : new String[] { "mzf-audit-v1", Long.toString(at.atZone(CHINA).toInstant().toEpochMilli()),
				actor, role, unit, caseRef, action, summary, reason, prev }) {
			if (field == null) {
				out.append('-');
			}
			else {
				out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
			}
		}
		return HexFormat.of().formatHex(sha.digest(out.toString().getBytes(StandardCharsets.UTF_8)));
	}

	static List<String> engineTables(Connection c) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
							+ "AND table_name LIKE 'ACT\\_HI\\_%' AND column_name = 'ROOT_PROC_INST_ID_' ORDER BY table_name")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	/** "name type" of each column, in order. */
	static List<String> columns(Connection c, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = DATABASE() "
						+ "AND table_name = ? ORDER BY ordinal_position")) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					columns.add(rs.getString(1) + " " + rs.getString(2).toLowerCase());
				}
			}
		}
		return columns;
	}

	private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
		return columns(c, table).stream().anyMatch(col -> col.startsWith(column + " "));
	}

	private static long max(Connection c, String table) throws SQLException {
		return count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
	}

	private static int count(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return (int) rs.getLong(1);
		}
	}

	private static String string(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static long execute(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			return s.executeLargeUpdate(sql);
		}
	}

}
