package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.aid.amount.BenefitCalculator;
import org.minzheng.flow.aid.review.ReviewDates;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.inbox.NotificationService;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.integration.economic.EconomicCheckClient;
import org.minzheng.flow.integration.economic.EconomicCheckRequest;
import org.minzheng.flow.integration.economic.HttpEconomicCheckClient;
import org.minzheng.flow.integration.economic.HouseholdMember;
import org.minzheng.flow.integration.population.PersonRecord;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.registry.RegistryCalls;
import org.minzheng.flow.registry.RegistryInbox;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process does on its own (service tasks, timers, end events), for the thin
 * delegates in {@code aid.process}. Runs in the engine's transaction; a technical failure
 * throws so the job retries and, past its retry cycle, raises an incident.
 */
@Service
public class AidCaseActions implements RegistryInbox.RegistryAnswerHandler {

	private final AidMapper aid;

	private final AidOpenPersonMapper openPersons;

	private final EntrustmentService entrustments;

	private final PopulationRegistryClient population;

	private final EconomicCheckClient economicCheck;

	private final RegistryCalls calls;

	private final OverdueEscalations escalations;

	private final NotificationService notifications;

	private final OrgDirectory orgs;

	private final ApprovalPanels panels;

	private final AuditTrail audit;

	private final Clock clock;

	private final AidAmounts amounts;

	private final ReviewDates reviewDates;

