package org.minzheng.flow.socialorg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.socialorg.annual.AnnualReportMapper;
import org.minzheng.flow.socialorg.exit.ExitMapper;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckMapper;
import org.springframework.stereotype.Component;

/**
 * Where a social-organisation record lives for the permission check, exactly as
 * {@link SocialOrgScope} draws it: a registrar's records are handled by its own clerks,
 * reviewers and approvers (at the registrar itself: the city's registrar does not handle
 * a district's organisations, nor the reverse), overseen by supervisors and auditors at
 * the registrar or above, and an organisation's file is shown to its business supervisory
 * unit.
 *
 * <p>
 * A role covers the units below the one it is held at, but a registrar's staff act only
 * at their own unit; so the targets name the exact candidate groups of those who may
 * reach the record ({@code socialorg-clerk@440308}, {@code socialorg-supervisor@440300},
 * {@code socialorg-party@SO-SU-0001}) rather than units. Kinds:
 * <ul>
 * <li>{@code socialorg-organisation} (by id), {@code socialorg-registration},
 * {@code socialorg-annual-report}, {@code socialorg-alteration}: whoever may read the
 * organisation's file (registrar's staff, oversight, supervisory unit);</li>
 * <li>{@code socialorg-spot-check}, {@code socialorg-exit-batch}: the registrar's staff
 * and oversight (a supervisory unit takes no part);</li>
 * <li>each {@code …-registrar} kind: the registrar's own clerks, reviewers, approvers and
 * supervisors only, for acts (the endpoint's roles choose among them).</li>
 * </ul>
 */
@Component
class SocialOrgAccessTargets implements AccessTargets {

	static final String ORGANISATION = "socialorg-organisation";

	static final String REGISTRATION = "socialorg-registration";

	static final String ANNUAL_REPORT = "socialorg-annual-report";

	static final String ALTERATION = "socialorg-alteration";

	static final String SPOT_CHECK = "socialorg-spot-check";

	static final String SPOT_CHECK_ITEM = "socialorg-spot-check-item";

	static final String EXIT_BATCH = "socialorg-exit-batch";

	static final String EXIT_CASE = "socialorg-exit-case";

	static final String CREDIT_LISTING = "socialorg-credit-listing";

	/** Suffix of the kinds for acts: the registrar's own staff only. */
	static final String REGISTRAR = "-registrar";

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final AnnualReportMapper reports;

	private final ExitMapper exits;

	private final SpotCheckMapper spotChecks;

	private final OrgDirectory orgs;

	private final org.minzheng.flow.socialorg.credit.CreditListingMapper listings;

	SocialOrgAccessTargets(OrganisationMapper organisations, RegistrationMapper registrations,
			AnnualReportMapper reports, ExitMapper exits, SpotCheckMapper spotChecks, OrgDirectory orgs,
			org.minzheng.flow.socialorg.credit.CreditListingMapper listings) {
		this.listings = listings;
		this.organisations = organisations;
		this.registrations = registrations;
		this.reports = reports;
		this.exits = exits;
		this.spotChecks = spotChecks;
		this.orgs = orgs;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(kind(ORGANISATION, "ORGANISATION_NOT_FOUND", "社会组织不存在或无权查看"),
				kind(ORGANISATION + REGISTRAR, "ORGANISATION_NOT_FOUND", "社会组织不存在或无权查看"),
				kind(REGISTRATION, "REGISTRATION_NOT_FOUND", "登记申请不存在或无权查看"),
				kind(REGISTRATION + REGISTRAR, "REGISTRATION_NOT_FOUND", "登记申请不存在或无权查看"),
				kind(ANNUAL_REPORT, "REPORT_NOT_FOUND", "年度报告不存在或无权查看"),
				kind(ANNUAL_REPORT + REGISTRAR, "REPORT_NOT_FOUND", "年度报告不存在或无权查看"),
				kind(ALTERATION, "ALTERATION_NOT_FOUND", "申请不存在或无权查看"),
				kind(SPOT_CHECK, "SPOT_CHECK_NOT_FOUND", "抽查不存在或无权查看"),
				kind(SPOT_CHECK_ITEM + REGISTRAR, "SPOT_CHECK_NOT_FOUND", "抽查不存在或无权查看"),
				kind(EXIT_BATCH, "EXIT_BATCH_NOT_FOUND", "批次不存在或无权查看"),
				kind(EXIT_BATCH + REGISTRAR, "EXIT_BATCH_NOT_FOUND", "批次不存在或无权查看"),
				kind(EXIT_CASE + REGISTRAR, "EXIT_CASE_NOT_FOUND", "撤销登记案件不存在或无权查看"),
				kind(CREDIT_LISTING + REGISTRAR, "CREDIT_LISTING_NOT_FOUND", "列入案件不存在或无权查看"));
	}

