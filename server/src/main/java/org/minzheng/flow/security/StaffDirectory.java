package org.minzheng.flow.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgDivisions;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.shared.ApiException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff as other staff see them: the org units and users in one's scope (for filters,
 * transfer and reassignment pickers), and user administration by a unit's administrator —
 * only at units their ADMIN role covers, never their own account, every change audited.
 */
@Service
public class StaffDirectory {

	private final UserMapper users;

	private final OrgDirectory orgs;

	private final OrgDivisions divisions;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final SignInThrottle throttle;

	StaffDirectory(UserMapper users, OrgDirectory orgs, OrgDivisions divisions, PasswordEncoder encoder,
			AuditTrail audit, Clock clock, SignInThrottle throttle) {
		this.users = users;
		this.orgs = orgs;
		this.divisions = divisions;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.throttle = throttle;
	}

	/**
	 * Display names of users, for records people read (timelines, exports); a username
	 * with no account keeps its username.
	 */
	public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		java.util.List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
		for (int from = 0; from < wanted.size(); from += 500) {
			for (UserMapper.NameRow row : users
				.displayNames(wanted.subList(from, Math.min(wanted.size(), from + 500)))) {
				names.put(row.username(), row.displayName());
			}
		}
		return names;
	}

	/**
	 * Org units in the user's scope (of every line they work in), city first. External
	 * parties see only their own unit.
	 */
	public List<OrgUnit> units(StaffUser user) {
		Set<String> scope = new LinkedHashSet<>();
		user.lines().forEach(line -> scope.addAll(user.scope(line)));
		return scope.stream()
			.map(orgs::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(OrgUnit::level).thenComparing(OrgUnit::code))
			.toList();
	}

	/**
	 * Users holding a role for a line the user works in, at a unit of the user's scope
	 * for that line (optionally of one line, a given role, at a given unit or above it);
	 * only their roles inside that scope are shown. Never for external parties: they see
	 * no directory of other users.
	 */
	@Transactional(readOnly = true)
	public List<DirectoryUser> users(StaffUser user, String orgUnit, Role role, BusinessLine line) {
		if (user.external()) {
			throw ApiException.forbidden("ACCESS_DENIED", "外部单位用户不能查看人员名录");
		}
		Set<BusinessLine> lines = line == null ? user.lines() : (user.lines().contains(line) ? Set.of(line) : Set.of());
		if (orgUnit != null && lines.stream().noneMatch(l -> user.canSee(l, orgUnit))) {
			throw ApiException.badRequest("ORG_UNIT_OUT_OF_SCOPE", "orgUnit", "所选单位不在您的管辖范围内");
		}
		Map<BusinessLine, Set<String>> scopes = new java.util.EnumMap<>(BusinessLine.class);
		lines.forEach(l -> scopes.put(l, user.scope(l)));
		return list(scopes, role, orgUnit == null ? null : ancestorsOf(orgUnit), false);
	}

	/**
	 * Users an administrator manages: those with a role at a unit their ADMIN role covers
	 * for that role's line.
	 */
	@Transactional(readOnly = true)
	public List<DirectoryUser> managed(StaffUser admin) {
		return list(adminScopes(admin), null, null, true);
	}

	@Transactional
	public DirectoryUser create(StaffUser admin, String username, String displayName, String password,
			List<RoleAssignment> roles) {
		Map<BusinessLine, Set<String>> units = adminScopes(admin);
		if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw ApiException.badRequest("USERNAME_INVALID", "username", "用户名只能由小写字母、数字、点、下划线和连字符组成，3 到 64 位");
		}
		if (users.findByUsername(username) != null) {
			throw ApiException.conflict("USERNAME_TAKEN", "用户名已被使用");
		}
		checkPassword(password);
		checkRoles(admin, roles);
		boolean party = roles.stream().allMatch(r -> r.role() == Role.PARTY);
		UserMapper.NewUser row = new UserMapper.NewUser(username, displayName.strip(), encoder.encode(password),
				party ? "EXTERNAL" : "STAFF", clock.instant());
		users.insertUser(row);
		for (RoleAssignment role : new LinkedHashSet<>(roles)) {
			users.insertAssignment(row.id, role);
		}
		audit(admin, "USER_CREATED", "新建用户 " + username + "，角色：" + describe(roles), null);
		return find(username, units);
	}

	/**
	 * Creates the account of an external party's user, who holds {@link Role#PARTY} at
	 * one EXTERNAL unit and nothing else (an outlet applicant, a trustee). For features
	 * that register parties in the course of a case; the caller checks its own rights and
	 * records the action in the audit trail.
	 * @throws ApiException 409 when the username is taken
	 * @throws IllegalArgumentException when the unit is not an external party
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void createPartyUser(String username, String displayName, String password, String externalUnitCode,
			BusinessLine line) {
		if (orgs.find(externalUnitCode).filter(OrgUnit::isExternal).isEmpty()) {
			throw new IllegalArgumentException("not an external party unit: " + externalUnitCode);
		}
		if (users.findByUsername(username) != null) {
			throw ApiException.conflict("USERNAME_TAKEN", "用户名已被使用");
		}
		UserMapper.NewUser row = new UserMapper.NewUser(username, displayName.strip(), encoder.encode(password),
				"PARTY", clock.instant());
		users.insertUser(row);
		users.insertAssignment(row.id, new RoleAssignment(line, Role.PARTY, externalUnitCode));
	}

	@Transactional
	public DirectoryUser replaceRoles(StaffUser admin, String username, List<RoleAssignment> roles, String reason) {
		Map<BusinessLine, Set<String>> units = adminScopes(admin);
		UserMapper.UserRow row = managedRow(admin, username, units);
		checkRoles(admin, roles);
		// roles the administrator does not manage (another line, a unit outside their
		// scope) stay as they are
		List<RoleAssignment> kept = users.findAssignments(row.id()).stream().filter(a -> !manages(admin, a)).toList();
		users.deleteAssignments(row.id());
		Set<RoleAssignment> all = new LinkedHashSet<>(kept);
		all.addAll(roles);
		for (RoleAssignment role : all) {
			users.insertAssignment(row.id(), role);
		}
		audit(admin, "USER_ROLES_CHANGED", "调整用户 " + username + " 的角色为：" + describe(roles), reason);
		return find(username, units);
	}

	@Transactional
	public DirectoryUser unlock(StaffUser admin, String username, String reason) {
		Map<BusinessLine, Set<String>> units = adminScopes(admin);
		managedRow(admin, username, units);
		users.unlock(username);
		// the administrator has made sure who is asking: their sign-in waits end too
		throttle.forgetUsername(username);
		audit(admin, "USER_UNLOCKED", "解除用户 " + username + " 的登录锁定", reason);
		return find(username, units);
	}

	@Transactional
	public DirectoryUser setEnabled(StaffUser admin, String username, boolean enabled, String reason) {
		Map<BusinessLine, Set<String>> units = adminScopes(admin);
		UserMapper.UserRow row = managedRow(admin, username, units);
		users.updateEnabled(row.id(), enabled);
		audit(admin, enabled ? "USER_ENABLED" : "USER_DISABLED", (enabled ? "启用用户 " : "停用用户 ") + username, reason);
		return find(username, units);
	}

	/**
	 * The id of a user the administrator manages (their ADMIN role covers one of the
	 * user's roles; never themselves), for administration kept elsewhere in this package
	 * (second-factor resets).
	 * @throws ApiException 403 {@code SELF_ADMINISTRATION}, 404 {@code USER_NOT_FOUND}
	 */
	long managedUserId(StaffUser admin, String username) {
		return managedRow(admin, username, adminScopes(admin)).id();
	}

	private UserMapper.UserRow managedRow(StaffUser admin, String username, Map<BusinessLine, Set<String>> units) {
		if (admin.username().equals(username)) {
			throw ApiException.forbidden("SELF_ADMINISTRATION", "不能修改自己的账号，请联系上级管理员");
		}
		UserMapper.UserRow row = users.findByUsername(username);
		if (row == null || users.findAssignments(row.id()).stream().noneMatch(a -> manages(admin, a))) {
			throw ApiException.notFound("USER_NOT_FOUND", "用户不存在或不在您的管理范围内");
		}
		return row;
	}

	private DirectoryUser find(String username, Map<BusinessLine, Set<String>> units) {
		return list(units, null, null, true).stream()
			.filter(u -> u.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private void checkRoles(StaffUser admin, List<RoleAssignment> roles) {
		if (roles == null || roles.isEmpty()) {
			throw ApiException.badRequest("ROLES_MISSING", "roles", "请至少分配一个角色");
		}
		for (RoleAssignment role : roles) {
			if (role.role() == null || role.orgUnitCode() == null || orgs.find(role.orgUnitCode()).isEmpty()) {
				throw ApiException.badRequest("ROLE_INVALID", "roles", "角色或单位不存在");
			}
			if (role.line() == null && !RoleAssignment.LINE_LESS_ROLES.contains(role.role())) {
				throw ApiException.badRequest("ROLE_LINE_MISSING", "roles", "除管理员和审计外，每个角色都须指定业务条线");
			}
			boolean external = orgs.find(role.orgUnitCode()).get().isExternal();
			if (external != (role.role() == Role.PARTY)) {
				throw ApiException.badRequest("ROLE_UNIT_MISMATCH", "roles", "外部单位的用户只能担任外部单位角色，局内单位不能分配外部单位角色");
			}
			if (!manages(admin, role)) {
				throw ApiException.forbidden("ORG_UNIT_OUT_OF_SCOPE", "只能在您管理的业务条线和单位内分配角色：{0}",
						orgs.nameOf(role.orgUnitCode()));
			}
		}
		boolean party = roles.stream().anyMatch(r -> r.role() == Role.PARTY);
		if (party && roles.stream().anyMatch(r -> r.role() != Role.PARTY)) {
			throw ApiException.badRequest("ROLE_UNIT_MISMATCH", "roles", "外部单位的用户不能同时担任局内角色");
		}
	}

	/**
	 * Whether the administrator manages the assignment: their ADMIN role covers its unit
	 * for its line (a line-less assignment needs a line-less administrator, who covers
	 * every line).
	 */
	private static boolean manages(StaffUser admin, RoleAssignment assignment) {
		if (assignment.line() != null) {
			return admin.covers(assignment.line(), Role.ADMIN, assignment.orgUnitCode());
		}
		return java.util.Arrays.stream(BusinessLine.values())
			.allMatch(line -> admin.covers(line, Role.ADMIN, assignment.orgUnitCode()));
	}

	/** The shortest password an administrator may set (the security page shows it). */
	static final int PASSWORD_MIN_LENGTH = 10;

	private static void checkPassword(String password) {
		if (password == null || password.length() < PASSWORD_MIN_LENGTH || !password.matches(".*[A-Za-z].*")
				|| !password.matches(".*\\d.*")) {
			throw ApiException.badRequest("PASSWORD_WEAK", "password", "密码至少 10 位，且须同时包含字母和数字");
		}
	}

	private Map<BusinessLine, Set<String>> adminScopes(StaffUser admin) {
		Map<BusinessLine, Set<String>> scopes = new java.util.EnumMap<>(BusinessLine.class);
		for (BusinessLine line : BusinessLine.values()) {
			if (admin.holds(line, Role.ADMIN)) {
				scopes.put(line, admin.coverage(line, Role.ADMIN));
			}
		}
		if (scopes.isEmpty()) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有管理员可以管理用户");
		}
		return scopes;
	}

	private Set<String> ancestorsOf(String code) {
		Set<String> result = new LinkedHashSet<>();
		Optional<OrgUnit> unit = orgs.find(code);
		while (unit.isPresent()) {
			result.add(unit.get().code());
			unit = orgs.find(unit.get().parentCode());
		}
		return result;
	}

	/**
	 * Users with a role inside the scopes (a role of a line at a unit of that line's
	 * scope); each user's roles are shown only as far as they lie inside the scopes.
	 */
	private List<DirectoryUser> list(Map<BusinessLine, Set<String>> scopes, Role role, Set<String> atUnits,
			boolean withState) {
		Set<String> units = new LinkedHashSet<>();
		scopes.values().forEach(units::addAll);
		if (units.isEmpty()) {
			return List.of();
		}
		Map<String, DirectoryUser> byName = new LinkedHashMap<>();
		Set<String> matching = new LinkedHashSet<>();
		for (UserMapper.DirectoryRow row : users.directory(units, role)) {
			if (!inside(scopes, row.line(), row.orgUnitCode())) {
				continue;
			}
			boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(clock.instant());
			DirectoryUser user = byName.computeIfAbsent(row.username(),
					name -> new DirectoryUser(name, row.displayName(), withState ? row.enabled() : null,
							withState ? locked : null, withState ? row.userKind() : null, new ArrayList<>()));
			user.roles()
				.add(new Held(row.line() == null ? BusinessLine.ALL_LINES : row.line().code(), row.role(),
						row.orgUnitCode(), orgs.nameOf(row.orgUnitCode()),
						row.line() == null ? null : divisions.nameFor(row.line().code(), row.orgUnitCode())));
			if ((role == null || row.role() == role) && (atUnits == null || atUnits.contains(row.orgUnitCode()))) {
				matching.add(row.username());
			}
		}
		return byName.values().stream().filter(u -> matching.contains(u.username())).toList();
	}

	private static boolean inside(Map<BusinessLine, Set<String>> scopes, BusinessLine line, String unit) {
		if (line != null) {
			return scopes.getOrDefault(line, Set.of()).contains(unit);
		}
		// a line-less role is shown where every line's scope reaches
		return scopes.size() == BusinessLine.values().length
				&& scopes.values().stream().allMatch(units -> units.contains(unit));
	}

	private void audit(StaffUser admin, String action, String summary, String reason) {
		RoleAssignment acting = admin.anyAssignment(Role.ADMIN).orElseThrow();
		audit.record(admin, Role.ADMIN, acting.orgUnitCode(), null, action, summary, reason);
	}

	private String describe(List<RoleAssignment> roles) {
		return String.join("、",
				roles.stream()
					.map(r -> orgs.nameOf(r.orgUnitCode()) + " " + (r.line() == null ? "全部条线" : r.line().nameZh()) + " "
							+ r.role().name())
					.toList());
	}

	/**
	 * A user in a directory list; {@code enabled}/{@code locked} only for administrators.
	 */
	public record DirectoryUser(String username, String displayName, Boolean enabled, Boolean locked, String kind,
			List<Held> roles) {
	}

	/**
	 * A role held for a line ({@code aid}…, {@value BusinessLine#ALL_LINES} for a
	 * line-less one) at a unit, with the division that does the line's work there (null
	 * where none is known).
	 */
	public record Held(String line, Role role, String orgUnitCode, String orgUnitName, String division) {
	}

}
