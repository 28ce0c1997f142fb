package org.minzheng.flow.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.support.ServerNode;
import org.minzheng.flow.support.TestDatabase;

/**
 * What must hold after the faults: every case the load created is where it should be,
 * none lost and none doubled (no step, job, benefit, registry request or audit entry
 * twice), no incident left, the work items match the engine (the application's own
 * consistency check) and the audit chain verifies (the application's own verifier).
 * {@link #findings()} lists every violation; {@link #figures()} what was counted.
 */
final class FaultChecks {

	private final String database;

	private final List<ServerNode> nodes;

	private final Map<String, Object> figures = new LinkedHashMap<>();

	private final List<String> findings = new ArrayList<>();

	FaultChecks(String database, List<ServerNode> nodes) {
		this.database = database;
		this.nodes = nodes;
	}

	FaultChecks run(List<String> cases, int economicChecksAtRegistry) throws SQLException {
		return run(cases, economicChecksAtRegistry, 0);
	}

	/**
	 * @param supervisorRetries the incident retries the scenario made: each must be in
	 * the audit trail once
	 */
	FaultChecks run(List<String> cases, int economicChecksAtRegistry, int supervisorRetries) throws SQLException {
		Set<String> known = new HashSet<>(cases);
		figures.put("cases driven", known.size());
		try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER,
				TestDatabase.PASSWORD); Statement sql = connection.createStatement()) {
			List<String> rows = strings(sql, "SELECT application_no FROM aid_application");
			figures.put("cases in the database", rows.size());
			rows.stream().filter(no -> !known.contains(no)).forEach(no -> findings.add("unknown case " + no));
			known.stream().filter(no -> !rows.contains(no)).forEach(no -> findings.add("lost case " + no));

			List<String> open = strings(sql,
					"SELECT CONCAT(application_no, ' ', status) FROM aid_application WHERE status <> 'APPROVED'");
			figures.put("cases approved", rows.size() - open.size());
			open.forEach(row -> findings.add("case not approved: " + row));

			strings(sql,
					"SELECT a.application_no FROM aid_application a JOIN ACT_RU_EXECUTION e "
							+ "ON e.PROC_INST_ID_ = a.process_instance_id WHERE e.PARENT_ID_ IS NULL")
				.forEach(no -> findings.add("process instance still running for " + no));

			strings(sql,
					"SELECT CONCAT(a.application_no, ' ', h.ACT_ID_, ' x', COUNT(*)) FROM ACT_HI_ACTINST h "
							+ "JOIN aid_application a ON a.process_instance_id = h.PROC_INST_ID_ "
							+ "GROUP BY a.application_no, h.ACT_ID_ HAVING COUNT(*) > 1")
				.forEach(row -> findings.add("step run twice: " + row));
			figures.put("steps in history", count(sql, "SELECT COUNT(*) FROM ACT_HI_ACTINST h JOIN aid_application a "
					+ "ON a.process_instance_id = h.PROC_INST_ID_"));

			// the same action with the same text for the same case: one step recorded
			// twice
			strings(sql, "SELECT CONCAT(case_ref, ' ', action, ' ', summary, ' x', COUNT(*)) FROM audit_event "
					+ "WHERE case_ref IN (SELECT application_no FROM aid_application) "
					// a supervisor's retries of an incident are separate acts:
					// counted below
					+ "AND action <> 'INCIDENT_RETRIED' " + "GROUP BY case_ref, action, summary HAVING COUNT(*) > 1")
				.forEach(row -> findings.add("audit entry twice: " + row));
			long retried = count(sql, "SELECT COUNT(*) FROM audit_event WHERE action = 'INCIDENT_RETRIED'");
			figures.put("audit entries of incident retries", retried);
			if (retried != supervisorRetries) {
				findings
					.add("audit entries of incident retries: " + retried + " for " + supervisorRetries + " retries");
			}
			figures.put("audit entries of the cases", count(sql, "SELECT COUNT(*) FROM audit_event "
					+ "WHERE case_ref IN (SELECT application_no FROM aid_application)"));

			strings(sql,
					"SELECT CONCAT(application_id, ' x', COUNT(*)) FROM aid_beneficiary "
							+ "GROUP BY application_id HAVING COUNT(*) > 1")
				.forEach(row -> findings.add("benefit granted twice: application " + row));
			strings(sql,
					"SELECT a.application_no FROM aid_application a WHERE a.status = 'APPROVED' "
							+ "AND NOT EXISTS (SELECT 1 FROM aid_beneficiary b WHERE b.application_id = a.id)")
				.forEach(no -> findings.add("approved without a beneficiary: " + no));

			strings(sql,
					"SELECT CONCAT(case_ref, ' ', registry, ' x', COUNT(*)) FROM registry_call "
							+ "GROUP BY case_ref, registry HAVING COUNT(*) > 1")
				.forEach(row -> findings.add("registry called twice: " + row));
			figures.put("registry calls recorded", count(sql, "SELECT COUNT(*) FROM registry_call"));
			figures.put("economic checks created at the registry", economicChecksAtRegistry);
			if (economicChecksAtRegistry != rows.size()) {
				findings.add("economic checks at the registry: " + economicChecksAtRegistry + " for " + rows.size()
						+ " cases");
			}

			long incidents = count(sql, "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
			figures.put("incidents left", incidents);
			if (incidents > 0) {
				findings.add(incidents + " incidents left: "
						+ strings(sql, "SELECT CONCAT(ACTIVITY_ID_, ' ', INCIDENT_MSG_) FROM ACT_RU_INCIDENT"));
			}
		}

		ClusterClient admin = ClusterClient.login(nodes, "city-admin");
		JsonNode differences = admin.get("/api/admin/work-items/consistency").json();
		figures.put("work-item differences (consistency check)", differences.size());
		if (differences.size() > 0) {
			findings.add("work items differ from the engine: " + differences);
		}
		JsonNode audit = ClusterClient.login(nodes, "city-auditor").get("/api/audit/verify").json();
		figures.put("audit chain rows verified", audit.path("rowsChecked").asLong());
		if (!audit.path("intact").asBoolean()) {
			findings.add("audit chain broken: " + audit);
		}
		return this;
	}

	List<String> findings() {
		return findings;
	}

	Map<String, Object> figures() {
		return figures;
	}

	/**
	 * Writes the figures and findings to target/faults/<scenario>.txt and returns the
	 * text.
	 */
	String report(String scenario, Map<String, Object> load) {
		StringBuilder text = new StringBuilder("# " + scenario + "\n");
		load.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		figures.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		text.append("findings: ").append(findings.size()).append('\n');
		findings.stream().limit(40).forEach(finding -> text.append("  - ").append(finding).append('\n'));
		if (findings.size() > 40) {
			text.append("  - … and ").append(findings.size() - 40).append(" more\n");
		}
		try {
			Path file = Path.of("target", "faults", scenario + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			// the text is printed as well
		}
		System.out.println(text);
		return text.toString();
	}

	static long count(Statement sql, String query) throws SQLException {
		try (ResultSet result = sql.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

	static List<String> strings(Statement sql, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet result = sql.executeQuery(query)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

}
