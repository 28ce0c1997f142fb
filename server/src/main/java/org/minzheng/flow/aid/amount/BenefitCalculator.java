package org.minzheng.flow.aid.amount;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.flow.aid.BenefitType;

/**
 * The monthly amount of a 低保 or 特困 household under the rates in force in one month. Pure:
 * no Spring, no database; the rates in force (of every date) come in with the call.
 *
 * <p>
 * <b>低保</b> is a top-up (补差): each member gets the standard less the household's monthly
 * income per head, floored at 0 (a household at or above the standard gets no top-up:
 * 收入超过标准); plus, per eligible member, a 生活扶助金 as a share of the standard for members aged
 * 60 or over, minors under 18, members with a severe disability (重度残疾, grade 1–2) or a
 * serious illness (重病), only while the household is eligible (income per head below the
 * standard). <b>A member in several categories gets the highest one only</b> (the
 * breakdown names the categories passed over). Ages are taken on the first day of the
 * month.
 *
 * <p>
 * <b>特困</b>: per person the basic support (基本生活供养金) plus the care allowance (照料护理金) of
 * the assessed self-care level; income is not counted (无生活来源). The support mode (集中/分散)
 * does not change the amount, only who receives it.
 *
 * <p>
 * <b>Rounding</b>: every line is computed per member in exact integer arithmetic and
 * rounded half-up to the fen (the top-up {@code (standard × persons − income) / persons};
 * a supplement {@code standard × basis points / 10000}); the totals are sums of the
 * rounded lines. A rate that is not in force in the month is never taken as zero: the
 * line is shown with 0 and the breakdown lists it under {@link Breakdown#missing()}.
 */
public final class BenefitCalculator {

	/** 60 周岁. */
	static final int ELDERLY_AGE = 60;

	/** 18 周岁. */
	static final int ADULT_AGE = 18;

	private static final long BASIS = 10_000;

	/** The first month the calculator answers for. */
	public static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

	/** The last month the calculator answers for. */
	public static final YearMonth LAST_MONTH = YearMonth.of(2099, 12);

	/** Whether the month lies in the range the calculator answers for. */
	public static boolean supported(YearMonth month) {
		return month != null && !month.isBefore(FIRST_MONTH) && !month.isAfter(LAST_MONTH);
	}

	private BenefitCalculator() {
	}

	/** A household member as the calculator sees it; {@code name} is shown as given. */
	public record Member(Long memberId, String name, LocalDate birthDate, boolean severeDisability,
			boolean seriousIllness) {
	}

	/**
	 * The household: the benefit, its members, its monthly income in fen (低保 only), the
	 * 特困 self-care level and support mode ({@code null} while unknown).
	 */
	public record Household(BenefitType benefitType, List<Member> members, long monthlyIncomeFen, SelfCare selfCare,
			SupportMode supportMode) {
	}

	/** One line of the breakdown: an item for one member. */
	public record Line(int memberIndex, Long memberId, String name, String category, String label, long amountFen,
			Long rateId, String note) {
	}

	/**
	 * The breakdown for one month.
	 *
	 * @param baseFen the top-up (低保) or basic support (特困), summed over the members
	 * @param extraFen the 生活扶助金 (低保) or care allowance (特困), summed
	 * @param rates the rates used, each once
	 * @param missing the items for which no rate was in force (nothing paid for them)
	 * @param notes what the reader should know (rules applied, income above the standard)
	 */
	public record Breakdown(YearMonth month, BenefitType benefitType, int persons, long householdIncomeFen,
			Long standardFen, List<Line> lines, long baseFen, long extraFen, long totalFen, List<Rate> rates,
			List<String> missing, List<String> notes) {

		/** Whether every item had a rate in force. */
		public boolean complete() {
			return missing.isEmpty();
		}

	}

	/**
	 * The breakdown of the household's amount for the month.
	 * @param rates rates in force (any effective date; the latest on or before the
	 * month's first day counts for each kind)
	 */
	public static Breakdown calculate(Household household, YearMonth month, List<Rate> rates) {
		if (household.members().isEmpty()) {
			throw new IllegalArgumentException("a household has members");
		}
		Work work = new Work(month, rates);
		return household.benefitType() == BenefitType.TEKUN ? tekun(household, work) : dibao(household, work);
	}

