package org.minzheng.flow.aid.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household type that chooses the review interval, household by household: a member
 * able to earn (working age, neither severely disabled nor seriously ill) makes it a
 * half-yearly household; elderly, minor, severely disabled and seriously ill members
 * alone make it a yearly one; 特困 is yearly whatever the members.
 */
class HouseholdTypeTest {

	static final LocalDate ON = LocalDate.of(2026, 6, 15);

	/**
	 * A member of the given age on {@link #ON}: {@code "45"}, {@code "45 severe"},
	 * {@code "45 ill"}.
	 */
	static HouseholdType.Member member(String spec) {
		String[] parts = spec.split(" ");
		LocalDate born = ON.minusYears(Integer.parseInt(parts[0]));
		boolean severe = parts.length > 1 && parts[1].equals("severe");
		boolean ill = parts.length > 1 && parts[1].equals("ill");
		return new HouseholdType.Member(born, severe, ill);
	}

	static Stream<Arguments> households() {
		return Stream.of(
				// 低保: a member who can work
				Arguments.of("DIBAO", "45", HouseholdType.WORKING_AGE),
				Arguments.of("DIBAO", "45, 12", HouseholdType.WORKING_AGE),
				Arguments.of("DIBAO", "16, 70", HouseholdType.WORKING_AGE),
				Arguments.of("DIBAO", "59, 62", HouseholdType.WORKING_AGE),
				Arguments.of("DIBAO", "40 severe, 38, 9", HouseholdType.WORKING_AGE),
				// elderly and minors only
				Arguments.of("DIBAO", "60", HouseholdType.STABLE),
				Arguments.of("DIBAO", "72, 68", HouseholdType.STABLE),
				Arguments.of("DIBAO", "66, 15", HouseholdType.STABLE),
				// working age but unable to earn
				Arguments.of("DIBAO", "45 severe", HouseholdType.STABLE),
				Arguments.of("DIBAO", "52 ill, 75", HouseholdType.STABLE),
				Arguments.of("DIBAO", "48 severe, 50 ill, 10", HouseholdType.STABLE),
				// 特困: yearly whatever the members
				Arguments.of("TEKUN", "45", HouseholdType.TEKUN), Arguments.of("TEKUN", "80", HouseholdType.TEKUN));
	}

	@ParameterizedTest(name = "{0} [{1}] → {2}")
	@MethodSource("households")
	void typeOfHousehold(String benefitType, String members, HouseholdType expected) {
		List<HouseholdType.Member> household = Arrays.stream(members.split(", "))
			.map(HouseholdTypeTest::member)
			.toList();
		assertThat(HouseholdType.of(benefitType, household, ON)).isEqualTo(expected);
	}

}
