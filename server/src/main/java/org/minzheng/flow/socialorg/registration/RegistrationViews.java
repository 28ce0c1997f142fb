package org.minzheng.flow.socialorg.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.OrganisationType;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registration as its page shows it, to the registrar's staff, to those overseeing the
 * registrar, and to the business supervisory unit; the legal representative's ID number
 * is masked except for the registrar's own staff.
 */
@Service
public class RegistrationViews {

	private final RegistrationMapper registrations;

	private final OrganisationMapper organisations;

	private final OrgDirectory orgs;

	private final Workflow workflow;

	RegistrationViews(RegistrationMapper registrations, OrganisationMapper organisations, OrgDirectory orgs,
			Workflow workflow) {
		this.registrations = registrations;
		this.organisations = organisations;
		this.orgs = orgs;
		this.workflow = workflow;
	}

	@Transactional(readOnly = true)
	public RegistrationView of(String registrationNo, StaffUser user) {
		Registration registration = registrations.findByNo(registrationNo);
		Organisation organisation = registration == null ? null : organisations.find(registration.organisationId());
		if (organisation == null || !SocialOrgScope.canSee(user, organisation)) {
			throw ApiException.notFound("REGISTRATION_NOT_FOUND", "登记申请不存在或无权查看");
		}
		boolean staff = SocialOrgScope.isStaffOf(user, organisation.registrarCode());
		List<OpenStep> steps = registration.processInstanceId() == null ? List.of()
				: workflow.openTasks(registration.processInstanceId())
					.stream()
					.map(task -> new OpenStep(task.id(), task.taskKey(), task.name()))
					.toList();
		return new RegistrationView(registration.registrationNo(), registration.status(), organisation.name(),
				organisation.orgType(), organisation.managementMode(), organisation.registrarCode(),
				orgs.nameOf(organisation.registrarCode()), organisation.supervisoryUnitCode(),
				organisation.supervisoryUnitCode() == null ? null : orgs.nameOf(organisation.supervisoryUnitCode()),
				organisation.provinceEntrusted(), organisation.entrustmentBasis(), organisation.domicile(),
				organisation.capitalYuan(),
				staff ? organisation.legalRepName() : PersonalDataMasking.maskName(organisation.legalRepName()),
				org.minzheng.flow.shared.SealedText
					.mask(org.minzheng.flow.shared.SealedText.valueOf(organisation.legalRepIdNumber())),
				organisation.partyMembers(), registration.charterText(), registration.nameCheckNote(),
				registration.supplementRequested(), registration.missingMaterials(), registration.decisionDeadline(),
				registration.decision(), registration.decisionOpinion(), organisation.uscc(), registration.licenceNo(),
				registration.announcedAt(), registration.submittedAt(), registration.closedAt(), steps,
				fundsTerm(organisation.orgType()), registration.orgScope(),
				organisation.orgType() == OrganisationType.FOUNDATION ? registration.publicFundraising() : null,
				new Preparation(registration.preparationDecision(), registration.preparationOpinion(),
						registration.preparationDecidedAt(), registration.preparationExpiresOn(),
						registration.establishmentAppliedAt(), registration.foundingMeetingOn(),
						registration.foundingMeetingKind(), registration.individualMembers(),
						registration.unitMembers()));
	}

	/** An open step of the case. */
	public record OpenStep(String taskId, String taskKey, String name) {
	}

	/** What the registration page shows. */
	public record RegistrationView(String registrationNo, RegistrationStatus status, String name,
			OrganisationType orgType, String managementMode, String registrarCode, String registrarName,
			String supervisoryUnitCode, String supervisoryUnitName, boolean provinceEntrusted, String entrustmentBasis,
			String domicile, BigDecimal capitalYuan, String legalRepName, String legalRepIdNumber, Integer partyMembers,
			String charterText, String nameCheckNote, boolean supplementRequested, String missingMaterials,
			LocalDate decisionDeadline, String decision, String decisionOpinion, String uscc, String licenceNo,
			Instant announcedAt, Instant submittedAt, Instant closedAt, List<OpenStep> openSteps, String fundsTerm,
			String orgScope, Boolean publicFundraising, Preparation preparation) {
	}

	/**
	 * An association's first stage and its establishment application (all null for the
	 * other types and before the decision).
	 */
	public record Preparation(String decision, String opinion, Instant decidedAt, LocalDate expiresOn,
			Instant establishmentAppliedAt, LocalDate foundingMeetingOn, String foundingMeetingKind,
			Integer individualMembers, Integer unitMembers) {
	}

	/**
	 * The law's word for the funds of a type: ACTIVITY (活动资金), STARTUP (开办资金), ENDOWMENT
	 * (原始基金).
	 */
	static String fundsTerm(OrganisationType type) {
		return switch (type) {
			case ASSOCIATION -> "ACTIVITY";
			case SOCIAL_SERVICE -> "STARTUP";
			case FOUNDATION -> "ENDOWMENT";
		};
	}

}
