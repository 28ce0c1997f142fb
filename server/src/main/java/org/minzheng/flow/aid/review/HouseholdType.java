package org.minzheng.flow.aid.review;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The household types whose review interval is configured in {@code aid_review_interval}.
 */
public enum HouseholdType {

	/**
	 * A member of working age (16–59): the income may change, every 6 months by default.
	 */
	WORKING_AGE,
	/**
	 * Only elderly (60+) and minor members: stable income, every 12 months by default.
	 * (Members with severe disability or serious illness count here too once their
	 * records carry it.)
	 */
	STABLE,
	/** 特困 persons: yearly. */
	TEKUN;

	static final int WORKING_AGE_FROM = 16;

	static final int WORKING_AGE_UNTIL = 60;

	/**
	 * The type of a household of this benefit type whose members were born on these days,
	 * on the given day.
	 */
	static HouseholdType of(String benefitType, List<LocalDate> birthDates, LocalDate on) {
		if ("TEKUN".equals(benefitType)) {
			return TEKUN;
		}
		boolean workingAge = birthDates.stream()
			.map(born -> Period.between(born, on).getYears())
			.anyMatch(age -> age >= WORKING_AGE_FROM && age < WORKING_AGE_UNTIL);
		return workingAge ? WORKING_AGE : STABLE;
	}

}
