package org.minzheng.flow.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * A role held for one business line at an org unit (and the units below it). A line-less
 * assignment ({@code line == null}) is allowed only for {@link Role#ADMIN} and
 * {@link Role#AUDITOR}, where the bureau really works that way, and is shown as such.
 */
public record RoleAssignment(BusinessLine line, Role role, String orgUnitCode) implements Serializable {

	/** Roles that may be held without a line. */
	public static final Set<Role> LINE_LESS_ROLES = EnumSet.of(Role.ADMIN, Role.AUDITOR);

	/**
	 * Whether the assignment holds for the line (a line-less one holds for every line).
	 */
	public boolean appliesTo(BusinessLine wanted) {
		return line == null || line == wanted;
	}

	/** The line's code, or {@value BusinessLine#ALL_LINES} for a line-less assignment. */
	public String lineCode() {
		return line == null ? BusinessLine.ALL_LINES : line.code();
	}

}
