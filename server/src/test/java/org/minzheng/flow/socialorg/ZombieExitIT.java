package org.minzheng.flow.socialorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Zombie exit at a district: the detection query finds 300 inactive organisations and an
 * unreachable one, the approver confirms the batch, 301 revocation cases start and serve
 * their hearing notices (the unreachable one by announcement, served only when the
 * announcement period is over); it asks for a hearing, is revoked and goes onto the
 * serious list; one is dropped after the hearing period.
 */
@ApplicationTest
class ZombieExitIT {

	private static final Logger log = LoggerFactory.getLogger(ZombieExitIT.class);

	static final int INACTIVE = 300;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Test
	void detectsConfirmsAndRevokesInBatches() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (int i = 0; i < INACTIVE; i++) {
			seed("盐田区沉睡协会" + i, today.minusYears(3), "NORMAL");
		}
		long unreachable = seed("盐田区失联协会", today, "ABNORMAL");
		jdbc.update(
				"INSERT INTO so_credit_transition (organisation_id, from_state, to_state, reason_code, reason_text, "
						+ "effective_on, actor, recorded_at) VALUES (?, 'NORMAL', 'ABNORMAL', 'UNREACHABLE', '两次挂号信退回', ?, "
						+ "'system', CURRENT_TIMESTAMP)",
				unreachable, today.minusMonths(2));
		long active = seed("盐田区活跃协会", today.minusMonths(1), "NORMAL");
		ApiSession approver = ApiSession.login(port, "yt-approver");
		ApiSession clerk = ApiSession.login(port, "so-yt-clerk");
		ApiSession reviewer = ApiSession.login(port, "so-yt-reviewer");

		// detection: a candidate batch (a clerk is refused before the request is read)
		assertThat(clerk.post("/api/socialorg/exit-batches", Map.of("registrarCode", "440308")).expect(403).code())
			.isEqualTo("ACCESS_DENIED");
		JsonNode batch = approver.post("/api/socialorg/exit-batches", Map.of("registrarCode", "440308"))
			.expect(201)
			.json();
		String batchNo = batch.path("batchNo").asText();
		assertThat(batch.path("candidateCount").asInt()).isEqualTo(INACTIVE + 1);
		assertThat(batch.path("candidates").findValuesAsText("organisationId")).contains(String.valueOf(unreachable))
			.doesNotContain(String.valueOf(active));
		assertThat(batch.path("candidates").findValuesAsText("reason")).contains("INACTIVE", "UNREACHABLE");
		ApiSession.login(port, "so-city-clerk").get("/api/socialorg/exit-batches/" + batchNo).expect(404);

		// confirmation: hundreds of cases, started in batches, notices served by the jobs
		Instant started = Instant.now();
		JsonNode confirmed = approver.post("/api/socialorg/exit-batches/" + batchNo + "/confirmation", null)
			.expect(200)
			.json();
		log.info("{} revocation cases started in {} ms", INACTIVE + 1,
				Duration.between(started, Instant.now()).toMillis());
		assertThat(confirmed.path("status").asText()).isEqualTo("CONFIRMED");
		assertThat(approver.post("/api/socialorg/exit-batches/" + batchNo + "/confirmation", null).expect(409).code())
			.isEqualTo("BATCH_ALREADY_CONFIRMED");
		awaitLong("hearing notices served",
				() -> count("SELECT COUNT(*) FROM so_announcement WHERE kind = 'HEARING_NOTICE' AND case_ref LIKE ?",
						batchNo + "-%") == INACTIVE + 1);
		log.info("{} hearing notices served {} ms after confirmation", INACTIVE + 1,
				Duration.between(started, Instant.now()).toMillis());

		// the unreachable one is served by announcement: the hearing period waits for its
		// end
		String heard = caseOf(unreachable);
		assertThat(jdbc.queryForObject("SELECT service_mode FROM so_exit_candidate WHERE case_no = ?", String.class,
				heard))
			.isEqualTo("ANNOUNCEMENT");
		assertThat(jdbc.queryForObject("SELECT served_on FROM so_exit_candidate WHERE case_no = ?", LocalDate.class,
				heard))
			.isNull();
		String heardPi = jdbc.queryForObject("SELECT process_instance_id FROM so_exit_candidate WHERE case_no = ?",
				String.class, heard);
		assertThat(management.createJobQuery()
			.processInstanceId(heardPi)
			.activityId(SocialOrgRevocationProcess.CATCH_EVENT_HEARING_PERIOD_ENDED)
			.count()).as("no hearing period before service").isZero();
		Job announcement = management.createJobQuery()
			.processInstanceId(heardPi)
			.activityId(SocialOrgRevocationProcess.CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED)
			.singleResult();
		assertThat(LocalDate.ofInstant(announcement.getDuedate().toInstant(), ZoneId.of("Asia/Shanghai")))
			.as("30 calendar days from publication")
			.isEqualTo(today.plusDays(30));
		assertThat(count("SELECT COUNT(*) FROM so_announcement WHERE kind = 'HEARING_NOTICE' AND case_ref = ? "
				+ "AND text LIKE '%公告方式送达%'", heard))
			.isEqualTo(1);
		management.executeJob(announcement.getId());
		assertThat(jdbc.queryForObject("SELECT served_on FROM so_exit_candidate WHERE case_no = ?", LocalDate.class,
				heard))
			.isEqualTo(today);
		assertThat(management.createJobQuery()
			.processInstanceId(heardPi)
			.activityId(SocialOrgRevocationProcess.CATCH_EVENT_HEARING_PERIOD_ENDED)
			.count()).as("the hearing period runs from service").isOne();

