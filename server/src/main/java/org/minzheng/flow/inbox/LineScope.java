package org.minzheng.flow.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;

/**
 * The units a role covers for one business line: supervision reads work of a line only at
 * the units the supervisor holds that line at. Getters for MyBatis's OGNL.
 */
public final class LineScope {

	private final String line;

	private final Collection<String> units;

	public LineScope(BusinessLine line, Collection<String> units) {
		this.line = line.code();
		this.units = units;
	}

	public String getLine() {
		return line;
	}

	public Collection<String> getUnits() {
		return units;
	}

	/** One entry per line the user holds the role for. */
	public static List<LineScope> of(StaffUser user, Role role) {
		List<LineScope> scopes = new ArrayList<>();
		for (BusinessLine line : BusinessLine.values()) {
			if (user.holds(line, role)) {
				scopes.add(new LineScope(line, user.coverage(line, role)));
			}
		}
		return scopes;
	}

}
