package org.minzheng.flow.aid.temporary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.SealedText;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts and correlates {@code AidTemporaryAssistanceProcess}:
 * registers cases (paying an emergency at once from the street's reserve fund), delivers
 * objections from the public notice and records money recovered for a case found not due.
 */
@Service
public class TemporaryAssistanceService {

	private static final Logger log = LoggerFactory.getLogger(TemporaryAssistanceService.class);

	static final String PREFIX = "LS-";

	private final TemporaryMapper cases;

	private final ReserveFund fund;

	private final OrgDirectory orgs;

	private final Workflow workflow;

	private final WorkingDayCalendar calendar;

	private final org.minzheng.flow.workflow.ProcessRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	TemporaryAssistanceService(TemporaryMapper cases, ReserveFund fund, OrgDirectory orgs, Workflow workflow,
			WorkingDayCalendar calendar, org.minzheng.flow.workflow.ProcessRepository repository, AuditTrail audit,
			Clock clock) {
		this.repository = repository;
		this.cases = cases;
		this.fund = fund;
		this.orgs = orgs;
		this.workflow = workflow;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a case at the street and starts its process. An emergency is paid from
	 * the street's reserve fund in the same transaction (refused with
	 * {@code RESERVE_FUND_INSUFFICIENT} when the balance does not cover it, and then
	 * nothing is kept); an expenditure case's amount follows the district's tiers.
	 * @throws ApiException {@code ONE_EVENT_ONE_AID} (409, naming the earlier case) when
	 * the person already has a case for this event
	 */
	@Transactional
	public TemporaryCase register(RegisterTemporaryCase request, StaffUser clerk) {
		String street = street(request.streetCode(), clerk);
		Optional<CitizenIdNumber.Problem> problem = CitizenIdNumber.problem(request.idNumber());
		if (problem.isPresent()) {
			throw ApiException.badRequest(problem.get().name(), "idNumber", problem.get().message());
		}
		String idNumber = CitizenIdNumber.of(request.idNumber()).value();
		LocalDate today = LocalDate.now(clock);
		if (request.eventDate().isAfter(today)) {
			throw ApiException.badRequest("EVENT_IN_FUTURE", "eventDate", "事件日期不能晚于今天");
		}
		String district = orgs.districtOf(street).map(OrgUnit::code).orElseThrow();
		TemporaryLimits limits = Optional.ofNullable(cases.limits(district))
			.orElseThrow(() -> ApiException.conflict("TEMPORARY_LIMITS_MISSING", "本区尚未设定临时救助额度"));
		refuseSecondAid(idNumber, request);
		Amount amount = request.kind() == TemporaryKind.EMERGENCY ? emergency(request, limits)
				: expenditure(request, district, limits);
		boolean notice = amount.fen() >= limits.noticeThresholdFen();
		String skip = notice ? null : "救助金额 " + CaseFacts.yuan(amount.fen()) + " 元低于本区小额救助公示门槛 "
				+ CaseFacts.yuan(limits.noticeThresholdFen()) + " 元（" + limits.documentNo() + "），免予公示";
		TemporaryCase draft = new TemporaryCase(null, "NEW-" + UUID.randomUUID().toString().replace("-", ""),
				request.kind(), district, street, TemporaryStatus.open(request.kind()), request.personName().strip(),
				SealedText.of(idNumber), request.householdSize(), request.address().strip(), request.eventType().name(),
				request.eventDate(), request.eventDescription().strip(), amount.incomeFen(), amount.expenditureFen(),
				amount.shortfallFen(), amount.tier(), amount.fen(), notice, skip, null, null, null, null, null, null,
				false, null, null, null, null, null, null, null, null, 0, null, clerk.username(), clock.instant(),
				null);
		TemporaryMapper.Key key = new TemporaryMapper.Key();
		try {
			cases.insert(key, draft);
		}
		catch (DuplicateKeyException raced) {
			refuseSecondAid(idNumber, request);
			throw raced;
		}
		String number = "%s%s-%d-%06d".formatted(PREFIX, district, Year.now(clock).getValue(), key.id);
		cases.setNumber(key.id, number);
		Map<String, Object> variables = new java.util.HashMap<>(
				Map.of(AidTemporaryAssistanceProcess.VAR_CASE_ID, key.id, AidTemporaryAssistanceProcess.VAR_KIND,
						request.kind().name(), AidTemporaryAssistanceProcess.VAR_DISTRICT_CODE, district,
						AidTemporaryAssistanceProcess.VAR_STREET_CODE, street,
						AidTemporaryAssistanceProcess.VAR_NOTICE_REQUIRED, notice));
		if (request.kind() == TemporaryKind.EMERGENCY) {
			java.time.Instant due = calendar.addWorkingDays(clock.instant(), regularisationLimit(district));
			variables.put(AidTemporaryAssistanceProcess.VAR_REGULARISATION_DUE, java.util.Date.from(due));
			cases.setRegularisationDue(key.id, LocalDate.ofInstant(due, WorkingDayCalendar.ZONE));
		}
		String processInstanceId = workflow.start(AidTemporaryAssistanceProcess.PROCESS_KEY, district, number,
				variables);
		cases.setProcessInstance(key.id, processInstanceId);
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), street, number, "AID_TEMPORARY_REGISTERED",
				"登记" + request.kind().label() + "临时救助：" + PersonalDataMasking.maskName(request.personName()) + "，救助金额 "
						+ CaseFacts.yuan(amount.fen()) + " 元" + (amount.tier() == null ? "" : "（" + amount.tier() + "）")
						+ (notice ? "" : "，" + skip),
				null));
		if (request.kind() == TemporaryKind.EMERGENCY) {
			// last: the fund's row stays locked from here to the commit
			long entry = fund.pay(street, amount.fen(), number, clerk.username(), Role.CLERK.name());
			cases.setPaid(key.id, clock.instant(), entry);
		}
		log.info("[{}] temporary assistance registered at {}", number, street);
		return cases.findById(key.id);
	}

	/**
	 * A case the user may see, or 404: inside their aid scope at its street (the street's
	 * staff, the district's and the city's above it).
	 */
	@Transactional(readOnly = true)
	public TemporaryCase visible(String caseNo, StaffUser user) {
		return Optional.ofNullable(caseNo)
			.filter(no -> no.startsWith(PREFIX))
			.map(cases::findByNo)
			.filter(c -> user.canSee(BusinessLine.AID, c.streetCode()))
			.orElseThrow(() -> ApiException.notFound("TEMPORARY_CASE_NOT_FOUND", "临时救助案件不存在或无权查看"));
	}

	/**
	 * The latest cases of one street, or of every street the user sees.
	 * @throws ApiException 403 for a street outside the user's scope
	 */
	@Transactional(readOnly = true)
	public List<TemporaryCase> list(String streetCode, StaffUser user) {
		Set<String> streets;
		if (streetCode != null) {
			if (!user.canSee(BusinessLine.AID, streetCode)) {
				throw ApiException.forbidden("STREET_NOT_IN_SCOPE", "无权查看该街道的临时救助");
			}
			streets = Set.of(streetCode);
		}
		else {
			streets = new java.util.TreeSet<>(user.scope(BusinessLine.AID));
			streets.removeIf(code -> orgs.find(code).filter(OrgUnit::isStreet).isEmpty());
		}
		return streets.isEmpty() ? List.of() : cases.forStreets(streets, 200);
	}

	/** An objection during the notice: the case goes back to the street's review. */
	@Transactional
	public void objectionRaised(String caseNo, String reason, StaffUser user) {
		TemporaryCase c = visible(caseNo, user);
		RoleAssignment role = streetRole(user, c, Role.CLERK, Role.REVIEWER);
		TemporaryStatus back = TemporaryStatus.IN_NOTICE.to(TemporaryStatus.open(c.kind()));
		if (cases.transition(c.id(), TemporaryStatus.IN_NOTICE, back) == 0
				|| !workflow.correlate(AidTemporaryAssistanceProcess.MESSAGE_OBJECTION_RAISED, caseNo, Map.of())) {
			throw ApiException.conflict("NOT_IN_NOTICE", "该案件不在公示期");
		}
		audit.record(new AuditRecord(user.username(), role.role().name(), c.streetCode(), caseNo,
				"AID_TEMPORARY_OBJECTION", "公示期间收到异议，退回街道审核", reason));
	}

	/**
	 * Money recovered for an emergency found not due goes back into the street's fund;
	 * never more than was paid.
	 */
	@Transactional
	public TemporaryCase refund(String caseNo, long amountFen, String note, StaffUser user) {
		TemporaryCase c = visible(caseNo, user);
		RoleAssignment role = streetRole(user, c, Role.CLERK, Role.SUPERVISOR);
		if (amountFen <= 0) {
			throw ApiException.badRequest("AMOUNT_NOT_POSITIVE", "amountFen", "追回金额须大于零");
		}
		if (c.kind() != TemporaryKind.EMERGENCY || cases.addRefund(c.id(), amountFen) == 0) {
			throw ApiException.conflict("REFUND_NOT_ALLOWED", "只有认定不应救助的急难型案件可以追回入账，且合计不得超过已支付金额");
		}
		fund.refund(c.streetCode(), amountFen, caseNo, note, user.username(), role.role().name());
		return cases.findById(c.id());
	}

	/** The regularisation limit of the process version a case of the district starts. */
	private int regularisationLimit(String district) {
		String definition = repository.latest(AidTemporaryAssistanceProcess.PROCESS_KEY, district)
			.or(() -> repository.latest(AidTemporaryAssistanceProcess.PROCESS_KEY, null))
			.orElseThrow(() -> new IllegalStateException("temporary assistance process not deployed"))
			.definitionId();
		return Integer.parseInt(Optional
			.ofNullable(workflow.processProperties(definition)
				.get(AidTemporaryAssistanceProcess.PROPERTY_REGULARISATION_LIMIT))
			.orElseThrow(() -> new IllegalStateException("process has no regularisation limit")));
	}

	private void refuseSecondAid(String idNumber, RegisterTemporaryCase request) {
		String earlier = cases.sameEvent(idNumber, request.eventType().name(), request.eventDate());
		if (earlier != null) {
			throw new ApiException(HttpStatus.CONFLICT, "ONE_EVENT_ONE_AID", "一事一救：该人员同一事件（{0}）已有临时救助案件 {1}",
					Map.of("caseNo", earlier), request.eventDate(), earlier);
		}
	}

	private Amount emergency(RegisterTemporaryCase request, TemporaryLimits limits) {
		if (request.amountFen() == null || request.amountFen() <= 0) {
			throw ApiException.badRequest("FIELD_REQUIRED", "amountFen", "请填写先行救助金额");
		}
		if (request.amountFen() > limits.advanceLimitFen()) {
			throw ApiException.badRequest("ABOVE_ADVANCE_LIMIT", "amountFen", "超出街道先行救助额度 {0} 元：请按支出型或常规程序申请",
					CaseFacts.yuan(limits.advanceLimitFen()));
		}
		return new Amount(request.amountFen(), null, null, null, null);
	}

	/**
	 * 支出型困难家庭认定: the shortfall is the rigid expenditure less the household's income over
	 * the same 12 months; the amount is the tier's share of it, rounded down to the fen,
	 * at most the district's cap.
	 */
	private Amount expenditure(RegisterTemporaryCase request, String district, TemporaryLimits limits) {
		if (request.householdIncomeFen() == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", "householdIncomeFen", "请填写家庭收入");
		}
		if (request.rigidExpenditureFen() == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", "rigidExpenditureFen", "请填写刚性支出");
		}
		long shortfall = request.rigidExpenditureFen() - request.householdIncomeFen();
		if (shortfall <= 0) {
			throw ApiException.badRequest("NOT_EXPENDITURE_HARDSHIP", "rigidExpenditureFen", "刚性支出未超过家庭收入，不属于支出型困难家庭");
		}
		ExpenditureTier tier = cases.tiers(district)
			.stream()
			.filter(t -> t.covers(shortfall))
			.findFirst()
			.orElseThrow(() -> ApiException.conflict("TEMPORARY_TIERS_MISSING", "本区支出型救助分档未覆盖该支出缺口"));
		long amount = Math.min(tier.amountFor(shortfall), limits.expenditureCapFen());
		String label = tier.label() + (amount == limits.expenditureCapFen() ? "，封顶" : "");
		return new Amount(amount, request.householdIncomeFen(), request.rigidExpenditureFen(), shortfall, label);
	}

	private String street(String requested, StaffUser clerk) {
		String street = requested != null ? requested
				: clerk.assignments()
					.stream()
					.filter(a -> a.role() == Role.CLERK && a.appliesTo(BusinessLine.AID))
					.map(RoleAssignment::orgUnitCode)
					.filter(code -> orgs.find(code).filter(OrgUnit::isStreet).isPresent())
					.findFirst()
					.orElse(null);
		if (street == null || orgs.find(street).filter(OrgUnit::isStreet).isEmpty()) {
			throw ApiException.badRequest("UNKNOWN_STREET", "streetCode", "街道代码不存在");
		}
		if (!clerk.covers(BusinessLine.AID, Role.CLERK, street)) {
			throw ApiException.forbidden("NOT_STREET_CLERK", "您不是该街道的社会救助经办人员");
		}
		return street;
	}

	private static RoleAssignment streetRole(StaffUser user, TemporaryCase c, Role... roles) {
		for (Role role : roles) {
			if (user.covers(BusinessLine.AID, role, c.streetCode())) {
				return new RoleAssignment(BusinessLine.AID, role, c.streetCode());
			}
		}
		throw ApiException.forbidden("ACCESS_DENIED", "无权执行此操作");
	}

	/** An amount and how it was reached (支出型). */
	private record Amount(long fen, Long incomeFen, Long expenditureFen, Long shortfallFen, String tier) {
	}

}
