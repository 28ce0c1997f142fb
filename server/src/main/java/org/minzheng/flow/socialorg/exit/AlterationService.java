package org.minzheng.flow.socialorg.exit;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.socialorg.SocialOrgChangeProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgDeregistrationProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.SocialOrgCases;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.socialorg.registration.RegistrationService;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code SocialOrgChangeProcess} and
 * {@code SocialOrgDeregistrationProcess}: a registered organisation's change of domicile
 * or legal representative, or its voluntary deregistration with a liquidation report.
 */
@Service
public class AlterationService {

	private final ExitMapper exits;

	private final OrganisationMapper organisations;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	AlterationService(ExitMapper exits, OrganisationMapper organisations, Workflow workflow, AuditTrail audit,
			Clock clock) {
		this.exits = exits;
		this.organisations = organisations;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public String change(long organisationId, ChangeRequest request, StaffUser clerk) {
		String domicile = RegistrationService.blankToNull(request.domicile());
		String repName = RegistrationService.blankToNull(request.legalRepName());
		String repId = RegistrationService.blankToNull(request.legalRepIdNumber());
		if (domicile == null && repName == null) {
			throw ApiException.badRequest("NOTHING_TO_CHANGE", "domicile", "请填写需变更的住所或法定代表人");
		}
		if ((repName == null) != (repId == null)) {
			throw ApiException.badRequest("FIELD_REQUIRED", "legalRepIdNumber", "变更法定代表人须同时填写姓名和身份证号码");
		}
		if (repId != null) {
			CitizenIdNumber.problem(repId).ifPresent(problem -> {
				throw ApiException.badRequest("ID_NUMBER_INVALID", "legalRepIdNumber", "法定代表人身份证号码：{0}",
						problem.text());
			});
			repId = CitizenIdNumber.of(repId).value();
		}
		return start(organisationId, Alteration.CHANGE, domicile, repName, repId, null, clerk);
	}

	@Transactional
	public String deregister(long organisationId, DeregistrationRequest request, StaffUser clerk) {
		return start(organisationId, Alteration.DEREGISTRATION, null, null, null, request.liquidationReportNo().strip(),
				clerk);
	}

	private String start(long organisationId, String kind, String domicile, String repName, String repId,
			String liquidationReport, StaffUser clerk) {
		Organisation organisation = organisations.find(organisationId);
		SocialOrgScope.requireVisible(clerk, organisation);
		if (!SocialOrgScope.holds(clerk, Role.CLERK, organisation.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该登记管理机关的受理人员");
		}
		if (!Organisation.REGISTERED.equals(organisation.status())) {
			throw ApiException.conflict("NOT_REGISTERED", "该组织不在登记状态");
		}
		if (exits.countOpenAlterations(organisationId) > 0) {
			throw ApiException.conflict("ALTERATION_IN_PROGRESS", "该组织已有正在办理的变更或注销申请");
		}
		OrganisationMapper.Key key = new OrganisationMapper.Key();
		exits.insertAlteration(key, "NEW-" + java.util.UUID.randomUUID(),
				new Alteration(0, null, organisationId, kind, null, domicile, repName,
						org.minzheng.flow.shared.SealedText.of(repId), liquidationReport, null, clerk.username(),
						clock.instant(), null));
		boolean change = Alteration.CHANGE.equals(kind);
		String no = (change ? SocialOrgCases.CHANGE_PREFIX : SocialOrgCases.DEREGISTRATION_PREFIX)
				+ "%s-%d-%06d".formatted(organisation.registrarCode(), Year.now(clock).getValue(), key.id);
		exits.setAlterationNo(key.id, no);
		audit.record(clerk, Role.CLERK, organisation.registrarCode(), no,
				change ? "SOCIALORG_CHANGE_SUBMITTED" : "SOCIALORG_DEREGISTRATION_SUBMITTED",
				(change ? "受理变更登记申请：" : "受理注销登记申请：") + organisation.name(), null);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SocialOrgChangeProcess.VAR_ALTERATION_ID, key.id);
		variables.put(SocialOrgChangeProcess.VAR_REGISTRAR_CODE, organisation.registrarCode());
		variables.put(SocialOrgChangeProcess.VAR_MANAGEMENT_MODE, organisation.managementMode());
		variables.put(SocialOrgChangeProcess.VAR_SUPERVISORY_UNIT_CODE, organisation.supervisoryUnitCode());
		exits.setAlterationProcess(key.id,
				workflow.start(change ? SocialOrgChangeProcess.PROCESS_KEY : SocialOrgDeregistrationProcess.PROCESS_KEY,
						no, variables));
		return no;
	}

	@Transactional(readOnly = true)
	public AlterationView view(String no, StaffUser user) {
		Alteration alteration = exits.alterationByNo(no);
		Organisation organisation = alteration == null ? null : organisations.find(alteration.organisationId());
		if (organisation == null || !SocialOrgScope.canSee(user, organisation)) {
			throw ApiException.notFound("ALTERATION_NOT_FOUND", "申请不存在或无权查看");
		}
		return new AlterationView(alteration.alterationNo(), alteration.kind(), alteration.status(), organisation.id(),
				organisation.name(), organisation.status(), organisation.domicile());
	}

	/** 变更登记: a new domicile and/or a new legal representative. */
	record ChangeRequest(@Size(max = 300) String domicile, @Size(max = 100) String legalRepName,
			@Size(max = 18) String legalRepIdNumber) {
	}

	/** 注销登记 with the liquidation report (清算报告). */
	record DeregistrationRequest(@NotBlank @Size(max = 100) String liquidationReportNo) {
	}

	/** A change or deregistration as its page shows it. */
	record AlterationView(String alterationNo, String kind, String status, long organisationId, String organisationName,
			String organisationStatus, String domicile) {
	}

}
