package org.minzheng.flow.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryRejectedExceptionTest {

	@Test
	void keepsAnIdentifierLikeErrorCode() {
		// when
		var rejected = new RegistryRejectedException("population", 400, "INVALID_ID_NUMBER", "look up person");

		// then
		assertThat(rejected.errorCode()).contains("INVALID_ID_NUMBER");
		assertThat(rejected.isRetryable()).isFalse();
		assertThat(rejected.getMessage()).isEqualTo("[population] look up person (HTTP 400, code INVALID_ID_NUMBER)");
	}

	@Test
	void dropsAnErrorCodeThatIsProseOrPersonalData() {
		// given a registry that puts free text (with an ID number) where the code belongs
		String prose = "ID 44030819900101123X is unknown";

		// when
		var rejected = new RegistryRejectedException("population", 400, prose, "look up person");

		// then
		assertThat(rejected.errorCode()).isEmpty();
		RegistryTestSupport.assertNoFullIdNumber(rejected, "44030819900101123X");
	}

}