	private Kind kind(String name, String notFoundCode, String notFoundMessage) {
		return new Kind(name, id -> find(name, id), notFoundCode, notFoundMessage);
	}

	private Optional<Target> find(String kind, String id) {
		boolean registrarOnly = kind.endsWith(REGISTRAR);
		Optional<Place> place = switch (base(kind)) {
			case ORGANISATION -> id.matches("\\d{1,18}") ? organisation(Long.parseLong(id)) : Optional.empty();
			case REGISTRATION ->
				Optional.ofNullable(registrations.findByNo(id)).flatMap(r -> organisation(r.organisationId()));
			case ANNUAL_REPORT ->
				Optional.ofNullable(reports.findByNo(id)).flatMap(r -> organisation(r.organisationId()));
			case ALTERATION ->
				Optional.ofNullable(exits.alterationByNo(id)).flatMap(a -> organisation(a.organisationId()));
			case SPOT_CHECK ->
				Optional.ofNullable(spotChecks.findByNo(id)).map(c -> new Place(c.registrarCode(), null));
			case SPOT_CHECK_ITEM -> Optional.ofNullable(spotChecks.findItemByNo(id))
				.map(item -> spotChecks.find(item.spotCheckId()))
				.map(c -> new Place(c.registrarCode(), null));
			case EXIT_BATCH -> Optional.ofNullable(exits.batch(id)).map(b -> new Place(b.registrarCode(), null));
			case EXIT_CASE -> Optional.ofNullable(exits.candidateByNo(id))
				.map(c -> exits.batch(c.caseNo().substring(0, c.caseNo().lastIndexOf('-'))))
				.map(b -> new Place(b.registrarCode(), null));
			case CREDIT_LISTING ->
				Optional.ofNullable(listings.findByNo(id)).map(l -> new Place(l.registrarCode(), null));
			default -> Optional.empty();
		};
		return place.map(p -> new Target(BusinessLine.SOCIALORG, Set.of(p.registrarCode()),
				registrarOnly ? registrarStaff(p.registrarCode()) : readers(p), null));
	}

	private static String base(String kind) {
		return kind.endsWith(REGISTRAR) ? kind.substring(0, kind.length() - REGISTRAR.length()) : kind;
	}

	private Optional<Place> organisation(long id) {
		return Optional.ofNullable(organisations.find(id))
			.map(o -> new Place(o.registrarCode(), o.supervisoryUnitCode()));
	}

	/**
	 * The registrar's staff at the registrar itself, supervisors and auditors at the
	 * registrar or a unit above it, and the supervisory unit's users.
	 */
	private Set<String> readers(Place place) {
		Set<String> groups = new LinkedHashSet<>();
		for (Role role : SocialOrgScope.REGISTRAR_ROLES) {
			groups.add(group(role, place.registrarCode()));
		}
		for (String unit = place.registrarCode(); unit != null; unit = orgs.find(unit)
			.map(OrgUnit::parentCode)
			.orElse(null)) {
			for (Role role : SocialOrgScope.OVERSIGHT_ROLES) {
				groups.add(group(role, unit));
			}
		}
		if (place.supervisoryUnitCode() != null) {
			groups.add(group(Role.PARTY, place.supervisoryUnitCode()));
		}
		return groups;
	}

	/** The registrar's own clerks, reviewers, approvers and supervisors. */
	private static Set<String> registrarStaff(String registrarCode) {
		Set<String> groups = new LinkedHashSet<>();
		for (Role role : SocialOrgScope.REGISTRAR_ROLES) {
			groups.add(group(role, registrarCode));
		}
		groups.add(group(Role.SUPERVISOR, registrarCode));
		return groups;
	}

	private static String group(Role role, String unit) {
		return role.group(BusinessLine.SOCIALORG.code(), unit);
	}

	/**
	 * Where a record lives: its registrar and, for an organisation's file, its
	 * supervisory unit.
	 */
	private record Place(String registrarCode, String supervisoryUnitCode) {
	}

}
