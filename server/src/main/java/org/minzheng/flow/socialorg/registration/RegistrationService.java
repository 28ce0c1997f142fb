package org.minzheng.flow.socialorg.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgLevel;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.socialorg.SocialOrgProcesses.ManagementMode;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.OrganisationType;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts and correlates {@code SocialOrgRegistrationProcess}: records
 * an application at the registrar's window and delivers the one-time supplement.
 */
@Service
public class RegistrationService {

	private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

	/** Prefix of the codes of business supervisory units (external parties). */
	static final String SUPERVISORY_UNIT_PREFIX = "SO-SU-";

	/** 地方性 (also 跨行政区域): the only scope a city or district registrar registers. */
	static final String SCOPE_LOCAL = "LOCAL";

	/** 全国性: registered by the ministry (《社会团体登记管理条例》第七条). */
	static final String SCOPE_NATIONAL = "NATIONAL";

	/** 会员大会, 会员代表大会. */
	static final java.util.Set<String> FOUNDING_MEETINGS = java.util.Set.of("GENERAL_ASSEMBLY",
			"REPRESENTATIVE_ASSEMBLY");

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final OrgDirectory orgs;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	RegistrationService(OrganisationMapper organisations, RegistrationMapper registrations, OrgDirectory orgs,
			Workflow workflow, AuditTrail audit, Clock clock) {
		this.organisations = organisations;
		this.registrations = registrations;
		this.orgs = orgs;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the application and starts its process; the name check runs at once, so the
	 * returned registration may already be closed as {@code NAME_REJECTED}.
	 */
	@Transactional
	public String submit(SubmitRegistration request, StaffUser clerk) {
		OrgUnit registrar = orgs.find(request.registrarCode())
			.filter(unit -> unit.level() == OrgLevel.CITY || unit.level() == OrgLevel.DISTRICT)
			.orElseThrow(() -> ApiException.badRequest("UNKNOWN_REGISTRAR", "registrarCode", "登记管理机关不存在（须为市或区民政局）"));
		if (!SocialOrgScope.holds(clerk, Role.CLERK, registrar.code())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该登记管理机关的受理人员");
		}
		ManagementMode mode = mode(request.managementMode());
		String supervisor = blankToNull(request.supervisoryUnitCode());
		if (mode == ManagementMode.DUAL) {
			boolean external = supervisor != null && supervisor.startsWith(SUPERVISORY_UNIT_PREFIX)
					&& orgs.find(supervisor).filter(OrgUnit::isExternal).isPresent();
			if (!external) {
				throw ApiException.badRequest("UNKNOWN_SUPERVISORY_UNIT", "supervisoryUnitCode", "双重管理须选择业务主管单位");
			}
		}
		else if (supervisor != null) {
			throw ApiException.badRequest("FIELD_NOT_APPLICABLE", "supervisoryUnitCode", "直接登记的组织没有业务主管单位");
		}
		if (request.provinceEntrusted() && (request.orgType() != OrganisationType.FOUNDATION
				|| registrar.level() != OrgLevel.CITY || blankToNull(request.entrustmentBasis()) == null)) {
			throw ApiException.badRequest("ENTRUSTMENT_INVALID", "entrustmentBasis",
					"只有省民政厅委托市民政局登记的基金会可标记为受托登记，且须写明委托依据");
		}
		String scope = scope(request.orgScope());
		boolean publicFundraising = publicFundraising(request);
		CitizenIdNumber.problem(request.legalRepIdNumber()).ifPresent(problem -> {
			throw ApiException.badRequest("ID_NUMBER_INVALID", "legalRepIdNumber", "法定代表人身份证号码：{0}", problem.text());
		});
		OrganisationMapper.Key organisation = new OrganisationMapper.Key();
		organisations.insert(organisation, request.name().strip(), request.orgType(), mode.name(), registrar.code(),
				supervisor, request.provinceEntrusted(), blankToNull(request.entrustmentBasis()),
				request.domicile().strip(), request.capitalYuan(), request.legalRepName().strip(),
				CitizenIdNumber.of(request.legalRepIdNumber()).value(), request.partyMembers(), clock.instant());
		OrganisationMapper.Key registration = new OrganisationMapper.Key();
		registrations.insert(registration, "NEW-" + UUID.randomUUID(), organisation.id, request.charterText(),
				clerk.username(), clock.instant(), scope, publicFundraising);
		String number = "SO-REG-%s-%d-%06d".formatted(registrar.code(), Year.now(clock).getValue(), registration.id);
		registrations.setNumber(registration.id, number);
		audit.record(clerk, Role.CLERK, registrar.code(), number, "SOCIALORG_REGISTRATION_SUBMITTED",
				"受理成立登记申请：" + request.name().strip() + "（" + request.orgType().label() + "，"
						+ (mode == ManagementMode.DUAL ? "双重管理" : "直接登记") + "）",
				null);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SocialOrgRegistrationProcess.VAR_REGISTRATION_ID, registration.id);
		variables.put(SocialOrgRegistrationProcess.VAR_REGISTRAR_CODE, registrar.code());
		variables.put(SocialOrgRegistrationProcess.VAR_MANAGEMENT_MODE, mode.name());
		variables.put(SocialOrgRegistrationProcess.VAR_SUPERVISORY_UNIT_CODE, supervisor);
		variables.put(SocialOrgRegistrationProcess.VAR_ORG_TYPE, request.orgType().name());
		String processInstanceId = workflow.start(SocialOrgRegistrationProcess.PROCESS_KEY, number, variables);
		registrations.setProcessInstance(registration.id, processInstanceId);
		log.info("[{}] registration submitted at {}", number, registrar.code());
		return number;
	}

