package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.flow.shared.UnifiedSocialCreditCode.Problem;
import org.minzheng.flow.shared.UnifiedSocialCreditCode.SocialOrganisationType;

class UnifiedSocialCreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "9144030071526726XG", "91330100799655058B", "91110000802100433B",
			"9144030071526726xg", " 91350100M000100Y43 " })
	void acceptsPublishedCodes(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "9144030071526726XA", "91350100M000100Y44", "91330100799655058C" })
	void rejectsAWrongCheckCharacter(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains(Problem.USCC_CHECK_CHARACTER);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y431", "91350100M000100I43", "91350100M000100O43",
			"9135010OZ000100Y43", "91350100S000100Y43", "91350100V000100Y43", "91350100-000100Y43" })
	void rejectsWrongLengthOrCharactersOutsideTheAlphabet(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains(Problem.USCC_FORMAT);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "51440300MJL123456, 8, ASSOCIATION", "52440300MJL234567, G, SOCIAL_SERVICE_INSTITUTION",
			"53100000500019463, 0, FOUNDATION", "59440300MJL345678, 6, OTHER" })
	void recognisesSocialOrganisationsRegisteredByCivilAffairs(String first17, char check,
			SocialOrganisationType type) {
		assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo(check);
		assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo(independentCheck(first17));

		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(first17 + check);

		assertThat(code.isCivilAffairs()).isTrue();
		assertThat(code.socialOrganisationType()).contains(type);
		assertThat(code.authorityAndType()).isEqualTo("5" + type.typeCharacter());
	}

	@Test
	void otherAuthoritiesAndTypesAreNoSocialOrganisation() {
		UnifiedSocialCreditCode company = UnifiedSocialCreditCode.of("9144030071526726xg");
		UnifiedSocialCreditCode civilAffairsOtherType = UnifiedSocialCreditCode
			.of("54440300MJL123456" + UnifiedSocialCreditCode.checkCharacter("54440300MJL123456"));

		assertThat(company.value()).isEqualTo("9144030071526726XG");
		assertThat(company.registrationAuthority()).isEqualTo('9');
		assertThat(company.regionCode()).isEqualTo("440300");
		assertThat(company.isCivilAffairs()).isFalse();
		assertThat(company.socialOrganisationType()).isEmpty();
		assertThat(civilAffairsOtherType.isCivilAffairs()).isTrue();
		assertThat(civilAffairsOtherType.socialOrganisationType()).isEmpty();
	}

	@Test
	void aRemainderOfZeroGivesCheckCharacterZero() {
		assertThat(UnifiedSocialCreditCode.checkCharacter("51440300MJL000029")).isEqualTo('0');
		assertThat(independentCheck("51440300MJL000029")).isEqualTo('0');
	}

	@Test
	void anInvalidCodeIsRefusedWithItsCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.of("9144030071526726XA"))
			.withMessageStartingWith("USCC_CHECK_CHARACTER");
	}

	/**
	 * GB 32100 written out independently: weights 3^(i-1) mod 31 as a table, 31 mapped to
	 * 0.
	 */
	static char independentCheck(String first17) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
		}
		int check = 31 - sum % 31;
		return alphabet.charAt(check == 31 ? 0 : check);
	}

}
