package org.minzheng.flow.cemetery;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;

/**
 * Which of a user's cemetery-line roles let them read the line's records, for the
 * services' own scoping of lists and lookups (the endpoints' {@code @Access} rules say
 * the same). A scope alone is not enough: a process owner holds the line at the city to
 * publish checklists, not to read every district's inspections.
 */
final class CemeteryReaders {

	/**
	 * The district's (and the city's) staff: inspectors, approvers, supervisors,
	 * administrators (who open campaigns and keep the master data) and auditors.
	 */
	static final Set<Role> STAFF = Collections
		.unmodifiableSet(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR));

	/** Staff, and the external parties (operators, enforcement units) for their own. */
	static final Set<Role> STAFF_AND_PARTIES = Collections.unmodifiableSet(
			EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.PARTY));

	private CemeteryReaders() {
	}

	/** The units any of the roles covers for the cemetery line. */
	static Set<String> units(StaffUser user, Set<Role> roles) {
		Set<String> units = new LinkedHashSet<>();
		roles.forEach(role -> units.addAll(user.coverage(BusinessLine.CEMETERY, role)));
		return units;
	}

	/** Whether one of the roles covers one of the units for the cemetery line. */
	static boolean reads(StaffUser user, Set<Role> roles, String... units) {
		for (String unit : units) {
			for (Role role : roles) {
				if (user.covers(BusinessLine.CEMETERY, role, unit)) {
					return true;
				}
			}
		}
		return false;
	}

}