	private static Breakdown dibao(Household household, Work work) {
		int persons = household.members().size();
		long income = Math.max(0, household.monthlyIncomeFen());
		Optional<Rate> standard = work.rate(RateKind.DIBAO_STANDARD);
		long base = 0;
		long extra = 0;
		if (standard.isEmpty()) {
			work.missing.add(RateKind.DIBAO_STANDARD.label());
		}
		long standardFen = standard.map(Rate::value).orElse(0L);
		long shortfall = standardFen * persons - income;
		long topUp = shortfall <= 0 ? 0 : halfUp(shortfall, persons);
		if (standard.isPresent() && shortfall <= 0) {
			work.notes
				.add("收入超过标准：家庭月人均收入 " + yuan(halfUp(income, persons)) + " 元不低于低保标准 " + yuan(standardFen) + " 元，补差为 0");
		}
		for (int i = 0; i < persons; i++) {
			Member member = household.members().get(i);
			String note = standard.isEmpty() ? "该月无现行低保标准，未计发" : shortfall <= 0 ? "收入超过标准"
					: "低保标准 " + yuan(standardFen) + " 元 −（家庭月收入 " + yuan(income) + " 元 ÷ " + persons + " 人）";
			work.line(i, member, "DIBAO_TOP_UP", "低保金（补差）", topUp, standard.map(Rate::id).orElse(null), note);
			base += topUp;
			extra += shortfall > 0 || standard.isEmpty() ? supplement(i, member, standard, work)
					: notEligible(i, member, work);
		}
		work.notes.add("生活扶助金：同时符合多个类别的成员只计最高一项");
		return work.breakdown(household, standard.map(Rate::value).orElse(null), base, extra);
	}

	/**
	 * A household whose income per head reaches the standard is not eligible for 低保, so
	 * none of its members gets a 生活扶助金 either (the supplement is paid on top of 低保, not
	 * instead of it): a line of 0 for each member who falls in a category says so.
	 */
	private static long notEligible(int index, Member member, Work work) {
		List<RateKind> categories = categories(member, work.month);
		if (!categories.isEmpty()) {
			work.line(index, member, categories.get(0).name(), categories.get(0).label(), 0, null, "收入超过标准，不计生活扶助金");
		}
		return 0;
	}

	/** The highest supplement the member qualifies for, added as a line; its amount. */
	private static long supplement(int index, Member member, Optional<Rate> standard, Work work) {
		List<RateKind> categories = categories(member, work.month);
		if (categories.isEmpty()) {
			return 0;
		}
		Rate best = null;
		List<String> missing = new ArrayList<>();
		for (RateKind kind : categories) {
			Optional<Rate> rate = work.find(kind);
			if (rate.isEmpty()) {
				missing.add(kind.label());
			}
			else if (best == null || rate.get().value() > best.value()) {
				best = rate.get();
			}
		}
		missing.forEach(label -> work.missing.add(label + "（" + member.name() + "）"));
		if (best == null || standard.isEmpty()) {
			RateKind first = categories.get(0);
			work.line(index, member, first.name(), first.label(), 0, null,
					standard.isEmpty() ? "该月无现行低保标准，未计发" : "该月无现行标准，未计发");
			return 0;
		}
		work.use(best);
		long amount = halfUp(standard.get().value() * best.value(), BASIS);
		RateKind chosen = best.kind();
		List<String> others = categories.stream().filter(k -> k != chosen).map(RateKind::label).toList();
		String note = "低保标准 × " + percent(best.value())
				+ (others.isEmpty() ? "" : "；同时属于" + String.join("、", others) + "，只计最高一项")
				+ (missing.isEmpty() ? "" : "；" + String.join("、", missing) + "无现行标准");
		work.line(index, member, best.kind().name(), best.kind().label(), amount, best.id(), note);
		return amount;
	}

	/** The supplement categories a member falls in that month. */
	static List<RateKind> categories(Member member, YearMonth month) {
		List<RateKind> categories = new ArrayList<>();
		int age = member.birthDate() == null ? -1 : Period.between(member.birthDate(), month.atDay(1)).getYears();
		if (age >= ELDERLY_AGE) {
			categories.add(RateKind.SUPPLEMENT_ELDERLY);
		}
		if (age >= 0 && age < ADULT_AGE) {
			categories.add(RateKind.SUPPLEMENT_MINOR);
		}
		if (member.severeDisability()) {
			categories.add(RateKind.SUPPLEMENT_SEVERE_DISABILITY);
		}
		if (member.seriousIllness()) {
			categories.add(RateKind.SUPPLEMENT_SERIOUS_ILLNESS);
		}
		return categories;
	}

