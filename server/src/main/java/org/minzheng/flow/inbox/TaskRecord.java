package org.minzheng.flow.inbox;

import java.time.Instant;

/**
 * What a user entered when completing a task: who, in which role at which unit, the
 * decision and the data.
 */
public record TaskRecord(String caseRef, String taskId, String taskKey, String taskName, String actor, String actorRole,
		String orgUnitCode, String decision, String data, Instant completedAt) {
}
