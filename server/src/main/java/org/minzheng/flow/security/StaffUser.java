package org.minzheng.flow.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who they are, the roles they hold for which business line at which
 * units, and, per line, the units each role covers (the unit held with the units below
 * it). Reloaded from the database on every request ({@link FreshUserFilter}), so a
 * disabled account, a lock or a role change takes effect at once.
 *
 * <p>
 * Every question about rights names the line: a role never holds across lines.
 */
public record StaffUser(long id, String username, String displayName, String passwordHash, boolean enabled,
		boolean locked, List<RoleAssignment> assignments, Map<String, Set<String>> coverage,
		Map<BusinessLine, Set<String>> scopes) implements UserDetails, Serializable {

	static String key(BusinessLine line, Role role) {
		return line.code() + "/" + role.name();
	}

	/** Whether the user holds the role for the line at the unit or at a unit above it. */
	public boolean covers(BusinessLine line, Role role, String orgUnitCode) {
		return orgUnitCode != null && coverage(line, role).contains(orgUnitCode);
	}

	/** The units the role covers for the line. */
	public Set<String> coverage(BusinessLine line, Role role) {
		return coverage.getOrDefault(key(line, role), Set.of());
	}

	/** Whether the user holds the role for the line at any unit. */
	public boolean holds(BusinessLine line, Role role) {
		return !coverage(line, role).isEmpty();
	}

	/** Whether the user holds the role for any line (for menus and coarse gates). */
	public boolean hasRole(Role role) {
		return assignments.stream().anyMatch(a -> a.role() == role);
	}

	/** Whether the unit lies inside the user's scope for the line. */
	public boolean canSee(BusinessLine line, String orgUnitCode) {
		return orgUnitCode != null && scope(line).contains(orgUnitCode);
	}

	/** The units any of the user's roles for the line covers. */
	public Set<String> scope(BusinessLine line) {
		return scopes.getOrDefault(line, Set.of());
	}

	/** The lines the user holds any role for (a line-less role counts for every line). */
	public Set<BusinessLine> lines() {
		Set<BusinessLine> lines = EnumSet.noneOf(BusinessLine.class);
		scopes.forEach((line, units) -> {
			if (!units.isEmpty()) {
				lines.add(line);
			}
		});
		return lines;
	}

	/** Units the role covers for any line (administration that is not about one line). */
	public Set<String> coverageAnyLine(Role role) {
		Set<String> units = new LinkedHashSet<>();
		for (BusinessLine line : BusinessLine.values()) {
			units.addAll(coverage(line, role));
		}
		return units;
	}

	/**
	 * Candidate groups of the line the user belongs to: exactly the units they hold each
	 * role at for that line.
	 */
	public Set<String> groups(BusinessLine line) {
		Set<String> groups = new LinkedHashSet<>();
		for (RoleAssignment a : assignments) {
			if (a.appliesTo(line)) {
				groups.add(a.role().group(line.code(), a.orgUnitCode()));
			}
		}
		return groups;
	}

	/** Candidate groups of every line. */
	public Set<String> groups() {
		Set<String> groups = new LinkedHashSet<>();
		for (BusinessLine line : BusinessLine.values()) {
			groups.addAll(groups(line));
		}
		return groups;
	}

	/** The assignment behind a candidate group, if the user belongs to it. */
	public Optional<RoleAssignment> assignmentFor(String group) {
		Optional<BusinessLine> line = BusinessLine.ofGroup(group);
		if (line.isEmpty()) {
			return Optional.empty();
		}
		return assignments.stream()
			.filter(a -> a.appliesTo(line.get()) && a.role().group(line.get().code(), a.orgUnitCode()).equals(group))
			.findFirst();
	}

	/**
	 * The role to record for an action in the line: the first of the preferred roles the
	 * user holds for it, else the first held for it.
	 */
	public RoleAssignment primary(BusinessLine line, Role... preferred) {
		for (Role role : preferred) {
			for (RoleAssignment assignment : assignments) {
				if (assignment.role() == role && assignment.appliesTo(line)) {
					return assignment;
				}
			}
		}
		return assignments.stream()
			.filter(a -> a.appliesTo(line))
			.findFirst()
			.orElse(new RoleAssignment(line, Role.CLERK, ""));
	}

	/** The first assignment with the role, of any line. */
	public Optional<RoleAssignment> anyAssignment(Role role) {
		return assignments.stream().filter(a -> a.role() == role).findFirst();
	}

	/**
	 * Whether the user may only read: every role they hold is {@link Role#AUDITOR}.
	 * Auditors write nothing (no copies, reminders, comments, attachments, claims).
	 */
	public boolean readOnly() {
		return !assignments.isEmpty() && assignments.stream().allMatch(a -> a.role() == Role.AUDITOR);
	}

	/** Whether the user is an external party's (holds {@link Role#PARTY} only). */
	public boolean external() {
		return !assignments.isEmpty() && assignments.stream().allMatch(a -> a.role() == Role.PARTY);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		assignments.forEach(a -> roles.add(a.role()));
		return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
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
