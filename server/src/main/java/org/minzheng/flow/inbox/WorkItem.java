package org.minzheng.flow.inbox;

import java.time.Instant;

import org.minzheng.flow.security.BusinessLine;

/**
 * One row of the inbox read model: an open user task with what staff filter and sort on.
 * The applicant's ID number is held masked for display; the table also holds its blind
 * index for the ID-number filter, written from the clear value at insert.
 */
public record WorkItem(String taskId, String caseRef, String processKey, String processInstanceId, String taskKey,
		String taskName, String orgUnitCode, String districtCode, String candidateGroups, String assignee,
		String applicantName, String applicantNameMasked, String applicantIdMasked, Instant createdAt, Instant dueAt,
		Instant escalatedAt, Instant nearDueNotifiedAt, Instant escalatedAgainAt, String businessLine) {

	/** The business line of the task's process. */
	public BusinessLine line() {
		return BusinessLine.of(businessLine).or(() -> BusinessLine.ofProcessKey(processKey)).orElse(null);
	}

}
