package org.minzheng.flow.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ServerNode;
import org.minzheng.flow.support.TestDatabase;

/**
 * Load: 低保 cases of one 盐田区 street taken through the whole chain by its clerk, reviewer
 * and approver over HTTP, spread over the nodes ({@link ClusterClient}). The driver asks
 * the database what is open for a case (as a user would reload the inbox) and does the
 * next step, so a step whose node died mid-request is simply looked at again. The notice
 * period's timer (seven days) is brought forward — simulated time — and fired by
 * whichever node's job executor acquires it; the registry calls and their answers are the
 * engine's own jobs and polls.
 */
final class AidCaseDriver implements Runnable {

	static final Map<String, Map<String, Object>> DECISIONS = Map.of(AidApplicationProcess.TASK_ACCEPTANCE_CHECK,
			Map.of(AidApplicationProcess.VAR_ACCEPTANCE_DECISION, "ACCEPT"),
			AidApplicationProcess.TASK_HOME_INVESTIGATION,
			Map.of(AidApplicationProcess.VAR_INVESTIGATION_DECISION, "DONE", "opinion", "两人入户，家庭情况属实"),
			AidApplicationProcess.TASK_STREET_REVIEW,
			Map.of(AidApplicationProcess.VAR_REVIEW_DECISION, "PASS", "opinion", "同意公示"),
			AidApplicationProcess.TASK_APPROVAL,
			Map.of(AidApplicationProcess.VAR_APPROVAL_DECISION, "APPROVE", "opinion", "符合低保条件，同意"));

	/** The notice period's timer (公示期满): seven days, brought forward. */
	static final String NOTICE_TIMER = "IntermediateCatchEvent_NoticePeriodEnded";

	static final Set<String> CLOSED = Set.of("APPROVED", "REJECTED", "NOT_ACCEPTED", "SUPPLEMENT_EXPIRED");

	/** Every case any driver created: application numbers. */
	static final List<String> CASES = new CopyOnWriteArrayList<>();

	static final AtomicInteger TASKS_COMPLETED = new AtomicInteger();

	static final AtomicInteger UNCERTAIN_WRITES = new AtomicInteger();

	/** Answers 5xx to a write (the step is looked at again). */
	static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

	/** The first few such answers: status and body. */
	static final List<String> SERVER_ERROR_SAMPLES = new CopyOnWriteArrayList<>();

	static final AtomicInteger TIMERS_BROUGHT_FORWARD = new AtomicInteger();

	static final List<String> STUCK = new CopyOnWriteArrayList<>();

	/** Forgets what earlier scenarios of this JVM counted. */
	static void reset() {
		CASES.clear();
		TASKS_COMPLETED.set(0);
		UNCERTAIN_WRITES.set(0);
		SERVER_ERRORS.set(0);
		SERVER_ERROR_SAMPLES.clear();
		TIMERS_BROUGHT_FORWARD.set(0);
		STUCK.clear();
	}

	private final String database;

	private final String street;

	private final ClusterClient clerk;

	private final ClusterClient reviewer;

	private final ClusterClient approver;

	private final AtomicBoolean stop;

	private final Duration patience;

	private final int maxCases;

	/** The nodes run with demo data and so with the development keys. */
	private static final org.minzheng.flow.shared.PersonalDataCrypto DEV_KEYS = new org.minzheng.flow.shared.PersonalDataCrypto(
			new org.minzheng.flow.shared.CryptoProperties(null, null, null), true);

	AidCaseDriver(List<ServerNode> nodes, String database, String[] street, AtomicBoolean stop, Duration patience,
			int maxCases) {
		this.database = database;
		this.street = street[0];
		this.clerk = ClusterClient.login(nodes, street[1]);
		this.reviewer = ClusterClient.login(nodes, street[2]);
		this.approver = ClusterClient.login(nodes, street[3]);
		this.stop = stop;
		this.patience = patience;
		this.maxCases = maxCases;
	}

