package org.minzheng.flow.aid.review;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The household types whose review interval is configured in {@code aid_review_interval}.
 * The rule is that of 《最低生活保障审核确认办法》 (民发〔2021〕57号) on 动态管理: a household whose income may
 * change because a member can work is checked every half year; one whose situation
 * changes little in the short run — only elderly, minor, severely disabled or seriously
 * ill members — every year; 特困 persons every year.
 */
public enum HouseholdType {

	/**
	 * A member of working age (16–59) with neither a severe disability nor a serious
	 * illness: the income may change, every 6 months by default.
	 */
	WORKING_AGE,
	/**
	 * Only elderly (60+), minor, severely disabled (重度残疾) or seriously ill (重病) members:
	 * stable income, every 12 months by default.
	 */
	STABLE,
	/** 特困 persons: yearly. */
	TEKUN;

	static final int WORKING_AGE_FROM = 16;

	static final int WORKING_AGE_UNTIL = 60;

	/** What of a member decides the household's type. */
	public record Member(LocalDate birthDate, boolean severeDisability, boolean seriousIllness) {

		/**
		 * Whether the member counts as able to earn: of working age on the day and
		 * neither severely disabled nor seriously ill.
		 */
		boolean mayEarn(LocalDate on) {
			int age = Period.between(birthDate, on).getYears();
			return age >= WORKING_AGE_FROM && age < WORKING_AGE_UNTIL && !severeDisability && !seriousIllness;
		}

	}

	/**
	 * The type of a household of this benefit type with these members, on the given day.
	 */
	static HouseholdType of(String benefitType, List<Member> members, LocalDate on) {
		if ("TEKUN".equals(benefitType)) {
			return TEKUN;
		}
		return members.stream().anyMatch(m -> m.mayEarn(on)) ? WORKING_AGE : STABLE;
	}

}
