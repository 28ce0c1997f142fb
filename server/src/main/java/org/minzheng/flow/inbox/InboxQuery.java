package org.minzheng.flow.inbox;

/** Filters and paging of a user's 待办 list. Null filters do not restrict. */
public record InboxQuery(String username, String processKey, String taskKey, String orgUnitCode, SlaState slaState,
		String applicantNamePrefix, String applicantIdNumber, int offset, int limit, boolean latestDueFirst) {

	/** Most urgent first: the default order of a 待办 list. */
	public InboxQuery(String username, String processKey, String taskKey, String orgUnitCode, SlaState slaState,
			String applicantNamePrefix, String applicantIdNumber, int offset, int limit) {
		this(username, processKey, taskKey, orgUnitCode, slaState, applicantNamePrefix, applicantIdNumber, offset,
				limit, false);
	}

}
