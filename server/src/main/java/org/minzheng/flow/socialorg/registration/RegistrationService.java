package org.minzheng.flow.socialorg.registration;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.minzheng.flow.audit.AuditTrail;
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
				clerk.username(), clock.instant());
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
