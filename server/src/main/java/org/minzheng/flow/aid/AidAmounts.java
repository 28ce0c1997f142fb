package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.aid.amount.BenefitAmounts;
import org.minzheng.flow.aid.amount.BenefitCalculator;
import org.minzheng.flow.aid.amount.BenefitCalculator.Breakdown;
import org.minzheng.flow.aid.amount.BenefitCalculator.Household;
import org.minzheng.flow.aid.amount.RateRecord;
import org.minzheng.flow.aid.amount.SelfCare;
import org.minzheng.flow.aid.amount.SupportMode;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The amount of a 低保/特困 case: the 试算 (trial calculation) a clerk runs on the form before
 * submitting (nothing stored), the case's amount under the rates of a month, and the
 * breakdown stored when the case is approved. Names are masked in every breakdown.
 */
@Service
class AidAmounts {

	private final AidAmountMapper figures;

	private final BenefitAmounts amounts;

	private final OrgDirectory orgs;

	private final Clock clock;

	AidAmounts(AidAmountMapper figures, BenefitAmounts amounts, OrgDirectory orgs, Clock clock) {
		this.figures = figures;
		this.amounts = amounts;
		this.orgs = orgs;
		this.clock = clock;
	}

	/**
	 * The form's figures for a trial: the benefit, the members (name, ID number, severe
	 * disability, serious illness), the household's monthly income in fen, the 特困
	 * self-care level and support mode if known, and the month (the next one if none).
	 */
	record Trial(@NotNull BenefitType benefitType, @Size(max = 20) String intakeStreetCode,
			@NotEmpty @Size(max = 20) List<@Valid @NotNull TrialMember> members,
			@PositiveOrZero @Max(100_000_000_00L) Long monthlyIncomeFen, SelfCare selfCareLevel,
			SupportMode supportMode, YearMonth month) {
	}

	/** A member as the form has them. */
	record TrialMember(@Size(max = 50) String name, @NotBlank @Size(max = 18) String idNumber, Boolean severeDisability,
			Boolean seriousIllness) {
	}

	/** The case's amount: under the rates of a month, and as stored at approval. */
	record CaseAmount(Breakdown current, StoredView approved) {
	}

	/** The breakdown stored at approval, members named (masked). */
	record StoredView(YearMonth month, String benefitType, int persons, long householdIncomeFen, long baseFen,
			long extraFen, long totalFen, List<StoredLineView> lines, List<RateRecord> rates, List<String> notes) {
	}

	/** A stored line with the member's masked name. */
	record StoredLineView(int lineNo, String name, String category, String label, long amountFen, String note) {
	}

	/**
	 * A trial calculation on the new-application form: nothing is stored.
	 * @throws ApiException {@code NOT_INTAKE_CLERK} (not a clerk of a street, or not of
	 * the street named), an ID number's problem code for {@code members[i].idNumber}
	 */
	@Transactional(readOnly = true)
	public Breakdown trial(Trial trial, StaffUser clerk) {
		boolean streetClerk = clerk.coverage(BusinessLine.AID, Role.CLERK)
			.stream()
			.anyMatch(code -> orgs.find(code).filter(OrgUnit::isStreet).isPresent());
		if (!streetClerk || (trial.intakeStreetCode() != null
				&& !clerk.covers(BusinessLine.AID, Role.CLERK, trial.intakeStreetCode()))) {
			throw ApiException.forbidden("NOT_INTAKE_CLERK", "只有街道受理人员可以试算");
		}
		List<BenefitCalculator.Member> members = new ArrayList<>();
		for (int i = 0; i < trial.members().size(); i++) {
			TrialMember member = trial.members().get(i);
			Optional<CitizenIdNumber.Problem> problem = CitizenIdNumber.problem(member.idNumber());
			if (problem.isPresent()) {
				throw ApiException.badRequest(problem.get().name(), "members[" + i + "].idNumber",
						problem.get().message());
			}
			members.add(new BenefitCalculator.Member(null,
					member.name() == null || member.name().isBlank() ? "成员" + (i + 1)
							: PersonalDataMasking.maskName(member.name()),
					CitizenIdNumber.of(member.idNumber()).birthDate(), Boolean.TRUE.equals(member.severeDisability()),
					Boolean.TRUE.equals(member.seriousIllness())));
		}
		if (trial.month() != null && !BenefitCalculator.supported(trial.month())) {
			throw ApiException.badRequest("MONTH_INVALID", "month", "月份须在 2000-01 至 2099-12 之间");
		}
		Household household = new Household(trial.benefitType(), members,
				trial.monthlyIncomeFen() == null ? 0 : trial.monthlyIncomeFen(), trial.selfCareLevel(),
				trial.supportMode());
		return amounts.calculate(household, trial.month() == null ? nextMonth() : trial.month());
	}