	AidCaseActions(AidMapper aid, AidOpenPersonMapper openPersons, EntrustmentService entrustments,
			PopulationRegistryClient population, EconomicCheckClient economicCheck, RegistryCalls calls,
			OverdueEscalations escalations, NotificationService notifications, OrgDirectory orgs, ApprovalPanels panels,
			AuditTrail audit, Clock clock, AidAmounts amounts, ReviewDates reviewDates) {
		this.amounts = amounts;
		this.reviewDates = reviewDates;
		this.aid = aid;
		this.openPersons = openPersons;
		this.entrustments = entrustments;
		this.population = population;
		this.economicCheck = economicCheck;
		this.calls = calls;
		this.escalations = escalations;
		this.notifications = notifications;
		this.orgs = orgs;
		this.panels = panels;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks every member's hukou at the population registry (人口库) and records what it
	 * says.
	 */
	@Transactional
	public void verifyHukou(long applicationId, String activityId) {
		AidApplication application = aid.findById(applicationId);
		int mismatches = 0;
		for (AidMember member : aid.members(application.householdId())) {
			PersonRecord person = population.lookup(member.idNumber().value(),
					RegistryCalls.key(application.applicationNo(), activityId) + ":" + member.id());
			aid.setHukouVerified(member.id(), person.hukouStatus().name());
			mismatches += person.found() ? 0 : 1;
		}
		audit.recordSystem(application.competentStreetCode(), application.applicationNo(), "AID_HUKOU_VERIFIED",
				"人口库核验完成" + (mismatches > 0 ? "：" + mismatches + " 名成员未查到户籍信息" : "：全部成员已核验"), null);
	}

	/**
	 * Sends the household to the economic-status check (once per case and activity,
	 * whatever the retries).
	 */
	@Transactional
	public void requestEconomicCheck(long applicationId, String activityId) {
		AidApplication application = aid.findById(applicationId);
		List<AidMember> members = aid.members(application.householdId());
		String key = RegistryCalls.key(application.applicationNo(), activityId);
		boolean repeated = calls.called(key);
		String requestId = submitCheck(application, members, key);
		if (repeated && application.economicCheckOutcome() != null) {
			calls.queueAnswer(AidApplicationProcess.MESSAGE_ECONOMIC_CHECK_COMPLETED, application.applicationNo(),
					java.util.Map.of(AidApplicationProcess.VAR_ECONOMIC_CHECK_OUTCOME,
							application.economicCheckOutcome()));
		}
		audit.recordSystem(application.competentStreetCode(), application.applicationNo(),
				"AID_ECONOMIC_CHECK_REQUESTED", "已提交家庭经济状况核对（" + members.size() + " 名成员），核对编号 " + requestId, null);
	}

	private String submitCheck(AidApplication application, List<AidMember> members, String key) {
		String requestId = calls
			.once(HttpEconomicCheckClient.REGISTRY, application.applicationNo(), key,
					() -> economicCheck.submit(new EconomicCheckRequest(key, application.applicationNo(),
							members.stream().map(m -> new HouseholdMember(m.idNumber().value(), m.relation())).toList(),
							members.stream().map(m -> "AUTH-" + application.applicationNo() + "-" + m.id()).toList()))
						.requestId());
		aid.setEconomicCheckRequest(application.id(), requestId);
		return requestId;
	}

	/**
	 * The check did not answer within its limit: the street's supervisors are told and,
	 * while attempts remain, the check is filed again under a new idempotency key (so the
	 * centre opens a new request; whichever answer comes first is kept). With the
	 * attempts used up, the case stays with the supervisors.
	 * @param attempt the attempt that went unanswered (1 for the first request)
	 * @param nextAttempt the attempt to file now, or 0 for none
	 */
	@Transactional
	public void economicCheckOverdue(long applicationId, String requestActivityId, int attempt, int nextAttempt) {
		AidApplication application = aid.findById(applicationId);
		String no = application.applicationNo();
		String street = application.competentStreetCode();
		String message = "核对超期：" + no + " 的家庭经济状况核对第 " + attempt + " 次请求超过时限未答复"
				+ (nextAttempt > 0 ? "，已重新发起第 " + nextAttempt + " 次核对" : "，已达最多发起次数，请主管督办核对中心");
		if (nextAttempt > 0) {
			String key = RegistryCalls.key(no, requestActivityId + "#" + nextAttempt);
			String requestId = submitCheck(application, aid.members(application.householdId()), key);
			message += "（核对编号 " + requestId + "）";
		}
		notifications.notify("OVERDUE", BusinessLine.AID, Role.SUPERVISOR, street, no, null, message);
		audit.recordSystem(street, no, nextAttempt > 0 ? "AID_ECONOMIC_CHECK_RETRIED" : "AID_ECONOMIC_CHECK_ESCALATED",
				message, null);
	}

	@Override
	public void answered(String messageName, String caseRef, Map<String, Object> variables) {
		if (AidApplicationProcess.MESSAGE_ECONOMIC_CHECK_COMPLETED.equals(messageName)) {
			Object outcome = variables.get(AidApplicationProcess.VAR_ECONOMIC_CHECK_OUTCOME);
			aid.setEconomicCheckOutcome(caseRef, String.valueOf(outcome));
			AidApplication application = aid.findByNo(caseRef);
			audit.recordSystem(application.competentStreetCode(), caseRef, "AID_ECONOMIC_CHECK_COMPLETED",
					"家庭经济状况核对结果：" + outcome, null);
		}
	}

	/**
	 * Who approves this case now (and, for a conflict-of-interest case, visits the
	 * household first): from the entrustments in force, except that a declared conflict
	 * of interest is always decided by the district.
	 */
	@Transactional
	public ApprovalAuthority resolveAuthority(long applicationId) {
		AidApplication application = aid.findById(applicationId);
		// the notice period (if any) is over once the case moves on to approval
		aid.endNotice(applicationId);
		ApprovalAuthority unit = entrustments.resolve(application.districtCode(), application.competentStreetCode(),
				application.benefitType(), application.conflictOfInterest());
		ApprovalAuthority authority = new ApprovalAuthority(unit.orgUnitCode(), unit.districtCode(), unit.entrustment(),
				panels.active(unit.orgUnitCode(), application.benefitType()).orElse(null), unit.conflictOfInterest());
		String panel = authority.panel() == null ? ""
				: "，" + (authority.panel().mode().name().equals("ALL") ? "会签" : "或签") + "："
						+ String.join("、", authority.panel().members());
		audit.recordSystem(authority.orgUnitCode(), application.applicationNo(), "AID_APPROVAL_AUTHORITY_RESOLVED",
				"审批机关：" + orgs.nameOf(authority.orgUnitCode()) + how(authority) + panel, null);
		return authority;
	}

	/** In whose name, and why there. */
	private String how(ApprovalAuthority authority) {
		if (authority.conflictOfInterest()) {
			return "（近亲属备案案件，由区民政局审批并入户核查，不适用委托审批）";
		}
		return authority.entrusted()
				? "（受" + orgs.nameOf(authority.districtCode()) + "委托，" + authority.entrustment().documentNo() + "）"
				: "";
	}

	/** Starts the public notice (公示) in the community. */
	@Transactional
	public void publishNotice(long applicationId, LocalDate end) {
		AidApplication application = aid.findById(applicationId);
		LocalDate start = LocalDate.now(clock);
		aid.startNotice(applicationId, start, end);
		audit.recordSystem(application.competentStreetCode(), application.applicationNo(), "AID_NOTICE_PUBLISHED",
				"在社区公示，公示期 " + start + " 至 " + end, null);
	}

	/**
	 * Approved: the household becomes a beneficiary, paid from the month after approval
	 * the amount {@code BenefitCalculator} computes for that month under the rates then
	 * in force; the breakdown (per member, the rates used) is stored with it.
	 */
	@Transactional
	public Beneficiary grantBenefit(long applicationId) {
		AidApplication application = aid.findById(applicationId);
		int persons = aid.members(application.householdId()).size();
		LocalDate approvedOn = application.decidedAt() == null ? LocalDate.now(clock)
				: LocalDate.ofInstant(application.decidedAt(), clock.getZone());
		LocalDate paymentStart = approvedOn.withDayOfMonth(1).plusMonths(1);
		BenefitCalculator.Breakdown breakdown = amounts.compute(application, YearMonth.from(paymentStart));
		long monthly = breakdown.totalFen();
		Beneficiary beneficiary = new Beneficiary(null, applicationId, application.householdId(),
				application.benefitType(), application.districtCode(), application.competentStreetCode(), persons,
				monthly, application.selfCareLevel(), paymentStart, application.decidedAt(), application.decidedBy(),
				application.decidedOrgUnit(), application.entrustmentId(), "ACTIVE");
		aid.insertBeneficiary(beneficiary);
		amounts.store(application, breakdown);
		reviewDates.scheduleFirst(applicationId);
		audit.recordSystem(application.decidedOrgUnit(), application.applicationNo(), "AID_BENEFICIARY_CREATED",
				"纳入救助对象：" + persons + " 人，月救助金 " + CaseFacts.yuan(monthly) + " 元（"
						+ (BenefitType.valueOf(application.benefitType()) == BenefitType.TEKUN ? "基本生活供养金 " : "低保金 ")
						+ CaseFacts.yuan(breakdown.baseFen())
						+ (BenefitType.valueOf(application.benefitType()) == BenefitType.TEKUN ? " 元，照料护理金 "
								: " 元，生活扶助金 ")
						+ CaseFacts.yuan(breakdown.extraFen()) + " 元），自 " + paymentStart + " 起发放"
						+ (breakdown.complete() ? "" : "；无现行标准未计发：" + String.join("、", breakdown.missing())),
				null);
		return beneficiary;
	}

	/** Not approved: the written notice must be served within its limit. */
	@Transactional
	public void recordRejection(long applicationId) {
		AidApplication application = aid.findById(applicationId);
		audit.recordSystem(
				application.decidedOrgUnit() == null ? application.districtCode() : application.decidedOrgUnit(),
				application.applicationNo(), "AID_REJECTION_RECORDED", "不予批准，待送达书面通知", null);
	}

	/**
	 * The clerk listed the missing material once: the applicant is told, the case waits.
	 */
	@Transactional
	public void notifySupplement(long applicationId) {
		AidApplication application = aid.findById(applicationId);
		aid.requestSupplement(applicationId);
		audit.recordSystem(application.competentStreetCode(), application.applicationNo(), "AID_SUPPLEMENT_NOTIFIED",
				"已一次性告知申请人需补正的材料", null);
	}

	/**
	 * A task ran past its due date: flag it and tell the supervisors of the acting unit
	 * (and so those above it, who oversee it); {@code inbox.SlaEscalations} takes it a
	 * level up if it stays undone.
	 */
	@Transactional
	public void escalateOverdue(String processInstanceId, String businessKey, String taskKey) {
		escalations.escalate(processInstanceId, businessKey, taskKey);
	}

	/** The process ended in one of its closing end events. */
	@Transactional
	public void closed(long applicationId, ApplicationStatus status) {
		AidApplication application = aid.findById(applicationId);
		aid.close(applicationId, status, clock.instant());
		// its members may apply again
		openPersons.release(applicationId);
		audit.recordSystem(application.competentStreetCode(), application.applicationNo(), "AID_CASE_CLOSED",
				"办结：" + status.name(), null);
	}

}
