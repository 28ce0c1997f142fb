package org.minzheng.flow.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who they are, the roles they hold at which units, and the units in
 * their scope (each unit they hold a role at, with the units below it). Kept in the
 * server-side session.
 */
public record StaffUser(long id, String username, String displayName, String passwordHash, boolean enabled,
		boolean locked, List<RoleAssignment> assignments, Map<Role, Set<String>> coverage,
		Set<String> scope) implements UserDetails, Serializable {

	/** Whether the user holds the role at the unit or at a unit above it. */
	public boolean covers(Role role, String orgUnitCode) {
		return orgUnitCode != null && coverage.getOrDefault(role, Set.of()).contains(orgUnitCode);
	}

	public boolean hasRole(Role role) {
		return assignments.stream().anyMatch(a -> a.role() == role);
	}

	/** Whether the unit lies inside the user's scope. */
	public boolean canSee(String orgUnitCode) {
		return orgUnitCode != null && scope.contains(orgUnitCode);
	}

	/**
	 * Candidate groups of a feature the user belongs to: exactly the units they hold each
	 * role at.
	 */
	public Set<String> groups(String feature) {
		return assignments.stream().map(a -> a.role().group(feature, a.orgUnitCode())).collect(Collectors.toSet());
	}

	/**
	 * The role to record for an action: the first of the preferred roles the user holds,
	 * else the first held.
	 */
	public RoleAssignment primary(Role... preferred) {
		for (Role role : preferred) {
			for (RoleAssignment assignment : assignments) {
				if (assignment.role() == role) {
					return assignment;
				}
			}
		}
		return assignments.isEmpty() ? new RoleAssignment(Role.CLERK, "") : assignments.get(0);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return assignments.stream().map(a -> new SimpleGrantedAuthority("ROLE_" + a.role().name())).distinct().toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "StaffUser[" + username + "]";
	}

}
