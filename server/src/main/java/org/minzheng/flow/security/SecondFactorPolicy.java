package org.minzheng.flow.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who must pass the second factor after the password: holders of a privileged role
 * (ARCHITECTURE.md, "Organisation, identity, scope"), or everyone when
 * {@code minzheng.security.second-factor.required-for=everyone}. Read on every request
 * with the user as the database has them now, so a privileged role given to a signed-in
 * user asks for the second factor from their next request on.
 */
@Component
class SecondFactorPolicy {

	/** Roles that always need the second factor. */
	static final Set<Role> PRIVILEGED = EnumSet.of(Role.ADMIN, Role.PROCESS_OWNER, Role.AUDITOR, Role.SUPERVISOR);

	private final SecondFactorProperties properties;

	SecondFactorPolicy(SecondFactorProperties properties) {
		this.properties = properties;
	}

	/** Whether the user must pass the second factor before anything else. */
	boolean required(StaffUser user) {
		return properties.requiredFor() == SecondFactorProperties.RequiredFor.EVERYONE
				|| user.assignments().stream().anyMatch(a -> PRIVILEGED.contains(a.role()));
	}

}
