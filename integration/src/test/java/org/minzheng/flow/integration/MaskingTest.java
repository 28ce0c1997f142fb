package org.minzheng.flow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

	@Test
	void citizenIdKeepsRegionCodeAndLastFourCharacters() {
		// given
		String idNumber = "44030819900101123X";

		// when
		String masked = Masking.idNumber(idNumber);

		// then
		assertThat(masked).isEqualTo("440308********123X");
	}

	@Test
	void valueTooShortToKeepBothEndsIsMaskedEntirely() {
		// given a truncated ID number of 10 characters
		String truncated = "4403081990";

		// when
		String masked = Masking.idNumber(truncated);

		// then
		assertThat(masked).isEqualTo("**********");
	}

	@Test
	void missingValueStaysMissing() {
		assertThat(Masking.idNumber(null)).isNull();
	}

}
