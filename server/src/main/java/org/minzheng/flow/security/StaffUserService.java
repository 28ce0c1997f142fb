package org.minzheng.flow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.org.OrgDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads staff users from our own tables (never Camunda's identity tables) and locks an
 * account for {@value #LOCK_MINUTES} minutes after {@value #MAX_FAILURES} failed logins
 * in a row.
 */
@Service
class StaffUserService implements UserDetailsService {

	static final int MAX_FAILURES = 5;

	static final int LOCK_MINUTES = 15;

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
		Map<String, Set<String>> frozenCoverage = new HashMap<>();
		coverage.forEach((key, units) -> frozenCoverage.put(key, Set.copyOf(units)));
		Map<BusinessLine, Set<String>> frozenScopes = new EnumMap<>(BusinessLine.class);
		scopes.forEach((line, units) -> frozenScopes.put(line, Set.copyOf(units)));
		boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(clock.instant());
		return new StaffUser(row.id(), row.username(), row.displayName(), row.passwordHash(), row.enabled(), locked,
				List.copyOf(assignments), Map.copyOf(frozenCoverage), Map.copyOf(frozenScopes));
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		UserMapper.UserRow row = users.findByUsername(event.getAuthentication().getName());
		if (row == null) {
			return;
		}
		Instant now = clock.instant();
		boolean lockExpired = row.lockedUntil() != null && !row.lockedUntil().isAfter(now);
		int failures = lockExpired ? 1 : row.failedAttempts() + 1;
		Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(Duration.ofMinutes(LOCK_MINUTES))
				: (lockExpired ? null : row.lockedUntil());
		users.updateFailures(row.id(), failures, lockedUntil);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		users.recordSuccess(event.getAuthentication().getName());
	}

}
