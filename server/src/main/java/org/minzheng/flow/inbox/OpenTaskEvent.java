package org.minzheng.flow.inbox;

import java.time.Instant;
import java.util.List;

/** A user task as it opens, handed from the engine's task listener to the inbox. */
public record OpenTaskEvent(String taskId, String businessKey, String processKey, String processInstanceId,
		String taskKey, String taskName, List<String> candidateGroups, String assignee, Instant created, Instant due) {
}
