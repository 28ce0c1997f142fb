package org.minzheng.flow.inbox;

import org.minzheng.flow.security.StaffUser;

/**
 * How many cases a user filed or opened (我发起), for the inbox's tab counts; the list
 * itself is the case module's ({@code /api/cases/started}).
 */
public interface StartedCases {

	/** How many cases the user registered. */
	long countStartedBy(StaffUser user);

}
