package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.shared.CitizenIdNumber.Problem;

class CitizenIdNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "440308199001011239", "44030819620101123X",
			"11010519491231002x", " 440524188001010014 " })
	void acceptsKnownValidNumbers(String id) {
		assertThat(CitizenIdNumber.problem(id)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "44030819900101123", "11010519800101001", "44030320000229567", "65010220231231001",
			"51010219560707999" })
	void acceptsNumbersWithAComputedCheckDigit(String first17) {
		String id = withCheckDigit(first17);

		assertThat(CitizenIdNumber.problem(id)).isEmpty();
		assertThat(CitizenIdNumber.checkCharacter(first17)).isEqualTo(id.charAt(17));
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "110105194912310020", "440524188001010015", "44052418800101001X",
			"440308199001011230", "440308196201011239" })
	void rejectsAWrongCheckDigit(String id) {
		assertThat(CitizenIdNumber.problem(id)).contains(Problem.ID_CHECK_DIGIT);
	}

	@ParameterizedTest(name = "birth date {0}")
	@ValueSource(strings = { "19900230", "19901301", "19900100", "19000229", "20990101", "00000000" })
	void rejectsAnImpossibleOrFutureBirthDateEvenWithTheRightCheckDigit(String birthDate) {
		String id = withCheckDigit("440308" + birthDate + "123");

		assertThat(CitizenIdNumber.problem(id)).contains(Problem.ID_BIRTH_DATE);
	}

	@Test
	void aBirthDateOfTodayIsValidTomorrowIsNot() {
		String bornOn20260301 = withCheckDigit("44030820260301123");

		assertThat(CitizenIdNumber.problem(bornOn20260301, LocalDate.of(2026, 3, 1))).isEmpty();
		assertThat(CitizenIdNumber.problem(bornOn20260301, LocalDate.of(2026, 2, 28))).contains(Problem.ID_BIRTH_DATE);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "11010519491231002", "11010519491231002X1", "1101051949123100XX", "11010519491231O02X",
			"440308 99001011239", "１１０１０５１９４９１２３１００２Ｘ" })
	void rejectsAnythingButSeventeenDigitsAndADigitOrX(String id) {
		assertThat(CitizenIdNumber.problem(id)).contains(Problem.ID_FORMAT);
	}

	@Test
	void aValidNumberGivesItsBirthDateRegionAndMaskedForm() {
		CitizenIdNumber id = CitizenIdNumber.of(" 44030819620101123x ");

		assertThat(id.value()).isEqualTo("44030819620101123X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1962, 1, 1));
		assertThat(id.regionCode()).isEqualTo("440308");
		assertThat(id.masked()).isEqualTo("440308********123X");
		assertThat(id).hasToString("440308********123X").isEqualTo(CitizenIdNumber.of("44030819620101123X"));
	}

	@Test
	void anInvalidNumberIsRefusedWithItsCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> CitizenIdNumber.of("110105194912310021"))
			.withMessageStartingWith("ID_CHECK_DIGIT");
		assertThat(Problem.ID_BIRTH_DATE.message()).contains("出生日期");
	}

	@ParameterizedTest
	@CsvSource({ "11010519491231002, X", "44052418800101001, 4", "44030819900808123, X" })
	void computesTheCheckCharacter(String first17, char expected) {
		assertThat(CitizenIdNumber.checkCharacter(first17)).isEqualTo(expected);
	}

	/**
	 * ISO 7064 MOD 11-2 written out independently: weight of position i (1-based from the
	 * right) is 2^(i-1) mod 11.
	 */
	static String withCheckDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int positionFromRight = 18 - i;
			int weight = (int) (Math.pow(2, positionFromRight - 1) % 11);
			sum += (first17.charAt(i) - '0') * weight;
		}
		int check = (12 - sum % 11) % 11;
		return first17 + (check == 10 ? "X" : String.valueOf(check));
	}

}
