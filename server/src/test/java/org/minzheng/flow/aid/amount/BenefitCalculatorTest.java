package org.minzheng.flow.aid.amount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.flow.aid.BenefitType;
import org.minzheng.flow.aid.amount.BenefitCalculator.Breakdown;
import org.minzheng.flow.aid.amount.BenefitCalculator.Household;
import org.minzheng.flow.aid.amount.BenefitCalculator.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amount, household by household: each row a household, the month, and the top-up (or
 * basic support), supplements (or care allowance) and total it must come to, in fen.
 */
class BenefitCalculatorTest {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	/** 低保 ¥1,365 from 2022, raised to ¥1,500 from July 2026 (a change mid-year). */
	static final List<Rate> RATES = List.of(rate(1, RateKind.DIBAO_STANDARD, "2022-01-01", 136500),
			rate(2, RateKind.DIBAO_STANDARD, "2026-07-01", 150000), rate(3, RateKind.TEKUN_BASIC, "2022-01-01", 204800),
			rate(4, RateKind.SUPPLEMENT_ELDERLY, "2022-01-01", 2000),
			rate(5, RateKind.SUPPLEMENT_MINOR, "2022-01-01", 1500),
			rate(6, RateKind.SUPPLEMENT_SEVERE_DISABILITY, "2022-01-01", 3000),
			rate(7, RateKind.SUPPLEMENT_SERIOUS_ILLNESS, "2022-01-01", 2500),
			rate(8, RateKind.CARE_FULL_SELF_CARE, "2022-01-01", 6000),
			rate(9, RateKind.CARE_PARTIAL_SELF_CARE, "2022-01-01", 70000),
			rate(10, RateKind.CARE_FULL_CARE, "2022-01-01", 140000));

	/** The same without the minors' supplement and the care allowances. */
	static final List<Rate> WITHOUT_SOME = RATES.stream()
		.filter(r -> r.kind() != RateKind.SUPPLEMENT_MINOR && !r.kind().name().startsWith("CARE_"))
		.toList();