	private static Breakdown tekun(Household household, Work work) {
		Optional<Rate> basic = work.rate(RateKind.TEKUN_BASIC);
		if (basic.isEmpty()) {
			work.missing.add(RateKind.TEKUN_BASIC.label());
		}
		Optional<Rate> care = household.selfCare() == null ? Optional.empty()
				: work.rate(RateKind.care(household.selfCare()));
		if (household.selfCare() == null) {
			work.missing.add("照料护理金（生活自理能力尚未评估）");
		}
		else if (care.isEmpty()) {
			work.missing.add(RateKind.care(household.selfCare()).label());
		}
		long base = 0;
		long extra = 0;
		for (int i = 0; i < household.members().size(); i++) {
			Member member = household.members().get(i);
			long basicFen = basic.map(Rate::value).orElse(0L);
			work.line(i, member, RateKind.TEKUN_BASIC.name(), RateKind.TEKUN_BASIC.label(), basicFen,
					basic.map(Rate::id).orElse(null), basic.isEmpty() ? "该月无现行标准，未计发" : null);
			base += basicFen;
			RateKind careKind = household.selfCare() == null ? null : RateKind.care(household.selfCare());
			long careFen = care.map(Rate::value).orElse(0L);
			work.line(i, member, careKind == null ? "CARE_UNASSESSED" : careKind.name(),
					careKind == null ? "照料护理金" : careKind.label(), careFen, care.map(Rate::id).orElse(null),
					careKind == null ? "生活自理能力尚未评估，未计发" : care.isEmpty() ? "该月无现行标准，未计发" : null);
			extra += careFen;
		}
		work.notes.add(household.supportMode() == null ? "供养方式未定" : household.supportMode().label()
				+ (household.supportMode() == SupportMode.CENTRALISED ? "：供养金拨付供养机构" : "：供养金发放至本人账户"));
		return work.breakdown(household, basic.map(Rate::value).orElse(null), base, extra);
	}

	/** The label of a line's category, as the breakdown shows it. */
	public static String label(String category) {
		return switch (category) {
			case "DIBAO_TOP_UP" -> "低保金（补差）";
			case "CARE_UNASSESSED" -> "照料护理金";
			default -> {
				try {
					yield RateKind.valueOf(category).label();
				}
				catch (IllegalArgumentException ex) {
					yield category;
				}
			}
		};
	}

	/** {@code numerator / denominator} rounded half-up (non-negative numerator). */
	static long halfUp(long numerator, long denominator) {
		return (2 * numerator + denominator) / (2 * denominator);
	}

	static String yuan(long fen) {
		return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
	}

	private static String percent(long basisPoints) {
		return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
	}

	/** What one calculation collects as it goes. */
	private static final class Work {

		final YearMonth month;

		final List<Rate> rates;

		final Map<Long, Rate> used = new LinkedHashMap<>();

		final List<Line> lines = new ArrayList<>();

		final List<String> missing = new ArrayList<>();

		final List<String> notes = new ArrayList<>();

		Work(YearMonth month, List<Rate> rates) {
			this.month = month;
			this.rates = rates;
		}

		/** The latest rate of the kind in force on the month's first day, as used. */
		Optional<Rate> rate(RateKind kind) {
			Optional<Rate> rate = find(kind);
			rate.ifPresent(this::use);
			return rate;
		}

		/** The latest rate of the kind in force on the month's first day. */
		Optional<Rate> find(RateKind kind) {
			LocalDate first = month.atDay(1);
			return rates.stream()
				.filter(r -> r.kind() == kind && !r.effectiveFrom().isAfter(first))
				.max(Comparator.comparing(Rate::effectiveFrom));
		}

		void use(Rate rate) {
			used.putIfAbsent(rate.id(), rate);
		}

		void line(int index, Member member, String category, String label, long amount, Long rateId, String note) {
			lines.add(new Line(index, member.memberId(), member.name(), category, label, amount, rateId, note));
		}

		Breakdown breakdown(Household household, Long standardFen, long base, long extra) {
			return new Breakdown(month, household.benefitType(), household.members().size(),
					household.benefitType() == BenefitType.TEKUN ? 0 : Math.max(0, household.monthlyIncomeFen()),
					standardFen, List.copyOf(lines), base, extra, base + extra, List.copyOf(used.values()),
					List.copyOf(missing), List.copyOf(notes));
		}

	}

}
