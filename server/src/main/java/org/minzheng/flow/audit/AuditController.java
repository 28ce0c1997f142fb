package org.minzheng.flow.audit;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgLevel;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditor views: the audit events of the units a user oversees, and the chain
 * verification (city bureau only, as it covers every district's rows).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	static final int MAX_PAGE_SIZE = 200;

	/** Roles that read the audit trail, each over the units it covers. */
	private static final Set<Role> READERS = EnumSet.of(Role.AUDITOR, Role.SUPERVISOR, Role.ADMIN);

	private static final Set<Role> VERIFIERS = EnumSet.of(Role.AUDITOR, Role.ADMIN);

	private final AuditTrail trail;

	private final AuditVerifier verifier;

	private final OrgDirectory orgs;

	AuditController(AuditTrail trail, AuditVerifier verifier, OrgDirectory orgs) {
		this.trail = trail;
		this.verifier = verifier;
		this.orgs = orgs;
	}

	@Access(roles = { Role.AUDITOR, Role.ADMIN })
	@GetMapping("/verify")
	AuditVerification verify() {
		StaffUser user = CurrentUser.get();
		boolean cityVerifier = user.assignments()
			.stream()
			.anyMatch(a -> VERIFIERS.contains(a.role())
					&& orgs.find(a.orgUnitCode()).filter(unit -> unit.level() == OrgLevel.CITY).isPresent());
		if (cityVerifier) {
			return verifier.verify();
		}
		if (user.assignments().stream().noneMatch(a -> VERIFIERS.contains(a.role()))) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有审计员或管理员可以校验审计链");
		}
		// the chain is city-wide: a district's auditor learns whether it is intact, not
		// where another unit's row was altered
		AuditVerification result = verifier.verify();
		return new AuditVerification(result.intact(), result.rowsChecked(), null, result.problem());
	}

	@Access(roles = { Role.AUDITOR, Role.SUPERVISOR, Role.ADMIN })
	@GetMapping("/events")
	AuditEventPage events(@RequestParam(required = false) String caseRef, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Paging.of(page, size, MAX_PAGE_SIZE);
		AuditScope scope = readableScope(CurrentUser.get());
		if (scope.isEmpty()) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有审计员、科长和管理员可以查看审计记录");
		}
		return trail.visible(scope, caseRef == null || caseRef.isBlank() ? null : caseRef, page, size);
	}

	/**
	 * Only the units covered by a reading role, and there only the rows of the lines it
	 * holds for: a clerk-and-auditor sees no audit rows of the clerk's street, a
	 * district's 低保 auditor none of its lottery cases. Where a reader holds every line
	 * (the city's line-less auditor) every row of the unit is read.
	 */
	static AuditScope readableScope(StaffUser user) {
		java.util.Map<BusinessLine, Set<String>> byLine = new java.util.EnumMap<>(BusinessLine.class);
		for (BusinessLine line : BusinessLine.values()) {
			Set<String> units = new LinkedHashSet<>();
			READERS.forEach(role -> units.addAll(user.coverage(line, role)));
			byLine.put(line, units);
		}
		Set<String> everyLine = new LinkedHashSet<>(byLine.get(BusinessLine.AID));
		byLine.values().forEach(everyLine::retainAll);
		Set<String> anyLine = new LinkedHashSet<>();
		byLine.values().forEach(anyLine::addAll);
		java.util.List<AuditScope.LineUnits> lines = new java.util.ArrayList<>();
		byLine.forEach((line, units) -> {
			Set<String> rest = new LinkedHashSet<>(units);
			rest.removeAll(everyLine);
			if (!rest.isEmpty()) {
				lines.add(new AuditScope.LineUnits(line.caseRefPrefixes().stream().map(p -> p + "%").toList(), rest));
			}
		});
		return new AuditScope(everyLine, lines, anyLine);
	}

}