	record Case(String name, Household household, YearMonth month, List<Rate> rates, long base, long extra, long total,
			int missing, String note) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<Case> households() {
		return Stream.of(new Case("单人无收入", dibao(0, adult()), MARCH, RATES, 136500, 0, 136500, 0, null),
				new Case("三口之家，人均收入 500 元", dibao(150000, adult(), adult(), adult()), MARCH, RATES, 259500, 0, 259500,
						0, null),
				new Case("三口之家，人均收入不整除：每人补差四舍五入到分", dibao(100000, adult(), adult(), adult()), MARCH, RATES, 3 * 103167,
						0, 3 * 103167, 0, null),
				new Case("两人户收入高于标准：补差为 0", dibao(300000, adult(), adult()), MARCH, RATES, 0, 0, 0, 0, "收入超过标准"),
				new Case("单人收入恰等于标准：补差为 0", dibao(136500, adult()), MARCH, RATES, 0, 0, 0, 0, "收入超过标准"),
				new Case("收入高于标准的老人户：不符合低保条件，也不计生活扶助金", dibao(300000, born("1950-01-01"), disabled(adult())), MARCH,
						RATES, 0, 0, 0, 0, "收入超过标准，不计生活扶助金"),
				new Case("65 岁独居老人", dibao(0, born("1961-02-01")), MARCH, RATES, 136500, 27300, 163800, 0, null),
				new Case("母亲与 10 岁子女", dibao(50000, adult(), born("2016-05-01")), MARCH, RATES, 223000, 20475, 243475,
						0, null),
				new Case("重度残疾成年人", dibao(0, disabled(adult())), MARCH, RATES, 136500, 40950, 177450, 0, null),
				new Case("重病成年人", dibao(0, ill(adult())), MARCH, RATES, 136500, 34125, 170625, 0, null),
				new Case("70 岁、重度残疾又重病：只计最高一项", dibao(0, ill(disabled(born("1956-01-10")))), MARCH, RATES, 136500,
						40950, 177450, 0, "只计最高一项"),
				new Case("3 月 15 日满 60 岁：3 月尚不计", dibao(0, born("1966-03-15")), MARCH, RATES, 136500, 0, 136500, 0,
						null),
				new Case("3 月 15 日满 60 岁：4 月起计", dibao(0, born("1966-03-15")), YearMonth.of(2026, 4), RATES, 136500,
						27300, 163800, 0, null),
				new Case("标准年中调整：6 月按旧标准", dibao(0, adult()), YearMonth.of(2026, 6), RATES, 136500, 0, 136500, 0, null),
				new Case("标准年中调整：7 月按新标准，扶助金随标准变", dibao(40000, adult(), born("1950-01-01")), YearMonth.of(2026, 7),
						RATES, 260000, 30000, 290000, 0, null),
				new Case("未成年人扶助金无现行标准：明示未计发", dibao(0, adult(), born("2015-01-01")), MARCH, WITHOUT_SOME, 273000, 0,
						273000, 1, "只计最高一项"),
				new Case("特困 全自理 分散供养", tekun(SelfCare.FULL_SELF_CARE, SupportMode.DISPERSED), MARCH, RATES, 204800,
						6000, 210800, 0, "分散供养"),
				new Case("特困 半自理 集中供养", tekun(SelfCare.PARTIAL_SELF_CARE, SupportMode.CENTRALISED), MARCH, RATES,
						204800, 70000, 274800, 0, "集中供养"),
				new Case("特困 全护理 集中供养", tekun(SelfCare.FULL_CARE, SupportMode.CENTRALISED), MARCH, RATES, 204800,
						140000, 344800, 0, "拨付供养机构"),
				new Case("特困 全护理 分散供养：金额不因供养方式而变", tekun(SelfCare.FULL_CARE, SupportMode.DISPERSED), MARCH, RATES,
						204800, 140000, 344800, 0, "发放至本人账户"),
				new Case("特困 护理金无现行标准", tekun(SelfCare.PARTIAL_SELF_CARE, SupportMode.DISPERSED), MARCH, WITHOUT_SOME,
						204800, 0, 204800, 1, null),
				new Case("特困 尚未评估自理能力", tekun(null, null), MARCH, RATES, 204800, 0, 204800, 1, "供养方式未定"),
				new Case("2022 年前无任何标准", dibao(0, adult()), YearMonth.of(2021, 12), RATES, 0, 0, 0, 1, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("households")
	void computesTheMonthlyAmount(Case c) {
		Breakdown breakdown = BenefitCalculator.calculate(c.household(), c.month(), c.rates());

		assertThat(breakdown.baseFen()).as("base").isEqualTo(c.base());
		assertThat(breakdown.extraFen()).as("supplements / care").isEqualTo(c.extra());
		assertThat(breakdown.totalFen()).as("total").isEqualTo(c.total());
		assertThat(breakdown.lines().stream().mapToLong(BenefitCalculator.Line::amountFen).sum()).as("lines sum")
			.isEqualTo(c.total());
		assertThat(breakdown.missing()).as("items without a rate").hasSize(c.missing());
		assertThat(breakdown.complete()).isEqualTo(c.missing() == 0);
		assertThat(breakdown.persons()).isEqualTo(c.household().members().size());
		if (c.note() != null) {
			assertThat(String.join("；", breakdown.notes()) + "；"
					+ String.join("；", breakdown.lines().stream().map(l -> String.valueOf(l.note())).toList()))
				.contains(c.note());
		}
	}

	@Test
	void namesTheRatesUsedForTheMonth() {
		Household household = dibao(0, born("1950-01-01"));

		Breakdown june = BenefitCalculator.calculate(household, YearMonth.of(2026, 6), RATES);
		Breakdown july = BenefitCalculator.calculate(household, YearMonth.of(2026, 7), RATES);

		assertThat(june.rates()).extracting(Rate::id).containsExactly(1L, 4L);
		assertThat(july.rates()).extracting(Rate::id).containsExactly(2L, 4L);
		assertThat(july.totalFen()).isGreaterThan(june.totalFen());
	}

	@Test
	void aMemberInSeveralCategoriesHasOneSupplementLine() {
		Breakdown breakdown = BenefitCalculator.calculate(dibao(0, ill(disabled(born("1956-01-10")))), MARCH, RATES);

		assertThat(breakdown.lines()).extracting(BenefitCalculator.Line::category)
			.containsExactly("DIBAO_TOP_UP", "SUPPLEMENT_SEVERE_DISABILITY");
		assertThat(breakdown.rates()).extracting(Rate::id).containsExactly(1L, 6L);
	}

	@Test
	void saysWhichItemHasNoRateInsteadOfPayingZeroSilently() {
		Breakdown breakdown = BenefitCalculator.calculate(dibao(0, adult(), born("2015-01-01")), MARCH, WITHOUT_SOME);

		assertThat(breakdown.missing()).singleElement().asString().contains("未满18周岁");
		assertThat(breakdown.lines()).filteredOn(l -> l.category().equals("SUPPLEMENT_MINOR"))
			.singleElement()
			.satisfies(line -> assertThat(line.note()).contains("无现行标准"));
	}

	private static Rate rate(long id, RateKind kind, String from, long value) {
		return new Rate(id, kind, LocalDate.parse(from), value, "测试〔2026〕" + id + "号", "测试标准");
	}

	private static Household dibao(long income, Member... members) {
		return new Household(BenefitType.DIBAO, numbered(members), income, null, null);
	}

	private static Household tekun(SelfCare level, SupportMode mode) {
		return new Household(BenefitType.TEKUN, numbered(new Member[] { born("1958-08-08") }), 0, level, mode);
	}

	private static List<Member> numbered(Member[] members) {
		List<Member> list = new ArrayList<>();
		for (int i = 0; i < members.length; i++) {
			Member m = members[i];
			list.add(new Member((long) i + 1, "成员" + (i + 1), m.birthDate(), m.severeDisability(), m.seriousIllness()));
		}
		return list;
	}

	private static Member adult() {
		return born("1985-06-01");
	}

	private static Member born(String date) {
		return new Member(null, null, LocalDate.parse(date), false, false);
	}

	private static Member disabled(Member m) {
		return new Member(null, null, m.birthDate(), true, m.seriousIllness());
	}

	private static Member ill(Member m) {
		return new Member(null, null, m.birthDate(), m.severeDisability(), true);
	}

}
