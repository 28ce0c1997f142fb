package org.minzheng.flow.security;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.org.OrgDirectory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads staff users from our own tables (never Camunda's identity tables). Wrong
 * passwords never lock an account (sign-in is throttled by source instead, see
 * {@link SignInThrottle}): {@code locked_until} is an administrator's state, and an
 * administrator unlocks it ({@link StaffDirectory#unlock}) — later also the user's own
 * second factor, once there is one.
 */
@Service
class StaffUserService implements UserDetailsService {

	private final UserMapper users;

	private final OrgDirectory orgs;

	private final Clock clock;

	StaffUserService(UserMapper users, OrgDirectory orgs, Clock clock) {
		this.users = users;
		this.orgs = orgs;
		this.clock = clock;
	}

	@Override
	public StaffUser loadUserByUsername(String username) {
		UserMapper.UserRow row = users.findByUsername(username);
		if (row == null) {
			// the same queries as for an existing user, so that an unknown username does
			// not answer sooner (the password is compared against a dummy hash anyway)
			users.findAssignments(-1);
			throw new UsernameNotFoundException("unknown user");
		}
		return build(row);
	}

	/**
	 * The user as the database has them now, or empty when the account is gone: read on
	 * every request so that disabling, locking and role changes take effect at once.
	 */
	Optional<StaffUser> reload(long id) {
		return Optional.ofNullable(users.findById(id)).map(this::build);
	}

	private StaffUser build(UserMapper.UserRow row) {
		List<RoleAssignment> assignments = users.findAssignments(row.id());
		Map<String, Set<String>> coverage = new HashMap<>();
		Map<BusinessLine, Set<String>> scopes = new EnumMap<>(BusinessLine.class);
		for (RoleAssignment assignment : assignments) {
			Set<String> below = orgs.withDescendants(assignment.orgUnitCode());
			for (BusinessLine line : BusinessLine.values()) {
				if (assignment.appliesTo(line)) {
					coverage.computeIfAbsent(StaffUser.key(line, assignment.role()), k -> new LinkedHashSet<>())
						.addAll(below);
					scopes.computeIfAbsent(line, l -> new LinkedHashSet<>()).addAll(below);
				}
			}
		}
		coverage.replaceAll((key, units) -> Set.copyOf(units));
		scopes.replaceAll((line, units) -> Set.copyOf(units));
		boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(clock.instant());
		return new StaffUser(row.id(), row.username(), row.displayName(), row.passwordHash(), row.enabled(), locked,
				List.copyOf(assignments), Map.copyOf(coverage), Map.copyOf(scopes));
	}

}
