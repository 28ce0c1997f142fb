package org.minzheng.flow.elderly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.integration.population.HukouStatus;
import org.minzheng.flow.integration.population.NameCheckResult;
import org.minzheng.flow.integration.population.PersonRecord;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess.Route;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess.UnclearReason;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CaseChanged;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service of a 高龄津贴 case, from the registry's message to the end of payment: opens
 * the case and its process, checks the registry, records the rule's decision (with its
 * inputs and the decision's version), grants by rule (秒批) or after the clerk's check,
 * stops payment from the month after a death or a move, and records what the resident
 * asked for through the clerk (a bank account, a refusal). Every status change goes
 * through {@link AllowanceStatus#moveTo} and a compare-and-set update.
 */
@Service
public class Allowances {

	private static final Logger log = LoggerFactory.getLogger(Allowances.class);

	private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{12,30}");

	private final ElderlyMapper mapper;

	private final Workflow workflow;

	private final PersonalDataCrypto crypto;

	private final PopulationRegistryClient population;

	private final AuditTrail audit;

	private final OverdueEscalations escalations;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	private final Clock clock;

	Allowances(ElderlyMapper mapper, Workflow workflow, PersonalDataCrypto crypto, PopulationRegistryClient population,
			AuditTrail audit, OverdueEscalations escalations, ApplicationEventPublisher events, ObjectMapper json,
			Clock clock) {
		this.mapper = mapper;
		this.workflow = workflow;
		this.crypto = crypto;
		this.population = population;
		this.audit = audit;
		this.escalations = escalations;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Opens the case of a resident who reached 80 and starts its process (in the caller's
	 * transaction).
	 * @return the case number
	 */
	String open(PopulationMessage message, String idIndex) {
		ElderlyMapper.Key key = new ElderlyMapper.Key();
		String street = message.streetCode();
		mapper.insert(key,
				new ElderlyMapper.NewAllowance(idIndex, crypto.seal(message.idNumber()),
						crypto.seal(message.name().strip()), message.birthDate(), street, street.substring(0, 6),
						sealOrNull(message.bankAccount()), sealOrNull(message.phone()), message.alreadyReceiving(),
						message.messageId(), clock.instant()));
		String caseNo = "GL-" + street + "-" + message.eventDate().getYear() + "-" + String.format("%06d", key.id);
		String processInstanceId = workflow.start(ElderlyAllowanceProcess.PROCESS_KEY, caseNo, Map
			.of(ElderlyAllowanceProcess.VAR_ALLOWANCE_ID, key.id, ElderlyAllowanceProcess.VAR_STREET_CODE, street));
		mapper.number(key.id, caseNo, processInstanceId);
		audit.recordSystem(street, caseNo, "ELDERLY_CASE_OPENED", "人口库消息：年满80周岁，自动立案（无感申办）", null);
		events.publishEvent(new CaseChanged(caseNo));
		return caseNo;
	}

	/**
	 * Asks the population registry about the resident: the decision's inputs and, when
	 * the registries disagree or something is missing, why staff must look.
	 * @return the process variables to set
	 */
	@Transactional
	public Map<String, Object> checkRegistries(long allowanceId, String idempotencyKey) {
		Allowance a = mapper.find(allowanceId);
		String idNumber = crypto.open(a.idNumber());
		PersonRecord person = population.lookup(idNumber, idempotencyKey);
		NameCheckResult name = person.found()
				? population.confirmName(idNumber, crypto.open(a.residentName()), idempotencyKey + ":name")
				: NameCheckResult.NOT_FOUND;
		boolean hukou = person.hukouStatus() == HukouStatus.SHENZHEN_HUKOU;
		boolean deceased = person.found() && !person.alive();
		int age = Period.between(a.birthDate(), LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE))).getYears();
		UnclearReason unclear = null;
		if (!person.found() || !hukou || !a.districtCode().equals(person.hukouDistrictCode())) {
			unclear = UnclearReason.CONFLICTING_RECORDS;
		}
		else if (name == NameCheckResult.MISMATCH) {
			unclear = UnclearReason.NAME_MISMATCH;
		}
		else if (a.bankAccount() == null && !deceased && !a.movedOut()) {
			unclear = UnclearReason.MISSING_BANK_ACCOUNT;
		}
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put(ElderlyAllowanceProcess.VAR_HUKOU_SHENZHEN, hukou);
		inputs.put(ElderlyAllowanceProcess.VAR_AGE, age);
		inputs.put(ElderlyAllowanceProcess.VAR_ALREADY_RECEIVING, a.alreadyReceiving());
		inputs.put(ElderlyAllowanceProcess.VAR_DECEASED, deceased);
		inputs.put(ElderlyAllowanceProcess.VAR_MOVED_OUT, a.movedOut());
		mapper.checked(allowanceId, write(inputs), unclear == null ? null : unclear.name());
		Map<String, Object> variables = new LinkedHashMap<>(inputs);
		variables.put(ElderlyAllowanceProcess.VAR_UNCLEAR_REASON, unclear == null ? null : unclear.name());
		return variables;
	}

	/**
	 * Records the decision table's answer with the decision's version; an unclear case
	 * goes to the street's clerk.
	 * @return where the case goes next
	 */
	@Transactional
	public Route recordDecision(long allowanceId, String eligibility, Number amountYuan, String decisionVersion,
			String unclearReason) {
		Allowance a = mapper.find(allowanceId);
		long fen = amountYuan == null ? 0 : amountYuan.longValue() * 100;
		mapper.decided(allowanceId, eligibility, fen, decisionVersion, clock.instant());
		Route route = ElderlyAllowanceProcess.route(eligibility, unclearReason);
		String summary = "规则决定（" + decisionVersion + "）：" + eligibility + "，月标准 " + fen / 100 + " 元";
		if (route == Route.STAFF && a.status() == AllowanceStatus.RECEIVED) {
			move(a, AllowanceStatus.PENDING_STAFF);
			summary += "；待街道人工核实：" + unclearReason;
			if (UnclearReason.MISSING_BANK_ACCOUNT.name().equals(unclearReason)) {
				sms(a, "您已符合高龄津贴发放条件，请携带社保卡或银行卡到户籍所在街道登记收款账户。");
			}
		}
		audit.recordSystem(a.streetCode(), a.caseNo(), "ELDERLY_RULE_DECIDED", summary, null);
		events.publishEvent(new CaseChanged(a.caseNo()));
		return route;
	}

	/**
	 * Grants the allowance: by the rule alone (秒批) or after the clerk's check; payment
	 * starts the month after the 80th birthday (the current month when that has passed).
	 * A case stopped meanwhile (death, move, refusal) stays stopped.
	 */
	@Transactional
	public void grant(long allowanceId, boolean byStaff) {
		Allowance a = mapper.find(allowanceId);
		if (!a.status().pending()) {
			log.info("[{}] not granted: the case is {} already", a.caseNo(), a.status());
			return;
		}
		a.status().moveTo(AllowanceStatus.GRANTED);
		YearMonth current = YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE));
		YearMonth afterBirthday = YearMonth.from(a.birthDate().plusYears(80)).plusMonths(1);
		YearMonth from = afterBirthday.isAfter(current) ? afterBirthday : current;
		if (mapper.grant(allowanceId, a.status(), byStaff ? Allowance.BY_STAFF : Allowance.BY_RULE,
				from.toString()) == 0) {
			throw ApiException.conflict(org.minzheng.flow.shared.StatusFlow.TRANSITION_INVALID, "案件状态已变化，请刷新");
		}
		long yuan = a.monthlyAmountFen() == null ? 0 : a.monthlyAmountFen() / 100;
		audit.recordSystem(a.streetCode(), a.caseNo(), byStaff ? "ELDERLY_GRANTED_BY_STAFF" : "ELDERLY_GRANTED_BY_RULE",
				(byStaff ? "人工核实后发放" : "秒批发放") + "，每月 " + yuan + " 元，自 " + from + " 起", null);
		sms(a, "您已符合深圳市高龄津贴发放条件，每月" + yuan + "元，自" + from.getYear() + "年" + from.getMonthValue()
				+ "月起发放至您的社保卡账户，无需申请。如需放弃，请联系户籍所在街道。");
		events.publishEvent(new CaseChanged(a.caseNo()));
	}

	/** Closes a case the rule found not eligible or the clerk did not grant. */
	@Transactional
	public void close(long allowanceId, boolean byStaff) {
		Allowance a = mapper.find(allowanceId);
		if (!a.status().pending()) {
			return;
		}
		AllowanceStatus to = byStaff ? AllowanceStatus.NOT_GRANTED : AllowanceStatus.NOT_ELIGIBLE;
		move(a, to);
		audit.recordSystem(a.streetCode(), a.caseNo(), "ELDERLY_" + to.name(),
				to.labelZh() + "（" + a.eligibility() + "）", null);
		events.publishEvent(new CaseChanged(a.caseNo()));
	}

	/** The process ended. */
	@Transactional
	public void closed(long allowanceId) {
		Allowance a = mapper.find(allowanceId);
		mapper.closed(allowanceId, clock.instant());
		events.publishEvent(new CaseChanged(a.caseNo()));
	}

	/** The clerk's check is overdue: the district's supervisors are told. */
	public void escalateOverdue(String processInstanceId, String caseNo, String taskKey) {
		Allowance a = mapper.byNo(caseNo);
		escalations.escalate(processInstanceId, caseNo, taskKey, a == null ? null : a.districtCode());
	}

	/**
	 * A death or a move out of the city: a granted allowance is paid through the month of
	 * the event and stops from the next; a case still being decided stops unpaid.
	 * @return whether anything changed
	 */
	boolean stop(Allowance a, PopulationMessage.Kind kind, LocalDate eventDate) {
		if (kind == PopulationMessage.Kind.HUKOU_MOVED_OUT) {
			mapper.movedOut(a.id());
		}
		if (a.status() != AllowanceStatus.GRANTED && !a.status().pending()) {
			return false;
		}
		a.status().moveTo(AllowanceStatus.STOPPED);
		String until = a.status() == AllowanceStatus.GRANTED ? YearMonth.from(eventDate).toString() : null;
		if (mapper.stop(a.id(), a.status(), AllowanceStatus.STOPPED, until, kind.name()) == 0) {
			throw ApiException.conflict(org.minzheng.flow.shared.StatusFlow.TRANSITION_INVALID, "案件状态已变化，请刷新");
		}
		audit.recordSystem(a.streetCode(), a.caseNo(), "ELDERLY_STOPPED",
				(kind == PopulationMessage.Kind.DEATH ? "人口库消息：死亡" : "人口库消息：户籍迁出") + "（" + eventDate + "）"
						+ (until == null ? "，未发放即停办" : "，发放至 " + until + "，次月起停发"),
				null);
		events.publishEvent(new CaseChanged(a.caseNo()));
		return true;
	}

	/**
	 * The clerk records the resident's bank account (on their behalf).
	 * @throws ApiException 400 {@code BANK_ACCOUNT_INVALID}, 409 when the case has ended
	 */
	@Transactional
	public Allowance recordBankAccount(String caseNo, String account, StaffUser user) {
		Allowance a = acting(caseNo);
		String digits = account == null ? "" : account.replaceAll("\\s", "");
		if (!BANK_ACCOUNT.matcher(digits).matches()) {
			throw ApiException.badRequest("BANK_ACCOUNT_INVALID", "bankAccount", "银行账户须为12至30位数字");
		}
		if (!a.status().pending() && a.status() != AllowanceStatus.GRANTED) {
			throw ApiException.conflict("CASE_ENDED", "案件已办结，不能登记账户");
		}
		mapper.bankAccount(a.id(), crypto.seal(digits));
		audit.record(user, Role.CLERK, a.streetCode(), caseNo, "ELDERLY_BANK_ACCOUNT_RECORDED",
				"代老人登记收款账户 " + PersonalDataMasking.maskText(digits), null);
		events.publishEvent(new CaseChanged(caseNo));
		return mapper.find(a.id());
	}

	/**
	 * The resident refuses the allowance (through the clerk): a granted one stops from
	 * the next month, a pending one ends unpaid.
	 * @throws ApiException 409 when the case has ended
	 */
	@Transactional
	public Allowance refuse(String caseNo, String reason, StaffUser user) {
		Allowance a = acting(caseNo);
		if (a.status() != AllowanceStatus.GRANTED && !a.status().pending()) {
			throw ApiException.conflict("CASE_ENDED", "案件已办结");
		}
		if (a.status() == AllowanceStatus.RECEIVED) {
			throw ApiException.conflict("CASE_BEING_DECIDED", "规则正在决定，请稍后再试");
		}
		a.status().moveTo(AllowanceStatus.REFUSED);
		String until = a.status() == AllowanceStatus.GRANTED
				? YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE)).toString() : null;
		if (mapper.stop(a.id(), a.status(), AllowanceStatus.REFUSED, until, "REFUSED") == 0) {
			throw ApiException.conflict(org.minzheng.flow.shared.StatusFlow.TRANSITION_INVALID, "案件状态已变化，请刷新");
		}
		audit.record(user, Role.CLERK, a.streetCode(), caseNo, "ELDERLY_REFUSED",
				"老人本人放弃高龄津贴" + (until == null ? "" : "，发放至 " + until), reason);
		events.publishEvent(new CaseChanged(caseNo));
		return mapper.find(a.id());
	}

	/** The clerk's check recorded with the task's completion. */
	void reviewed(String caseNo, String decision, String opinion, StaffUser user) {
		Allowance a = acting(caseNo);
		if (ElderlyAllowanceProcess.ClerkDecision.GRANT.name().equals(decision)) {
			if (a.status() != AllowanceStatus.PENDING_STAFF) {
				throw ApiException.conflict("CASE_ENDED", "案件已停办或办结，不能发放");
			}
			if (a.bankAccount() == null) {
				throw ApiException.conflict("BANK_ACCOUNT_MISSING", "请先代老人登记收款账户");
			}
		}
		else if (opinion == null || opinion.isBlank()) {
			throw ApiException.badRequest("OPINION_REQUIRED", "opinion", "不予发放的，请写明理由");
		}
		mapper.reviewed(a.id(), user.username(), opinion == null || opinion.isBlank() ? null : opinion.strip());
	}

	private Allowance acting(String caseNo) {
		Allowance a = mapper.byNo(caseNo);
		if (a == null) {
			throw ApiException.notFound("ALLOWANCE_NOT_FOUND", "案件不存在或无权查看");
		}
		return a;
	}

	private void move(Allowance a, AllowanceStatus to) {
		a.status().moveTo(to);
		if (mapper.move(a.id(), a.status(), to) == 0) {
			throw new ApiException(HttpStatus.CONFLICT, org.minzheng.flow.shared.StatusFlow.TRANSITION_INVALID,
					"案件状态已变化，请刷新");
		}
	}

	/** Through the SMS gateway (simulated: kept in {@code elderly_sms}). */
	private void sms(Allowance a, String text) {
		if (a.phone() == null) {
			return;
		}
		String name = PersonalDataMasking.maskName(crypto.open(a.residentName()));
		mapper.sms(a.caseNo(), a.phone(), "【深圳民政】" + name + "您好：" + text, clock.instant());
	}

	private String sealOrNull(String clear) {
		return clear == null || clear.isBlank() ? null : crypto.seal(clear.strip());
	}

	private String write(Map<String, Object> inputs) {
		try {
			return json.writeValueAsString(inputs);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
