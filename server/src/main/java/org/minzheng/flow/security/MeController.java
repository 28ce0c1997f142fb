package org.minzheng.flow.security;

import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in: name, roles at units (for the browser to build its menus). */
@RestController
class MeController {

	private final OrgDirectory orgs;

	MeController(OrgDirectory orgs) {
		this.orgs = orgs;
	}

	@GetMapping("/api/me")
	Me me() {
		StaffUser user = CurrentUser.get();
		return new Me(user.username(), user.displayName(),
				user.assignments()
					.stream()
					.map(a -> new Assignment(a.role(), a.orgUnitCode(), orgs.nameOf(a.orgUnitCode())))
					.toList());
	}

	/** The signed-in user. */
	record Me(String username, String displayName, List<Assignment> roles) {
	}

	/** A role at a unit. */
	record Assignment(Role role, String orgUnitCode, String orgUnitName) {
	}

}
