package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 50 clerks claim the same task at the same moment on MariaDB: exactly one gets it, 49
 * get 409.
 */
@ApplicationTest
class ConcurrentClaimIT {

	static final int CLAIMS = 50;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void exactlyOneOfFiftyConcurrentClaimsWins() throws Exception {
		List<ApiSession> clerks = clerksOfMeisha(CLAIMS);
		String no = clerks.get(0)
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "冯军", AidFixtures.idNumber("440308", "19690909")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String task = AidFlows.awaitTask(clerks.get(0), no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		clerks.forEach(c -> c.get("/api/me").expect(200)); // every session holds its CSRF
															// token before the race

		ExecutorService pool = Executors.newFixedThreadPool(CLAIMS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiSession.Response>> results = new ArrayList<>();
		for (ApiSession clerk : clerks) {
			results.add(pool.submit(() -> {
				start.await();
				return clerk.post("/api/tasks/" + task + "/claim", null);
			}));
		}
		start.countDown();
		List<ApiSession.Response> responses = new ArrayList<>();
		for (Future<ApiSession.Response> result : results) {
			responses.add(result.get(2, TimeUnit.MINUTES));
		}
		pool.shutdown();

		assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
		assertThat(responses.stream().filter(r -> r.status() == 409)).hasSize(CLAIMS - 1);
		assertThat(responses.stream().filter(r -> r.status() == 409).map(ApiSession.Response::code).distinct())
			.containsExactly("TASK_ALREADY_CLAIMED");
		String winner = clerks.get(indexOf200(responses)).username;
		assertThat(jdbc.queryForObject("SELECT ASSIGNEE_ FROM ACT_RU_TASK WHERE ID_ = ?", String.class, task))
			.isEqualTo(winner);
		assertThat(jdbc.queryForObject("SELECT assignee FROM work_item WHERE task_id = ?", String.class, task))
			.isEqualTo(winner);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'TASK_CLAIMED'", Integer.class, no))
			.isEqualTo(1);
	}

	private static int indexOf200(List<ApiSession.Response> responses) {
		for (int i = 0; i < responses.size(); i++) {
			if (responses.get(i).status() == 200) {
				return i;
			}
		}
		throw new AssertionError("no winner");
	}

	private List<ApiSession> clerksOfMeisha(int count) {
		String hash = encoder.encode(ApiSession.DEMO_PASSWORD);
		List<ApiSession> sessions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String username = "race-clerk-" + i;
			if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) == 0) {
				jdbc.update(
						"INSERT INTO app_user (username, display_name, password_hash, user_kind, enabled, failed_attempts, "
								+ "created_at) VALUES (?, ?, ?, 'STAFF', TRUE, 0, NOW(3))",
						username, "受理员 " + i, hash);
				jdbc.update("INSERT INTO role_assignment (user_id, business_line, role, org_unit_code) "
						+ "SELECT id, 'aid', 'CLERK', '440308001' FROM app_user WHERE username = ?", username);
			}
			sessions.add(ApiSession.login(port, username));
		}
		return sessions;
	}

}