	/** The four 盐田区 streets and their demo users (approval entrusted to the street). */
	static final List<String[]> STREETS = List.of(
			new String[] { "440308001", "yt-meisha-clerk", "yt-meisha-reviewer", "yt-meisha-approver" },
			new String[] { "440308002", "yt-yantian-clerk", "yt-yantian-reviewer", "yt-yantian-approver" },
			new String[] { "440308003", "yt-shatoujiao-clerk", "yt-shatoujiao-reviewer", "yt-shatoujiao-approver" },
			new String[] { "440308004", "yt-haishan-clerk", "yt-haishan-reviewer", "yt-haishan-approver" });

	@Override
	public void run() {
		int made = 0;
		while (!stop.get() && made < maxCases) {
			String no;
			try {
				no = submit();
			}
			catch (RuntimeException ex) {
				STUCK.add("submit: " + ex);
				no = null;
			}
			made++;
			if (no != null) {
				try {
					drive(no);
				}
				catch (RuntimeException ex) {
					STUCK.add(no + ": " + ex);
				}
			}
		}
	}

	/**
	 * A new case, its acceptance check done: the engine goes on to the registry calls.
	 * @return its number, or null if it could not be created
	 */
	String submitAndAccept() {
		String no = submit();
		if (no == null) {
			return null;
		}
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			List<String[]> open = query("SELECT t.ID_, t.TASK_DEF_KEY_ FROM ACT_RU_TASK t JOIN aid_application a "
					+ "ON a.process_instance_id = t.PROC_INST_ID_ WHERE a.application_no = ? AND t.TASK_DEF_KEY_ = '"
					+ AidApplicationProcess.TASK_ACCEPTANCE_CHECK + "'", no);
			String accepted = queryString("SELECT COUNT(*) FROM ACT_HI_ACTINST t JOIN aid_application a "
					+ "ON a.process_instance_id = t.PROC_INST_ID_ WHERE a.application_no = ? AND t.ACT_ID_ = '"
					+ AidApplicationProcess.TASK_ACCEPTANCE_CHECK + "' AND t.END_TIME_ IS NOT NULL", no);
			if (!"0".equals(accepted)) {
				return no;
			}
			open.forEach(task -> complete(no, task[0], task[1]));
			ClusterClient.pause(300);
		}
		STUCK.add(no + " not accepted after " + patience);
		return no;
	}

	private String submit() {
		String applicant = AidFixtures.idNumber("440308", "19580101");
		try {
			ClusterClient.Answer answer = clerk.post("/api/aid/applications",
					AidFixtures.application(street, "故障测试", applicant));
			if (answer.status() >= 500) {
				// e.g. the database away: the clerk sees an error and looks whether it
				// arrived
				serverError(answer);
				String no = queryString(
						"SELECT a.application_no FROM aid_application a JOIN aid_member m "
								+ "ON m.household_id = a.household_id WHERE m.id_number_bidx = ?",
						DEV_KEYS.blindIndex(applicant));
				if (no != null) {
					CASES.add(no);
				}
				return no;
			}
			if (answer.status() != 201) {
				STUCK.add("submit answered " + answer.status() + ": " + answer.body());
				return null;
			}
			String no = answer.json().path("applicationNo").asText();
			CASES.add(no);
			return no;
		}
		catch (ClusterClient.Uncertain ex) {
			UNCERTAIN_WRITES.incrementAndGet();
			// reload: did the application arrive?
			String no = queryString(
					"SELECT a.application_no FROM aid_application a JOIN aid_member m "
							+ "ON m.household_id = a.household_id WHERE m.id_number_bidx = ?",
					DEV_KEYS.blindIndex(applicant));
			if (no != null) {
				CASES.add(no);
			}
			return no;
		}
	}

	/**
	 * Takes the case to its end: completes what is open, brings the notice timer forward.
	 */
	void drive(String no) {
		Instant until = Instant.now().plus(patience);
		while (Instant.now().isBefore(until)) {
			String status = queryString("SELECT status FROM aid_application WHERE application_no = ?", no);
			if (status != null && CLOSED.contains(status)) {
				return;
			}
			List<String[]> open = query("SELECT t.ID_, t.TASK_DEF_KEY_ FROM ACT_RU_TASK t JOIN aid_application a "
					+ "ON a.process_instance_id = t.PROC_INST_ID_ WHERE a.application_no = ?", no);
			for (String[] task : open) {
				complete(no, task[0], task[1]);
			}
			if (open.isEmpty()) {
				bringNoticeTimerForward(no);
				ClusterClient.pause(400);
			}
		}
		STUCK.add(no + " not closed after " + patience);
	}

	private void complete(String no, String taskId, String taskKey) {
		Map<String, Object> data = DECISIONS.get(taskKey);
		if (data == null) {
			STUCK.add(no + " has a task the driver does not know: " + taskKey);
			ClusterClient.pause(1000);
			return;
		}
		ClusterClient user = switch (taskKey) {
			case AidApplicationProcess.TASK_STREET_REVIEW -> reviewer;
			case AidApplicationProcess.TASK_APPROVAL -> approver;
			default -> clerk;
		};
		try {
			if (AidApplicationProcess.TASK_HOME_INVESTIGATION.equals(taskKey)) {
				// the record first (replacing it again after a lost answer is harmless)
				ClusterClient.Answer recorded = user.put("/api/aid/applications/" + no + "/investigation",
						AidFixtures.investigationRecord(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
				if (recorded.status() >= 500) {
					serverError(recorded);
					ClusterClient.pause(500);
					return;
				}
			}
			ClusterClient.Answer answer = user.post("/api/tasks/" + taskId + "/complete", Map.of("data", data));
			if (answer.status() == 200) {
				TASKS_COMPLETED.incrementAndGet();
			}
			else if (answer.status() >= 500) {
				// e.g. the database away: looked at again
				serverError(answer);
				ClusterClient.pause(500);
			}
			// 404/409: done meanwhile (by a request whose answer was lost): look again
		}
		catch (ClusterClient.Uncertain ex) {
			UNCERTAIN_WRITES.incrementAndGet();
		}
	}

	private static void serverError(ClusterClient.Answer answer) {
		SERVER_ERRORS.incrementAndGet();
		if (SERVER_ERROR_SAMPLES.size() < 5) {
			String body = answer.body() == null ? "" : answer.body();
			SERVER_ERROR_SAMPLES.add(answer.status() + " " + body.substring(0, Math.min(200, body.length())));
		}
	}

	private void bringNoticeTimerForward(String no) {
		int moved = update(
				"UPDATE ACT_RU_JOB j JOIN aid_application a ON a.process_instance_id = j.PROCESS_INSTANCE_ID_ "
						+ "SET j.DUEDATE_ = NOW() - INTERVAL 1 SECOND WHERE a.application_no = ? AND j.TYPE_ = 'timer' "
						+ "AND j.HANDLER_CFG_ LIKE '" + NOTICE_TIMER + "%' AND j.DUEDATE_ > NOW()",
				no);
		TIMERS_BROUGHT_FORWARD.addAndGet(moved);
	}

	private Connection connection() throws SQLException {
		return DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.USER, TestDatabase.PASSWORD);
	}

	String queryString(String sql, String parameter) {
		List<String[]> rows = query(sql, parameter);
		return rows.isEmpty() ? null : rows.get(0)[0];
	}

	List<String[]> query(String sql, String parameter) {
		for (int attempt = 0;; attempt++) {
			try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, parameter);
				List<String[]> rows = new ArrayList<>();
				try (ResultSet result = statement.executeQuery()) {
					int columns = result.getMetaData().getColumnCount();
					while (result.next()) {
						String[] row = new String[columns];
						for (int i = 0; i < columns; i++) {
							row[i] = result.getString(i + 1);
						}
						rows.add(row);
					}
				}
				return rows;
			}
			catch (java.sql.SQLSyntaxErrorException ex) {
				throw new IllegalStateException(ex);
			}
			catch (SQLException ex) {
				if (attempt > 60) {
					throw new IllegalStateException(ex);
				}
				ClusterClient.pause(1000);
			}
		}
	}

	int update(String sql, String parameter) {
		for (int attempt = 0;; attempt++) {
			try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, parameter);
				return statement.executeUpdate();
			}
			catch (java.sql.SQLSyntaxErrorException ex) {
				throw new IllegalStateException(ex);
			}
			catch (SQLException ex) {
				if (attempt > 60) {
					throw new IllegalStateException(ex);
				}
				ClusterClient.pause(1000);
			}
		}
	}

}