	/** The applicant brought the materials listed in the one-time supplement request. */
	@Transactional
	public void supplementReceived(String registrationNo, String note, StaffUser clerk) {
		Registration registration = registrations.findByNo(registrationNo);
		Organisation organisation = registration == null ? null : organisations.find(registration.organisationId());
		SocialOrgScope.requireVisible(clerk, organisation);
		if (!SocialOrgScope.holds(clerk, Role.CLERK, organisation.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该登记管理机关的受理人员");
		}
		audit.record(clerk, Role.CLERK, organisation.registrarCode(), registrationNo, "SOCIALORG_SUPPLEMENT_RECEIVED",
				"收到补正材料", note);
		if (!workflow.correlate(SocialOrgRegistrationProcess.MESSAGE_SUPPLEMENT_RECEIVED, registrationNo, Map.of())) {
			throw ApiException.conflict("NOT_AWAITING_SUPPLEMENT", "该申请当前不在等待补正材料");
		}
	}

	/**
	 * 成立登记申请 of an association that prepares: the founding meeting adopted the charter
	 * and elected the officers (《社会团体登记管理条例》第十四条); the decision is due within this
	 * process version's limit (30 days, 第十五条).
	 */
	@Transactional
	public void applyEstablishment(String registrationNo, ApplyEstablishment request, StaffUser clerk) {
		Registration registration = registrations.findByNo(registrationNo);
		Organisation organisation = registration == null ? null : organisations.find(registration.organisationId());
		SocialOrgScope.requireVisible(clerk, organisation);
		if (!SocialOrgScope.holds(clerk, Role.CLERK, organisation.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该登记管理机关的受理人员");
		}
		if (registration.status() != RegistrationStatus.PREPARING) {
			throw ApiException.conflict("NOT_PREPARING", "该申请不在筹备期，不能提交成立登记申请");
		}
		if (!FOUNDING_MEETINGS.contains(request.foundingMeetingKind())) {
			throw ApiException.badRequest("INVALID_OPTION", "foundingMeetingKind",
					"成立大会须为 GENERAL_ASSEMBLY（会员大会）或 REPRESENTATIVE_ASSEMBLY（会员代表大会）");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate approved = LocalDate.ofInstant(registration.preparationDecidedAt(), WorkingDayCalendar.ZONE);
		if (request.foundingMeetingOn().isAfter(today) || request.foundingMeetingOn().isBefore(approved)) {
			throw ApiException.badRequest("FOUNDING_MEETING_DATE_INVALID", "foundingMeetingOn",
					"会员大会（会员代表大会）须在准予筹备之后、申请之日之前召开");
		}
		int days = Integer.parseInt(workflow
			.processProperty(registration.processInstanceId(),
					SocialOrgRegistrationProcess.PROPERTY_ESTABLISHMENT_DECISION_LIMIT_CALENDAR_DAYS)
			.orElseThrow(() -> new IllegalStateException("process has no establishment decision limit")));
		registration.status().moveTo(RegistrationStatus.ESTABLISHMENT_APPLIED);
		if (registrations.applyEstablishment(registration.id(), clock.instant(), request.foundingMeetingOn(),
				request.foundingMeetingKind(), request.individualMembers(), request.unitMembers(),
				request.charterText(), today.plusDays(days)) == 0) {
			throw ApiException.conflict("NOT_PREPARING", "该申请不在筹备期，不能提交成立登记申请");
		}
		audit.record(clerk, Role.CLERK, organisation.registrarCode(), registrationNo, "SOCIALORG_ESTABLISHMENT_APPLIED",
				"受理成立登记申请（筹备完成，" + request.foundingMeetingOn() + " 召开成立大会）", null);
		if (!workflow.correlate(SocialOrgRegistrationProcess.MESSAGE_ESTABLISHMENT_APPLIED, registrationNo, Map.of())) {
			throw ApiException.conflict("NOT_PREPARING", "该申请不在筹备期，不能提交成立登记申请");
		}
		log.info("[{}] establishment applied", registrationNo);
	}

	private static String scope(String raw) {
		String scope = raw == null || raw.isBlank() ? SCOPE_LOCAL : raw.strip();
		if (SCOPE_NATIONAL.equals(scope)) {
			throw ApiException.badRequest("NATIONAL_SCOPE_NOT_HERE", "orgScope", "全国性社会组织由国务院民政部门登记，不在本登记管理机关登记");
		}
		if (!SCOPE_LOCAL.equals(scope)) {
			throw ApiException.badRequest("INVALID_OPTION", "orgScope", "活动地域须为 LOCAL（地方性）或 NATIONAL（全国性）");
		}
		return scope;
	}

	/** Only a foundation says whether it seeks public fundraising, and it must. */
	private static boolean publicFundraising(SubmitRegistration request) {
		if (request.orgType() == OrganisationType.FOUNDATION) {
			if (request.publicFundraising() == null) {
				throw ApiException.badRequest("PUBLIC_FUNDRAISING_REQUIRED", "publicFundraising", "基金会须说明是否申请公开募捐");
			}
			return request.publicFundraising();
		}
		if (Boolean.TRUE.equals(request.publicFundraising())) {
			throw ApiException.badRequest("FIELD_NOT_APPLICABLE", "publicFundraising", "只有基金会填写是否公开募捐");
		}
		return false;
	}

	private static ManagementMode mode(String raw) {
		try {
			return ManagementMode.valueOf(raw);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("INVALID_OPTION", "managementMode", "管理体制须为 DIRECT（直接登记）或 DUAL（双重管理）");
		}
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
