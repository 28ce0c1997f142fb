package org.minzheng.flow.socialorg;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;

/**
 * Who sees which organisations: the staff of its registrar (the unit itself, not the
 * units above or below), those whose role oversees the registrar (supervisors and
 * auditors, which covers the units below), and the users of its business supervisory
 * unit. Administrators are not among them: they manage users and campaigns, not the
 * organisations' files (legal representatives' ID numbers among them).
 */
public final class SocialOrgScope {

	static final Set<Role> REGISTRAR_ROLES = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER);

	static final Set<Role> OVERSIGHT_ROLES = EnumSet.of(Role.SUPERVISOR, Role.AUDITOR);

	private SocialOrgScope() {
	}

	/** Whether the user works at the registrar itself in one of the handling roles. */
	public static boolean isStaffOf(StaffUser user, String registrarCode) {
		return user.assignments()
			.stream()
			.anyMatch(a -> REGISTRAR_ROLES.contains(a.role()) && a.appliesTo(BusinessLine.SOCIALORG)
					&& a.orgUnitCode().equals(registrarCode));
	}

	public static boolean holds(StaffUser user, Role role, String registrarCode) {
		return user.assignments()
			.stream()
			.anyMatch(a -> a.role() == role && a.appliesTo(BusinessLine.SOCIALORG)
					&& a.orgUnitCode().equals(registrarCode));
	}

	public static boolean oversees(StaffUser user, String registrarCode) {
		return OVERSIGHT_ROLES.stream().anyMatch(role -> user.covers(BusinessLine.SOCIALORG, role, registrarCode));
	}

	static boolean isPartyOf(StaffUser user, String partyCode) {
		return partyCode != null && holds(user, Role.PARTY, partyCode);
	}

	public static boolean canSee(StaffUser user, Organisation organisation) {
		return isStaffOf(user, organisation.registrarCode()) || oversees(user, organisation.registrarCode())
				|| isPartyOf(user, organisation.supervisoryUnitCode());
	}

	/** The registrars whose organisations the user may list. */
	public static Set<String> registrars(StaffUser user) {
		Set<String> units = new HashSet<>();
		user.assignments()
			.stream()
			.filter(a -> REGISTRAR_ROLES.contains(a.role()) && a.appliesTo(BusinessLine.SOCIALORG))
			.forEach(a -> units.add(a.orgUnitCode()));
		OVERSIGHT_ROLES.forEach(role -> units.addAll(user.coverage(BusinessLine.SOCIALORG, role)));
		return units;
	}

	public static void requireVisible(StaffUser user, Organisation organisation) {
		if (organisation == null || !canSee(user, organisation)) {
			throw ApiException.notFound("ORGANISATION_NOT_FOUND", "社会组织不存在或无权查看");
		}
	}

}