		// it asks for a hearing, is heard and revoked
		clerk.post("/api/socialorg/exit-cases/" + heard + "/hearing-request", Map.of("note", "法定代表人来电申请听证"))
			.expect(200);
		complete(reviewer, heard, SocialOrgRevocationProcess.TASK_HEARING,
				Map.of("hearingOutcome", "HELD", "opinion", "当事人承认已停止活动"));
		complete(approver, heard, SocialOrgRevocationProcess.TASK_REVOCATION_DECISION,
				Map.of("revocationDecision", "REVOKE", "opinion", "失联且停止活动，依法撤销登记"));
		assertThat(status(unreachable)).isEqualTo("REVOKED");
		assertThat(count("SELECT COUNT(*) FROM so_announcement WHERE kind = 'REVOKED' AND case_ref = ?", heard))
			.isEqualTo(1);
		// the revocation puts it on the serious-violation list (《社会组织信用信息管理办法》第十条)
		assertThat(
				jdbc.queryForObject("SELECT credit_state FROM so_organisation WHERE id = ?", String.class, unreachable))
			.isEqualTo("SERIOUS");
		assertThat(
				count("SELECT COUNT(*) FROM so_credit_transition WHERE organisation_id = ? AND reason_code = 'REVOKED' "
						+ "AND from_state = 'ABNORMAL' AND to_state = 'SERIOUS' AND case_ref = ?", unreachable, heard))
			.isEqualTo(1);
		assertThat(clerk.post("/api/socialorg/exit-cases/" + heard + "/hearing-request", Map.of()).expect(409).code())
			.isEqualTo("HEARING_PERIOD_OVER");

		// another lets the hearing period pass; the approver drops the case
		long sleeper = jdbc.queryForObject("SELECT id FROM so_organisation WHERE name = '盐田区沉睡协会0'", Long.class);
		String dropped = caseOf(sleeper);
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM so_exit_candidate WHERE case_no = ?",
				String.class, dropped);
		Job timer = management.createJobQuery()
			.processInstanceId(pi)
			.activityId(SocialOrgRevocationProcess.CATCH_EVENT_HEARING_PERIOD_ENDED)
			.singleResult();
		management.executeJob(timer.getId());
		complete(approver, dropped, SocialOrgRevocationProcess.TASK_REVOCATION_DECISION,
				Map.of("revocationDecision", "DROP", "opinion", "已恢复活动"));
		assertThat(status(sleeper)).isEqualTo("REGISTERED");
		assertThat(jdbc.queryForObject("SELECT service_mode FROM so_exit_candidate WHERE case_no = ?", String.class,
				dropped))
			.isEqualTo("DIRECT");
		assertThat(jdbc.queryForObject("SELECT status FROM so_exit_candidate WHERE case_no = ?", String.class, dropped))
			.isEqualTo("DROPPED");
	}

	private void complete(ApiSession session, String caseNo, String taskKey, Map<String, Object> data) {
		Task[] task = new Task[1];
		awaitLong(taskKey + " of " + caseNo, () -> {
			task[0] = tasks.createTaskQuery()
				.processInstanceBusinessKey(caseNo)
				.taskDefinitionKey(taskKey)
				.singleResult();
			return task[0] != null;
		});
		session.post("/api/tasks/" + task[0].getId() + "/complete", Map.of("data", data)).expect(200);
	}

	private long seed(String name, LocalDate lastActivity, String credit) {
		jdbc.update(
				"INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, status, credit_state, "
						+ "last_activity_on, created_at) VALUES (?, 'ASSOCIATION', 'DIRECT', '440308', 'REGISTERED', ?, ?, "
						+ "CURRENT_TIMESTAMP)",
				name, credit, lastActivity);
		return jdbc.queryForObject("SELECT id FROM so_organisation WHERE name = ?", Long.class, name);
	}

	private String caseOf(long organisationId) {
		return jdbc.queryForObject("SELECT case_no FROM so_exit_candidate WHERE organisation_id = ?", String.class,
				organisationId);
	}

	private String status(long organisationId) {
		return jdbc.queryForObject("SELECT status FROM so_organisation WHERE id = ?", String.class, organisationId);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	/**
	 * Like AidFlows.await, with the patience hundreds of jobs on a shared machine need.
	 */
	private static void awaitLong(String what, BooleanSupplier condition) {
		Instant until = Instant.now().plus(Duration.ofMinutes(4));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("timed out waiting until " + what);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
