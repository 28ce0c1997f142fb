package org.minzheng.flow.charity;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;

/**
 * Who reads the charity line's records: the roles that handle, oversee or audit them at
 * the unit or above, and a trustee at its own unit. Process owners and administrators
 * hold charity roles too (the BPMN, the users), but read no case: a role of the line is
 * not enough.
 */
final class CharityScope {

	static final Set<Role> READERS = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR,
			Role.PARTY);

	private CharityScope() {
	}

	/** Whether one of the user's reading roles of the line covers the unit. */
	static boolean canSee(StaffUser user, String unit) {
		return READERS.stream().anyMatch(role -> user.covers(BusinessLine.CHARITY, role, unit));
	}

	/** The units the user's reading roles of the line cover. */
	static Set<String> units(StaffUser user) {
		Set<String> units = new LinkedHashSet<>();
		READERS.forEach(role -> units.addAll(user.coverage(BusinessLine.CHARITY, role)));
		return units;
	}

}
