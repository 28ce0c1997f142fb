package org.minzheng.flow.security;

import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgDivisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in: name, roles at units (for the browser to build its menus). */
@RestController
class MeController {

	private final OrgDirectory orgs;

	private final OrgDivisions divisions;

	MeController(OrgDirectory orgs, OrgDivisions divisions) {
		this.orgs = orgs;
		this.divisions = divisions;
	}

	@Access
	@GetMapping("/api/me")
	Me me() {
		StaffUser user = CurrentUser.get();
		return new Me(user.username(), user.displayName(),
				user.assignments()
					.stream()
					.map(a -> new Assignment(a.lineCode(), a.role(), a.orgUnitCode(), orgs.nameOf(a.orgUnitCode()),
							divisions.nameFor(a.lineCode(), a.orgUnitCode())))
					.toList(),
				user.lines().stream().map(BusinessLine::code).toList(), user.readOnly(), user.external());
	}

	/**
	 * The signed-in user: roles, the lines they work in (menus and "新建" follow them),
	 * whether they only read (auditors) and whether they are an external party.
	 */
	record Me(String username, String displayName, List<Assignment> roles, List<String> lines, boolean readOnly,
			boolean external) {
	}

	/**
	 * A role for a line ({@value BusinessLine#ALL_LINES}: every line) at a unit, and the
	 * division that does the line's work there (null where none is known).
	 */
	record Assignment(String line, Role role, String orgUnitCode, String orgUnitName, String division) {
	}

}
