package org.minzheng.flow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Steps of the aid chain as staff take them through the API, and waiting for what the
 * engine does on its own.
 */
public final class AidFlows {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private AidFlows() {
	}

	/** Waits until the task shows in the user's 待办 and returns its id. */
	public static String awaitTask(ApiSession session, String no, String taskKey) {
		String[] found = new String[1];
		await(session.username + " sees " + taskKey + " of " + no, () -> {
			// that step only, latest due first: a new task is on the first page
			// however much the user's 待办 holds from other tests of a shared context
			for (JsonNode item : session.get("/api/inbox?size=200&sort=dueAt,desc&task=" + taskKey)
				.expect(200)
				.json()
				.path("items")) {
				if (item.path("caseRef").asText().equals(no) && item.path("taskKey").asText().equals(taskKey)) {
					found[0] = item.path("taskId").asText();
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	/** The task ids of a case in the user's 待办. */
	public static List<String> inboxTaskIds(ApiSession session, String no) {
		return session.get("/api/inbox?size=200&sort=dueAt,desc")
			.expect(200)
			.json()
			.path("items")
			.findParents("caseRef")
			.stream()
			.filter(item -> item.path("caseRef").asText().equals(no))
			.map(item -> item.path("taskId").asText())
			.toList();
	}

	public static JsonNode view(ApiSession session, String no) {
		return session.get("/api/aid/applications/" + no).expect(200).json();
	}

	public static void complete(ApiSession session, String taskId, Map<String, Object> data) {
		session.post("/api/tasks/" + taskId + "/complete", Map.of("data", data)).expect(200);
	}

	/**
	 * Stores a complete home-investigation record for the case (visited on the day of
	 * acceptance), as 入户调查 requires before it can be completed.
	 */
	public static void recordInvestigation(ApiSession clerk, String no) {
		java.time.LocalDate visited = Instant.parse(view(clerk, no).path("acceptedAt").asText())
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toLocalDate();
		clerk.put("/api/aid/applications/" + no + "/investigation", AidFixtures.investigationRecord(visited))
			.expect(200);
	}

	/** Records the home investigation and completes 入户调查 with the given data. */
	public static void investigate(ApiSession clerk, String no, String taskId, Map<String, Object> data) {
		recordInvestigation(clerk, no);
		complete(clerk, taskId, data);
	}

	public static void awaitStatus(ApiSession session, String no, String status) {
		await(no + " reaches " + status, () -> view(session, no).path("status").asText().equals(status));
	}

	/** Lets a timer of the case fire now, as it would when its time came. */
	public static void fireTimer(ManagementService management, JdbcTemplate jdbc, String no, String activityId) {
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM aid_application WHERE application_no = ?",
				String.class, no);
		Job[] job = new Job[1];
		await("a job at " + activityId + " of " + no, () -> {
			job[0] = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
			return job[0] != null;
		});
		management.executeJob(job[0].getId());
	}

	/** Polls until the condition holds, failing after {@link #PATIENCE}. */
	public static void await(String what, BooleanSupplier condition) {
		Instant until = Instant.now().plus(PATIENCE);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("timed out waiting until " + what);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
