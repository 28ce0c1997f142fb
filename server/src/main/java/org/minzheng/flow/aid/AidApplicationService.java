package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts and correlates {@code AidApplicationProcess}: registers
 * applications, delivers the applicant's supplement and objections from the public
 * notice, and extends the total limit once.
 */
@Service
public class AidApplicationService {

	private static final Logger log = LoggerFactory.getLogger(AidApplicationService.class);

	static final String FEATURE = "aid";

	private final AidMapper aid;

	private final AidOpenPersonMapper openPersons;

	private final AidTotalLimits totalLimits;

	private final OrgDirectory orgs;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final AidAmountMapper figures;

	private final AidNameChecks nameChecks;

	AidApplicationService(AidMapper aid, AidOpenPersonMapper openPersons, AidTotalLimits totalLimits, OrgDirectory orgs,
			Workflow workflow, AuditTrail audit, WorkingDayCalendar calendar, Clock clock, AidAmountMapper figures,
			AidNameChecks nameChecks) {
		this.figures = figures;
		this.nameChecks = nameChecks;
		this.totalLimits = totalLimits;
		this.aid = aid;
		this.openPersons = openPersons;
		this.orgs = orgs;
		this.workflow = workflow;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Registers an application at the clerk's window and starts its process. The intake
	 * street defaults to the clerk's; when it is not the competent street the process
	 * first hands the case over.
	 */
	@Transactional
	public AidApplication submit(SubmitApplication request, StaffUser clerk) {
		return submit(request, clerk, Map.of());
	}

	/**
	 * Registers an application with the population registry's answers on its members'
	 * names asked before the transaction ({@link AidNameChecks#beforeIntake}); a member
	 * without an answer is asked now.
	 */
	@Transactional
	public AidApplication submit(SubmitApplication request, StaffUser clerk, Map<String, AidNameChecks.Result> names) {
		OrgUnit competent = orgs.find(request.competentStreetCode())
			.filter(OrgUnit::isStreet)
			.orElseThrow(() -> ApiException.badRequest("UNKNOWN_STREET", "competentStreetCode", "街道代码不存在"));
		String intake = request.intakeStreetCode() != null ? request.intakeStreetCode()
				: clerk.assignments()
					.stream()
					.filter(a -> a.role() == Role.CLERK && a.appliesTo(BusinessLine.AID))
					.map(RoleAssignment::orgUnitCode)
					.filter(code -> orgs.find(code).filter(OrgUnit::isStreet).isPresent())
					.findFirst()
					.orElse(null);
		if (intake == null || orgs.find(intake).filter(OrgUnit::isStreet).isEmpty()) {
			throw ApiException.badRequest("UNKNOWN_STREET", "intakeStreetCode", "受理街道代码不存在");
		}
		if (!clerk.covers(BusinessLine.AID, Role.CLERK, intake)) {
			throw ApiException.forbidden("NOT_INTAKE_CLERK", "您不是该街道的受理人员");
		}
		validateMembers(request.members());
		if (request.conflictOfInterest() && (request.conflictNote() == null || request.conflictNote().isBlank())) {
			throw ApiException.badRequest("FIELD_REQUIRED", "conflictNote", "近亲属备案须说明与哪位工作人员的关系");
		}
		if (request.declaration() != null && !Boolean.TRUE.equals(request.declaration().signed())) {
			throw ApiException.badRequest("DECLARATION_NOT_SIGNED", "declaration.signed", "申请人须签署收入财产申报承诺书");
		}
		String district = orgs.districtOf(competent.code()).map(OrgUnit::code).orElseThrow();
		AidMapper.Key household = new AidMapper.Key();
		aid.insertHousehold(household, district, competent.code(), request.address(), clock.instant());
		Long applicantId = null;
		List<AidNameChecks.Member> toCheck = new java.util.ArrayList<>();
		for (SubmitApplication.Member member : request.members()) {
			AidMapper.Key key = new AidMapper.Key();
			CitizenIdNumber id = CitizenIdNumber.of(member.idNumber());
			boolean applicant = member.relation() == SubmitApplication.Relation.APPLICANT;
			aid.insertMember(key, household.id, member.name().strip(), id.value(), id.birthDate(),
					member.relation().name(), member.hukouStatus().name(), applicant);
			applicantId = applicant ? key.id : applicantId;
			toCheck.add(new AidNameChecks.Member(key.id, member.name().strip(), id.value()));
			if (Boolean.TRUE.equals(member.severeDisability()) || Boolean.TRUE.equals(member.seriousIllness())) {
				figures.setConditions(key.id, Boolean.TRUE.equals(member.severeDisability()),
						Boolean.TRUE.equals(member.seriousIllness()));
			}
		}
		AidApplication draft = new AidApplication(0, null, request.benefitType().name(), household.id, applicantId,
				district, competent.code(), intake, request.conflictOfInterest(), request.conflictNote(),
				ApplicationStatus.SUBMITTED, null, clerk.username(), clock.instant(), null, null, false, null, false,
				null, null, null, null, null, null, null, null, null, null, null, null);
		AidMapper.Key application = new AidMapper.Key();
		aid.insertApplication(application, "NEW-" + UUID.randomUUID().toString().replace("-", ""), draft);
		String number = "%s-%s-%d-%06d".formatted(request.benefitType().numberPrefix(), district,
				Year.now(clock).getValue(), application.id);
		// the number first: the first task opens inside start() and its work item looks
		// the case up by number
		aid.setNumber(application.id, number);
		claimMembers(request.members(), application.id, number, competent.code());
		// each name as the population registry answered; a failure is recorded, not
		// thrown
		int nameFlags = nameChecks.atIntake(application.id, number, toCheck, names);
		if (request.declaration() != null) {
			aid.storeDeclaration(application.id, request.declaration());
		}
		if (request.supportMode() != null && request.benefitType() == BenefitType.TEKUN) {
			figures.setSupportMode(application.id, request.supportMode().name());
		}
		// the district's own variant of the chain where it has one (e.g. an extra step)
		String processInstanceId = workflow.start(AidApplicationProcess.PROCESS_KEY, district, number,
				Map.of(AidApplicationProcess.VAR_APPLICATION_ID, application.id, AidApplicationProcess.VAR_BENEFIT_TYPE,
						request.benefitType().name(), AidApplicationProcess.VAR_DISTRICT_CODE, district,
						AidApplicationProcess.VAR_COMPETENT_STREET_CODE, competent.code(),
						AidApplicationProcess.VAR_INTAKE_STREET_CODE, intake,
						AidApplicationProcess.VAR_CONFLICT_OF_INTEREST, request.conflictOfInterest()));
		aid.setProcessInstance(application.id, processInstanceId);
		SubmitApplication.Member applicant = request.members()
			.stream()
			.filter(m -> m.relation() == SubmitApplication.Relation.APPLICANT)
			.findFirst()
			.orElseThrow();
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), intake, number, "AID_APPLICATION_SUBMITTED",
				"受理登记" + request.benefitType().label() + "申请：申请人 " + PersonalDataMasking.maskName(applicant.name())
						+ "，家庭成员 " + request.members().size() + " 人，属地街道 " + competent.name()
						+ (request.conflictOfInterest() ? "，近亲属备案" : "")
						+ (nameFlags > 0 ? "，" + nameFlags + " 名成员姓名未经人口库确认（受理前须处理）" : ""),
				null));
		log.info("[{}] application registered at {} for {}", number, intake, competent.code());
		return aid.findById(application.id);
	}

	/**
	 * An application the user may see, or 404: inside their scope at the competent
	 * street, or at the street whose window took it in (so the intake clerk can follow
	 * what they handed over).
	 */
	@Transactional(readOnly = true)
	public AidApplication visible(String applicationNo, StaffUser user) {
		return Optional.ofNullable(aid.findByNo(applicationNo))
			.filter(a -> user.canSee(BusinessLine.AID, a.competentStreetCode())
					|| user.canSee(BusinessLine.AID, a.intakeStreetCode()))
			.orElseThrow(() -> ApiException.notFound("APPLICATION_NOT_FOUND", "申请不存在或无权查看"));
	}

	@Transactional(readOnly = true)
	public List<AidMember> members(AidApplication application) {
		return aid.members(application.householdId());
	}

	@Transactional(readOnly = true)
	public Optional<Beneficiary> beneficiary(AidApplication application) {
		return Optional.ofNullable(aid.beneficiary(application.id()));
	}

	/** The applicant brought the missing material: the acceptance check starts again. */
	@Transactional
	public void supplementReceived(String applicationNo, String note, StaffUser clerk) {
		AidApplication application = visible(applicationNo, clerk);
		requireRole(clerk, Role.CLERK, application.competentStreetCode());
		if (aid.transition(application.id(), ApplicationStatus.AWAITING_SUPPLEMENT, ApplicationStatus.SUBMITTED) == 0
				|| !workflow.correlate(AidApplicationProcess.MESSAGE_SUPPLEMENT_RECEIVED, applicationNo, Map.of())) {
			throw ApiException.conflict("NOT_AWAITING_SUPPLEMENT", "该申请不在等待补正状态");
		}
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), application.competentStreetCode(),
				applicationNo, "AID_SUPPLEMENT_RECEIVED", "收到补正材料", note));
	}

	/**
	 * An objection during the public notice: the case goes back to investigation and a
	 * new notice follows.
	 */
	@Transactional
	public void objectionRaised(String applicationNo, String reason, StaffUser user) {
		AidApplication application = visible(applicationNo, user);
		RoleAssignment role = user.assignments()
			.stream()
			.filter(a -> (a.role() == Role.CLERK || a.role() == Role.REVIEWER) && a.appliesTo(BusinessLine.AID)
					&& user.covers(BusinessLine.AID, a.role(), application.competentStreetCode()))
			.findFirst()
			.orElseThrow(() -> ApiException.forbidden("ACCESS_DENIED", "只有属地街道工作人员可以登记公示异议"));
		if (aid.endNotice(application.id()) == 0
				|| !workflow.correlate(AidApplicationProcess.MESSAGE_OBJECTION_RAISED, applicationNo, Map.of())) {
			throw ApiException.conflict("NOT_IN_NOTICE", "该申请不在公示期");
		}
		audit.record(new AuditRecord(user.username(), role.role().name(), role.orgUnitCode(), applicationNo,
				"AID_OBJECTION_RAISED", "公示期间收到异议，退回重新调查", reason));
	}

	/**
	 * Extends the total limit once, from the normal to the extended number of working
	 * days after acceptance.
	 */
	@Transactional
	public AidApplication extendDeadline(String applicationNo, String reason, StaffUser supervisor) {
		AidApplication application = visible(applicationNo, supervisor);
		requireRole(supervisor, Role.SUPERVISOR, application.competentStreetCode());
		if (application.acceptedAt() == null) {
			throw ApiException.conflict("NOT_ACCEPTED_YET", "申请尚未受理，没有办理时限");
		}
		int extended = Integer.parseInt(workflow
			.processProperty(application.processInstanceId(), ProcessConventions.PROPERTY_EXTENDED_LIMIT_WORKING_DAYS)
			.orElseThrow(() -> new IllegalStateException("process has no extended limit")));
		LocalDate deadline = calendar.addWorkingDays(LocalDate.ofInstant(application.acceptedAt(), clock.getZone()),
				extended);
		if (aid.extendDeadline(application.id(), deadline, reason) == 0) {
			throw ApiException.conflict("ALREADY_EXTENDED", "办理时限只能延长一次（或案件已办结）");
		}
		audit.record(new AuditRecord(supervisor.username(), Role.SUPERVISOR.name(), application.competentStreetCode(),
				applicationNo, "AID_DEADLINE_EXTENDED", "办理时限延长至 " + deadline + "（" + extended + " 个工作日）", reason));
		// the total limit's timer is set again from the new deadline (when the case is
		// not decided yet, its branch waits for this)
		List<Integer> reminders = AidTotalLimits.reminderDays(
				workflow
					.processProperty(application.processInstanceId(),
							AidApplicationProcess.PROPERTY_TOTAL_LIMIT_REMINDER_WORKING_DAYS)
					.orElse(null));
		totalLimits.nextAlarm(application.id(), reminders)
			.ifPresent(next -> workflow.correlate(AidApplicationProcess.MESSAGE_TOTAL_LIMIT_EXTENDED, applicationNo,
					Map.of(AidApplicationProcess.VAR_TOTAL_LIMIT_NEXT_ALARM, java.util.Date.from(next))));
		return aid.findById(application.id());
	}

	/**
	 * One open application per person, across streets and benefit types: each member is
	 * claimed under the primary key of {@code aid_open_person}, so of two clerks
	 * submitting the same ID number at once exactly one wins; the other waits for the
	 * first to commit and is refused. The refusal names the open case and its street
	 * only.
	 */
	private void claimMembers(List<SubmitApplication.Member> members, long applicationId, String number,
			String street) {
		for (int i = 0; i < members.size(); i++) {
			String idNumber = CitizenIdNumber.of(members.get(i).idNumber()).value();
			try {
				openPersons.claim(idNumber, applicationId, number, street, clock.instant());
			}
			catch (DuplicateKeyException ex) {
				AidOpenPersonMapper.Holder holder = openPersons.holder(idNumber);
				String where = holder == null ? ""
						: holder.applicationNo() + "（" + orgs.nameOf(holder.streetCode()) + "）";
				throw new ApiException(HttpStatus.CONFLICT, "OPEN_APPLICATION_EXISTS",
						"家庭成员第 {0} 人已有未办结的救助申请 {1}，办结前不得重复申请",
						holder == null ? Map.of("field", "members[" + i + "].idNumber")
								: Map.of("field", "members[" + i + "].idNumber", "openApplicationNo",
										holder.applicationNo(), "openApplicationStreet",
										orgs.nameOf(holder.streetCode())),
						(i + 1), where);
			}
		}
	}

	private static void requireRole(StaffUser user, Role role, String orgUnit) {
		if (!user.covers(BusinessLine.AID, role, orgUnit)) {
			throw ApiException.forbidden("ACCESS_DENIED", "无权执行此操作");
		}
	}

	private static void validateMembers(List<SubmitApplication.Member> members) {
		Set<String> ids = new HashSet<>();
		long applicants = members.stream().filter(m -> m.relation() == SubmitApplication.Relation.APPLICANT).count();
		if (applicants != 1) {
			throw ApiException.badRequest("ONE_APPLICANT", "members", "家庭成员中须有且只有一名申请人");
		}
		for (int i = 0; i < members.size(); i++) {
			SubmitApplication.Member member = members.get(i);
			String field = "members[" + i + "].idNumber";
			Optional<CitizenIdNumber.Problem> problem = CitizenIdNumber.problem(member.idNumber());
			if (problem.isPresent()) {
				throw ApiException.badRequest(problem.get().name(), field, problem.get().message());
			}
			if (!ids.add(CitizenIdNumber.of(member.idNumber()).value())) {
				throw ApiException.badRequest("DUPLICATE_MEMBER", field, "家庭成员重复");
			}
			if (!member.authorisationSigned()) {
				throw ApiException.badRequest("AUTHORISATION_MISSING", "members[" + i + "].authorisationSigned",
						"每名家庭成员须签署经济状况核对授权书（一证一书）");
			}
		}
	}

}