	/**
	 * The case's amount under the rates of the month (the next one if none), and the
	 * breakdown stored at its approval if it was approved. The caller has checked that
	 * the user may read the case.
	 */
	@Transactional(readOnly = true)
	public CaseAmount forCase(AidApplication application, YearMonth month) {
		Breakdown current = amounts.calculate(household(application), month == null ? nextMonth() : month);
		return new CaseAmount(current, stored(application).orElse(null));
	}

	/** The breakdown stored at approval, members named (masked). */
	@Transactional(readOnly = true)
	public Optional<StoredView> stored(AidApplication application) {
		return amounts.stored(application.id()).map(stored -> {
			Map<Long, String> names = figures.members(application.householdId())
				.stream()
				.collect(Collectors.toMap(AidAmountMapper.MemberConditions::id,
						m -> PersonalDataMasking.maskName(m.name())));
			return new StoredView(stored.month(), stored.benefitType(), stored.persons(), stored.householdIncomeFen(),
					stored.baseFen(), stored.extraFen(), stored.totalFen(),
					stored.lines()
						.stream()
						.map(l -> new StoredLineView(l.lineNo(), names.getOrDefault(l.memberId(), ""), l.category(),
								l.label(), l.amountFen(), l.note()))
						.toList(),
					stored.rates(), stored.notes());
		});
	}

	/** The case's breakdown for a month under the rates in force in it. */
	@Transactional(readOnly = true)
	public Breakdown compute(AidApplication application, YearMonth month) {
		return amounts.calculate(household(application), month);
	}

	/**
	 * Stores the breakdown approved (see {@link #compute}) with the beneficiary's income
	 * and support mode, once the beneficiary exists, in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void store(AidApplication application, Breakdown breakdown) {
		amounts.store(application.id(), breakdown);
		AidAmountMapper.CaseFigures known = figuresOf(application);
		figures.setBeneficiaryFigures(application.id(), breakdown.householdIncomeFen(),
				BenefitType.valueOf(application.benefitType()) == BenefitType.TEKUN ? known.supportMode() : null);
	}

	/** The case's household as the calculator takes it. */
	Household household(AidApplication application) {
		AidAmountMapper.CaseFigures known = figuresOf(application);
		List<BenefitCalculator.Member> members = figures.members(application.householdId())
			.stream()
			.map(m -> new BenefitCalculator.Member(m.id(), PersonalDataMasking.maskName(m.name()), m.birthDate(),
					m.severeDisability(), m.seriousIllness()))
			.toList();
		return new Household(BenefitType.valueOf(application.benefitType()), members,
				known.declaredIncomeFen() == null ? 0 : known.declaredIncomeFen(),
				parse(SelfCare::valueOf, known.selfCareLevel()), parse(SupportMode::valueOf, known.supportMode()));
	}

	/**
	 * The declared income, support mode and self-care level; all null (MyBatis then reads
	 * no row) for a 低保 case filed without a declaration.
	 */
	private AidAmountMapper.CaseFigures figuresOf(AidApplication application) {
		AidAmountMapper.CaseFigures known = figures.figures(application.id());
		return known != null ? known : new AidAmountMapper.CaseFigures(null, null, null);
	}

	private YearMonth nextMonth() {
		return YearMonth.now(clock).plusMonths(1);
	}

	private static <E> E parse(Function<String, E> valueOf, String code) {
		try {
			return code == null ? null : valueOf.apply(code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
