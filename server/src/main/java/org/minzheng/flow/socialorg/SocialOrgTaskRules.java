package org.minzheng.flow.socialorg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.StatusFlow;
import org.minzheng.flow.socialorg.annual.AnnualReport;
import org.minzheng.flow.socialorg.annual.AnnualReportMapper;
import org.minzheng.flow.socialorg.credit.CreditListings;
import org.minzheng.flow.socialorg.exit.ExitCandidate;
import org.minzheng.flow.socialorg.exit.ExitMapper;
import org.minzheng.flow.socialorg.registration.Registration;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.minzheng.flow.socialorg.registration.RegistrationStatus;
import org.minzheng.flow.socialorg.spotcheck.SpotCheck;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckDraw;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckItem;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckMapper;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The rules of the socialorg steps beyond their forms: the supplement only once, the
 * 60-day decision limit starting at acceptance, the charter checked against the model
 * charter's required clauses, the minimum funds of the type and scope (活动资金, 开办资金, 原始基金;
 * data in {@code so_funds_minimum}), an association's members at establishment, the
 * preparation and registration decisions recorded; only a drawn inspector inspects.
 */
@Component
class SocialOrgTaskRules implements TaskRules {

	/**
	 * An association's members (《社会团体登记管理条例》第十条第一款第一项): 50 individual or 30 institutional
	 * members; mixed, at least 50 in all.
	 */
	static final int MIN_INDIVIDUAL_MEMBERS = 50;

	static final int MIN_UNIT_MEMBERS = 30;

	private final RegistrationMapper registrations;

	private final OrganisationMapper organisations;

	private final AnnualReportMapper reports;

	private final SpotCheckMapper spotChecks;

	private final Workflow workflow;

	private final ExitMapper exits;

	private final Clock clock;

	private final CreditListings listings;

	SocialOrgTaskRules(RegistrationMapper registrations, OrganisationMapper organisations, AnnualReportMapper reports,
			SpotCheckMapper spotChecks, Workflow workflow, ExitMapper exits, Clock clock, CreditListings listings) {
		this.listings = listings;
		this.exits = exits;
		this.registrations = registrations;
		this.organisations = organisations;
		this.reports = reports;
		this.spotChecks = spotChecks;
		this.workflow = workflow;
		this.clock = clock;
	}

	/** The processes whose tasks these rules govern. */
	static final java.util.Set<String> PROCESS_KEYS = java.util.Set.of(
			org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgChangeProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgDeregistrationProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess.PROCESS_KEY,
			SocialOrgCreditListingProcess.PROCESS_KEY);

