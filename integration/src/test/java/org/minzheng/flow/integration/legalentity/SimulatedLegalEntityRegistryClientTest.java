package org.minzheng.flow.integration.legalentity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient.CodeRequest;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient.OrganisationType;

class SimulatedLegalEntityRegistryClientTest {

	private final SimulatedLegalEntityRegistryClient simulator = new SimulatedLegalEntityRegistryClient();

	@ParameterizedTest
	@EnumSource(OrganisationType.class)
	void assignsValidCivilAffairsCodesOfTheType(OrganisationType type) {
		for (int i = 0; i < 500; i++) {
			String code = simulator.assignCode(new CodeRequest("440308", type, "组织" + i), "key-" + i).uscc();

			assertThat(code).startsWith(type.prefix() + "440308").hasSize(18);
			assertThat(Gb32100.isValid(code)).as(code).isTrue();
			assertThat(code.charAt(16)).isEqualTo(Gb32100.organisationCodeCheck(code.substring(8, 16)));
		}
	}

	@Test
	void sameKeySameCodeDifferentKeysDifferentCodes() {
		CodeRequest request = new CodeRequest("440300", OrganisationType.FOUNDATION, "深圳市某某基金会");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			codes.add(simulator.assignCode(request, "k" + i).uscc());
		}

		assertThat(simulator.assignCode(request, "k1").uscc()).isEqualTo(simulator.assignCode(request, "k1").uscc());
		assertThat(codes).hasSize(1000);
	}

	@Test
	void checkCharacterMatchesAPublishedCode() {
		// a real, published code (a Fujian enterprise used in GB 32100 examples)
		assertThat(Gb32100.isValid("91350100M000100Y43")).isTrue();
		assertThat(Gb32100.isValid("91350100M000100Y44")).isFalse();
	}

}
