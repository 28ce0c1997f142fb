package org.minzheng.flow.socialorg.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.Csv;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.OrganisationType;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The credit lists and organisations as a user may read them, and the list export. */
@Service
public class CreditListQueries {

	private final OrganisationMapper organisations;

	private final CreditLists credit;

	private final org.minzheng.flow.audit.AuditTrail audit;

	private final java.time.Clock clock;

	private final CreditListings listings;

	CreditListQueries(OrganisationMapper organisations, CreditLists credit, org.minzheng.flow.audit.AuditTrail audit,
			java.time.Clock clock, CreditListings listings) {
		this.listings = listings;
		this.organisations = organisations;
		this.credit = credit;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Organisations of the registrars the user may see, optionally in one credit state.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationRow> list(StaffUser user, CreditState state, int page, int size) {
		Set<String> registrars = SocialOrgScope.registrars(user);
		if (registrars.isEmpty()) {
			return List.of();
		}
		return organisations.list(registrars, state, null, page * size, size)
			.stream()
			.map(CreditListQueries::row)
			.toList();
	}

	@Transactional(readOnly = true)
	public OrganisationDetail detail(long id, StaffUser user) {
		Organisation organisation = organisations.find(id);
		SocialOrgScope.requireVisible(user, organisation);
		return new OrganisationDetail(row(organisation), credit.history(id));
	}

	/**
	 * CSV of a credit list (UTF-8 with BOM, so spreadsheet programs read the Chinese).
	 */
	@Transactional(readOnly = true)
	public String export(StaffUser user, CreditState state) {
		StringBuilder csv = new StringBuilder("\uFEFF统一社会信用代码,名称,类型,登记管理机关,名录,列入日期\n");
		for (OrganisationRow row : list(user, state, 0, 100_000)) {
			csv.append(Csv.cell(row.uscc()))
				.append(',')
				.append(Csv.cell(row.name()))
				.append(',')
				.append(row.orgType().label())
				.append(',')
				.append(row.registrarCode())
				.append(',')
				.append(CreditLists.label(row.creditState()))
				.append(',')
				.append(row.creditSince() == null ? "" : row.creditSince())
				.append('\n');
		}
		return csv.toString();
	}

	/** A registrar's approver or supervisor lifts a listing by hand, with a reason. */
	@Transactional
	public OrganisationDetail remove(long id, String reason, StaffUser user) {
		Organisation organisation = organisations.find(id);
		SocialOrgScope.requireVisible(user, organisation);
		Role role = SocialOrgScope.holds(user, Role.APPROVER, organisation.registrarCode()) ? Role.APPROVER
				: SocialOrgScope.holds(user, Role.SUPERVISOR, organisation.registrarCode()) ? Role.SUPERVISOR : null;
		if (role == null) {
			throw ApiException.forbidden("NOT_REGISTRAR_APPROVER", "只有登记管理机关的审批人或科长可以移出名录");
		}
		credit.removeByRegistrar(id, reason, new CreditLists.Actor(user.username(), role.name()));
		return detail(id, user);
	}

	/**
	 * Records a registered letter (挂号信) to the organisation's registered domicile that
	 * came back undelivered. The second such letter since its last move on the lists
	 * opens a listing case (unreachable) for a normal organisation.
	 */
	@Transactional
	public OrganisationDetail recordReturnedLetter(long id, String trackingNo, LocalDate sentOn, LocalDate returnedOn,
			StaffUser user) {
		Organisation organisation = organisations.find(id);
		SocialOrgScope.requireVisible(user, organisation);
		Role role = java.util.stream.Stream.of(Role.CLERK, Role.REVIEWER, Role.APPROVER)
			.filter(r -> SocialOrgScope.holds(user, r, organisation.registrarCode()))
			.findFirst()
			.orElseThrow(() -> ApiException.forbidden("NOT_REGISTRAR_STAFF", "只有登记管理机关的工作人员可以登记退回的挂号信"));
		LocalDate today = LocalDate.now(clock);
		if (returnedOn.isBefore(sentOn)) {
			throw ApiException.badRequest("LETTER_DATES", "returnedOn", "退回日期不能早于寄出日期");
		}
		if (returnedOn.isAfter(today)) {
			throw ApiException.badRequest("LETTER_DATES", "returnedOn", "退回日期不能晚于今天");
		}
		String number = trackingNo.strip();
		if (organisations.countLetter(id, number) > 0) {
			throw ApiException.conflict("LETTER_DUPLICATE", "该挂号信已登记：{0}", number);
		}
		organisations.insertReturnedLetter(id, number, sentOn, returnedOn, user.username(), clock.instant());
		audit.record(new AuditRecord(user.username(), role.name(), organisation.registrarCode(), null,
				"SOCIALORG_LETTER_RETURNED",
				organisation.name() + "：挂号信 " + number + "（" + sentOn + " 寄出）于 " + returnedOn + " 被退回", null));
		int returned = organisations.returnedSinceLastMove(id);
		if (returned >= 2 && organisation.creditState() == CreditState.NORMAL) {
			listings.open(id, CreditReason.UNREACHABLE, "通过登记的住所无法联系：" + returned + " 封挂号信被退回（最近一封 " + number + "）",
					null);
		}
		return detail(id, user);
	}

	private static OrganisationRow row(Organisation o) {
		return new OrganisationRow(o.id(), o.name(), o.uscc(), o.orgType(), o.managementMode(), o.registrarCode(),
				o.supervisoryUnitCode(), o.status(), o.creditState(), o.creditSince(), o.registeredOn());
	}

	/** An organisation as lists show it. */
	public record OrganisationRow(long id, String name, String uscc, OrganisationType orgType, String managementMode,
			String registrarCode, String supervisoryUnitCode, String status, CreditState creditState,
			LocalDate creditSince, LocalDate registeredOn) {
	}

	/** An organisation with its moves on the credit lists. */
	public record OrganisationDetail(OrganisationRow organisation, List<CreditTransition> creditHistory) {
	}

}