	@Override
	public boolean handles(String processKey) {
		return PROCESS_KEYS.contains(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		String caseRef = completion.task().businessKey();
		switch (completion.task().processKey()) {
			case SocialOrgRegistrationProcess.PROCESS_KEY -> registration(registrations.findByNo(caseRef), completion);
			case SocialOrgAnnualReportProcess.PROCESS_KEY -> annualReport(reports.findByNo(caseRef), completion);
			case SocialOrgSpotCheckProcess.PROCESS_KEY -> spotCheck(spotChecks.findItemByNo(caseRef), completion);
			case SocialOrgCreditListingProcess.PROCESS_KEY -> creditListing(caseRef, completion);
			case org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess.PROCESS_KEY -> {
				if (org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess.TASK_HEARING
					.equals(completion.task().taskKey())) {
					ExitCandidate candidate = exits.candidateByNo(caseRef);
					exits.setHearingNote(candidate.id(), completion.data().get("opinion"));
				}
			}
			default -> {
			}
		}
	}

	/**
	 * 信用名单列入: the reviewer's facts; the approver's written decision (reasons, and the
	 * document number when it lists).
	 */
	private void creditListing(String listingNo, TaskCompletion completion) {
		String opinion = completion.data().get(SocialOrgCreditListingProcess.FIELD_OPINION);
		switch (completion.task().taskKey()) {
			case SocialOrgCreditListingProcess.TASK_PROPOSAL -> listings.proposed(listingNo, opinion);
			case SocialOrgCreditListingProcess.TASK_DECISION ->
				listings.decided(listingNo, completion.data().get(SocialOrgCreditListingProcess.VAR_DECISION), opinion,
						completion.data().get(SocialOrgCreditListingProcess.FIELD_DOCUMENT_NO),
						completion.user().username());
			default -> {
			}
		}
	}

	private void registration(Registration registration, TaskCompletion completion) {
		String decision = completion.decision();
		String opinion = completion.data().get(SocialOrgRegistrationProcess.FIELD_OPINION);
		switch (completion.task().taskKey()) {
			case SocialOrgRegistrationProcess.TASK_ACCEPTANCE -> {
				if ("SUPPLEMENT".equals(decision) && registrations.requestSupplement(registration.id(),
						completion.data().get(SocialOrgRegistrationProcess.FIELD_MISSING_MATERIALS)) == 0) {
					throw ApiException.badRequest("SUPPLEMENT_ONCE",
							SocialOrgRegistrationProcess.VAR_ACCEPTANCE_DECISION, "已一次性告知过补正材料，不得再次要求补正：请受理或不予受理");
				}
				if ("ACCEPT".equals(decision) && registration.acceptedAt() == null) {
					int days = Integer.parseInt(workflow
						.processProperty(completion.task(),
								SocialOrgRegistrationProcess.PROPERTY_DECISION_LIMIT_CALENDAR_DAYS)
						.orElseThrow(() -> new IllegalStateException("process has no decision limit")));
					registrations.accept(registration.id(), clock.instant(), LocalDate.now(clock).plusDays(days));
				}
			}
			case SocialOrgRegistrationProcess.TASK_REVIEW -> {
				if ("PASS".equals(decision)) {
					review(registration);
				}
			}
			case SocialOrgRegistrationProcess.TASK_PREPARATION_DECISION -> {
				if (registrations.decidePreparation(registration.id(), decision, opinion, completion.user().username(),
						clock.instant()) == 0) {
					throw ApiException.conflict("ALREADY_DECIDED", "该申请已作出登记决定");
				}
			}
			case SocialOrgRegistrationProcess.TASK_ESTABLISHMENT_REVIEW -> {
				if ("PASS".equals(decision)) {
					charter(registration);
					members(registration);
				}
				else if ("RETURN".equals(decision) && registrations.transition(registration.id(), registration.status(),
						registration.status().moveTo(RegistrationStatus.PREPARING)) == 0) {
					throw ApiException.conflict(StatusFlow.TRANSITION_INVALID, "案件状态已变化，不能从 {0} 变为 {1}，请刷新",
							registration.status(), RegistrationStatus.PREPARING);
				}
			}
			case SocialOrgRegistrationProcess.TASK_DECISION -> {
				if (registrations.decide(registration.id(), decision, opinion, completion.user().username(),
						clock.instant()) == 0) {
					throw ApiException.conflict("ALREADY_DECIDED", "该申请已作出登记决定");
				}
			}
			default -> {
			}
		}
	}

	/** 登记审查: what must hold before the review can pass. */
	private void review(Registration registration) {
		Organisation organisation = organisations.find(registration.organisationId());
		charter(registration);
		funds(registration, organisation);
		if (organisation.partyMembers() == null) {
			throw ApiException.badRequest("PARTY_INFO_MISSING", "reviewDecision", "未采集党员情况");
		}
		if (organisation.domicile() == null || organisation.domicile().isBlank()) {
			throw ApiException.badRequest("DOMICILE_MISSING", "reviewDecision", "未登记住所");
		}
		if (CitizenIdNumber.problem(org.minzheng.flow.shared.SealedText.valueOf(organisation.legalRepIdNumber()))
			.isPresent()) {
			throw ApiException.badRequest("ID_NUMBER_INVALID", "reviewDecision", "法定代表人身份证号码不正确");
		}
	}

	private void charter(Registration registration) {
		List<String> missing = registrations.charterClauses()
			.stream()
			.filter(clause -> !registration.charterText().contains(clause.keyword()))
			.map(RegistrationMapper.CharterClause::title)
			.toList();
		if (!missing.isEmpty()) {
			throw ApiException.badRequest("CHARTER_CLAUSES_MISSING", "reviewDecision", "章程缺少示范文本的必备条款：{0}",
					String.join("、", missing));
		}
	}

	/**
	 * The funds against the minimum of the type and scope (a foundation's also by whether
	 * it seeks public fundraising); the refusal names the law's term for them.
	 */
	private void funds(Registration registration, Organisation organisation) {
		RegistrationMapper.FundsMinimum minimum = registrations.fundsMinimum(organisation.orgType().name(),
				registration.orgScope(), registration.publicFundraising());
		if (minimum == null) {
			throw new IllegalStateException("no minimum funds for " + organisation.orgType() + " "
					+ registration.orgScope() + " public fundraising " + registration.publicFundraising());
		}
		if (organisation.capitalYuan() == null || organisation.capitalYuan().compareTo(minimum.minimumYuan()) < 0) {
			String amount = minimum.minimumYuan().stripTrailingZeros().toPlainString();
			switch (organisation.orgType()) {
				case ASSOCIATION -> throw ApiException.badRequest("ACTIVITY_FUNDS_TOO_LOW", "reviewDecision",
						"社会团体的活动资金不得低于 {0} 元", amount);
				case SOCIAL_SERVICE -> throw ApiException.badRequest("STARTUP_FUNDS_TOO_LOW", "reviewDecision",
						"社会服务机构的开办资金不得低于 {0} 元", amount);
				case FOUNDATION -> {
					if (registration.publicFundraising()) {
						throw ApiException.badRequest("PUBLIC_ENDOWMENT_TOO_LOW", "reviewDecision",
								"公开募捐的基金会原始基金不得低于 {0} 元", amount);
					}
					throw ApiException.badRequest("ENDOWMENT_TOO_LOW", "reviewDecision", "不公开募捐的基金会原始基金不得低于 {0} 元",
							amount);
				}
			}
		}
	}

	/** 成立登记审查: the association's members. */
	private static void members(Registration registration) {
		int individual = registration.individualMembers() == null ? 0 : registration.individualMembers();
		int units = registration.unitMembers() == null ? 0 : registration.unitMembers();
		boolean enough = units == 0 ? individual >= MIN_INDIVIDUAL_MEMBERS
				: individual == 0 ? units >= MIN_UNIT_MEMBERS : individual + units >= MIN_INDIVIDUAL_MEMBERS;
		if (!enough) {
			throw ApiException.badRequest("MEMBERS_TOO_FEW", "establishmentReviewDecision",
					"社会团体须有 {0} 个以上个人会员或 {1} 个以上单位会员（混合组成的总数不少于 {0} 个）", MIN_INDIVIDUAL_MEMBERS, MIN_UNIT_MEMBERS);
		}
	}

	private void annualReport(AnnualReport report, TaskCompletion completion) {
		if (SocialOrgAnnualReportProcess.TASK_REGISTRAR_REVIEW.equals(completion.task().taskKey())
				&& "CORRECT".equals(completion.decision())) {
			reports.setCorrectionNote(report.id(), completion.data().get(SocialOrgAnnualReportProcess.FIELD_OPINION));
		}
	}

	private void spotCheck(SpotCheckItem item, TaskCompletion completion) {
		if (!SocialOrgSpotCheckProcess.TASK_INSPECTION.equals(completion.task().taskKey())) {
			return;
		}
		SpotCheck check = spotChecks.find(item.spotCheckId());
		if (!SpotCheckDraw.split(check.drawnInspectors()).contains(completion.user().username())) {
			throw ApiException.forbidden("NOT_DRAWN_INSPECTOR", "只有抽中的检查人员可以办理现场检查");
		}
		if ("FINDINGS".equals(completion.decision())) {
			spotChecks.setFindings(item.id(), completion.data().get(SocialOrgSpotCheckProcess.FIELD_FINDINGS));
		}
	}

}
