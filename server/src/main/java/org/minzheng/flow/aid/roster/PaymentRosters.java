package org.minzheng.flow.aid.roster;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.minzheng.flow.aid.BenefitType;
import org.minzheng.flow.aid.amount.BenefitAmounts;
import org.minzheng.flow.aid.amount.BenefitCalculator;
import org.minzheng.flow.aid.amount.Rate;
import org.minzheng.flow.aid.amount.SelfCare;
import org.minzheng.flow.aid.amount.SupportMode;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly payment roster (发放名册) for finance: each beneficiary paid in the month with
 * the amount computed under that month's rates, what changed against the month before
 * (new, stopped, amount changed), and totals per benefit type and overall.
 *
 * <p>
 * Who: a street's clerks, reviewers, approvers and supervisors for their street; a
 * district's approvers, supervisors and auditors for the district (and its streets); the
 * city's supervisors and auditors for everything. Exports are audited.
 */
@Service
public class PaymentRosters {

	static final String CITY = "440300";

	/** Roles that read a street's roster. */
	static final List<Role> STREET_ROLES = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR,
			Role.AUDITOR);

	/** Roles that read a district's or the city's roster. */
	static final List<Role> WIDE_ROLES = List.of(Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR);

	private final RosterMapper rosters;

	private final BenefitAmounts amounts;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	PaymentRosters(RosterMapper rosters, BenefitAmounts amounts, OrgDirectory orgs, AuditTrail audit) {
		this.rosters = rosters;
		this.amounts = amounts;
		this.orgs = orgs;
		this.audit = audit;
	}

	/** How a row changed against the month before. */
	public enum Change {

		NEW("新增"), CHANGED("金额变动"), UNCHANGED("无变动"), STOPPED("停发");

		private final String label;

		Change(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * A household on the roster; a stopped one has amount 0 and its last month's amount.
	 */
	public record Row(String householdNo, String applicationNo, String streetCode, String streetName,
			String applicantName, String applicantId, int persons, String benefitType, String benefitLabel,
			long amountFen, Change change, Long previousAmountFen, boolean complete) {
	}

	/** The totals of a benefit type (households and persons paid, amount). */
	public record Total(String benefitType, String label, int households, int persons, long amountFen) {
	}

	/** The roster of a unit for a month. */
	public record Roster(String unitCode, String unitName, YearMonth month, List<Row> rows, List<Total> totals,
			int households, int persons, long totalFen, long newCount, long changedCount, long stoppedCount) {
	}

	/**
	 * The roster of the unit for the month, for a user who may read it.
	 * @throws ApiException {@code UNIT_UNKNOWN}, {@code ACCESS_DENIED} (403)
	 */
	@Transactional(readOnly = true)
	public Roster roster(String unitCode, YearMonth month, StaffUser user) {
		acting(unitCode, user);
		return build(unitCode, month);
	}

	/**
	 * The roster for an export, audited: who, which unit, which month, how many rows.
	 */
	@Transactional
	public Roster export(String unitCode, YearMonth month, String format, StaffUser user) {
		Role role = acting(unitCode, user);
		Roster roster = build(unitCode, month);
		audit.record(user, role, unitCode, null, "AID_ROSTER_EXPORTED",
				"导出发放名册（" + format + "）：" + roster.unitName() + " " + month + "，共 " + roster.rows().size() + " 行（发放 "
						+ roster.households() + " 户 " + roster.persons() + " 人，新增 " + roster.newCount() + "、金额变动 "
						+ roster.changedCount() + "、停发 " + roster.stoppedCount() + "），合计 "
						+ RosterFiles.yuan(roster.totalFen()) + " 元",
				null);
		return roster;
	}

	/** The role the user reads the unit's roster in, or a refusal. */
	private Role acting(String unitCode, StaffUser user) {
		OrgUnit unit = orgs.find(unitCode)
			.filter(u -> u.isStreet() || u.isDistrict() || CITY.equals(u.code()))
			.orElseThrow(() -> ApiException.badRequest("UNIT_UNKNOWN", "unit", "请选择街道、区或全市"));
		List<Role> roles = unit.isStreet() ? STREET_ROLES : WIDE_ROLES;
		return roles.stream()
			.filter(role -> user.covers(BusinessLine.AID, role, unit.code()))
			.findFirst()
			.orElseThrow(() -> ApiException.forbidden("ACCESS_DENIED", "无权查看该单位的发放名册"));
	}

	private Roster build(String unitCode, YearMonth month) {
		OrgUnit unit = orgs.find(unitCode).orElseThrow();
		YearMonth previous = month.minusMonths(1);
		List<RosterMapper.Paid> candidates = rosters.paid(unit.isStreet() ? unitCode : null,
				unit.isDistrict() ? unitCode : null, previous.atDay(1), month.atDay(1));
		Map<Long, List<RosterMapper.Member>> members = candidates.isEmpty() ? Map.of() : rosters
			.members(candidates.stream().map(RosterMapper.Paid::householdId).distinct().toList())
			.stream()
			.collect(Collectors.groupingBy(RosterMapper.Member::householdId, LinkedHashMap::new, Collectors.toList()));
		List<Rate> rates = amounts.ratesInForce();
		List<Row> rows = new ArrayList<>();
		for (RosterMapper.Paid paid : candidates) {
			List<RosterMapper.Member> household = members.getOrDefault(paid.householdId(), List.of());
			if (household.isEmpty()) {
				continue;
			}
			Optional<BenefitCalculator.Breakdown> now = paidIn(paid, month)
					? Optional.of(amount(paid, household, month, rates)) : Optional.empty();
			Optional<BenefitCalculator.Breakdown> before = paidIn(paid, previous)
					? Optional.of(amount(paid, household, previous, rates)) : Optional.empty();
			if (now.isEmpty() && before.isEmpty()) {
				continue;
			}
			Change change = now.isEmpty() ? Change.STOPPED : before.isEmpty() ? Change.NEW
					: now.get().totalFen() == before.get().totalFen() ? Change.UNCHANGED : Change.CHANGED;
			BenefitType type = BenefitType.valueOf(paid.benefitType());
			rows.add(new Row("%s-%06d".formatted(paid.streetCode(), paid.householdId()), paid.applicationNo(),
					paid.streetCode(), orgs.nameOf(paid.streetCode()),
					PersonalDataMasking.maskName(paid.applicantName()),
					org.minzheng.flow.shared.SealedText
						.mask(org.minzheng.flow.shared.SealedText.valueOf(paid.applicantIdNumber())),
					household.size(), type.name(), type.label(),
					now.map(BenefitCalculator.Breakdown::totalFen).orElse(0L), change,
					before.map(BenefitCalculator.Breakdown::totalFen).orElse(null),
					now.map(BenefitCalculator.Breakdown::complete).orElse(true)));
		}
		List<Total> totals = new ArrayList<>();
		for (BenefitType type : BenefitType.values()) {
			List<Row> paidRows = rows.stream()
				.filter(r -> r.change() != Change.STOPPED && r.benefitType().equals(type.name()))
				.toList();
			totals.add(new Total(type.name(), type.label(), paidRows.size(),
					paidRows.stream().mapToInt(Row::persons).sum(), paidRows.stream().mapToLong(Row::amountFen).sum()));
		}
		return new Roster(unitCode, unit.name(), month, rows, totals, totals.stream().mapToInt(Total::households).sum(),
				totals.stream().mapToInt(Total::persons).sum(), totals.stream().mapToLong(Total::amountFen).sum(),
				count(rows, Change.NEW), count(rows, Change.CHANGED), count(rows, Change.STOPPED));
	}

	/**
	 * Paid for the month: started, not ended before it, and still paid (ACTIVE or
	 * PHASING_OUT) or ended with a last month on or after it.
	 */
	static boolean paidIn(RosterMapper.Paid paid, YearMonth month) {
		boolean running = "ACTIVE".equals(paid.status()) || "PHASING_OUT".equals(paid.status());
		return !paid.paymentStart().isAfter(month.atDay(1))
				&& (paid.paymentEnd() == null ? running : !month.atDay(1).isAfter(paid.paymentEnd()));
	}

	private static BenefitCalculator.Breakdown amount(RosterMapper.Paid paid, List<RosterMapper.Member> household,
			YearMonth month, List<Rate> rates) {
		List<BenefitCalculator.Member> members = household.stream()
			.map(m -> new BenefitCalculator.Member(m.id(), PersonalDataMasking.maskName(m.name()), m.birthDate(),
					m.severeDisability(), m.seriousIllness()))
			.toList();
		return BenefitCalculator.calculate(
				new BenefitCalculator.Household(BenefitType.valueOf(paid.benefitType()), members,
						paid.householdIncomeFen() == null ? 0 : paid.householdIncomeFen(),
						enumOf(SelfCare.class, paid.selfCareLevel()), enumOf(SupportMode.class, paid.supportMode())),
				month, rates);
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
		try {
			return code == null ? null : Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static long count(List<Row> rows, Change change) {
		return rows.stream().filter(r -> r.change() == change).count();
	}

}
