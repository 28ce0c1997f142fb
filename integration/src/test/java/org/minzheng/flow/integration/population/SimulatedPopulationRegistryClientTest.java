package org.minzheng.flow.integration.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

class SimulatedPopulationRegistryClientTest {

	private static final String KEY = "AID-1:Task_CheckHukou";

	private final SimulatedPopulationRegistryClient registry = new SimulatedPopulationRegistryClient();

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(nullValues = "-",
			value = { "44030819900101123X, SHENZHEN_HUKOU,     440308, true",
					"440305199001011234, SHENZHEN_HUKOU,     440305, true",
					"360102199001011234, NON_HUKOU_RESIDENT, -,      true",
					"440308199001010003, NOT_FOUND,          -,      false",
					"360102199001010004, NOT_FOUND,          -,      false",
					"440308199001019905, SHENZHEN_HUKOU,     440308, false" })
	void answerFollowsTheDocumentedIdNumberRules(String idNumber, HukouStatus status, String district, boolean alive) {
		// when
		PersonRecord person = registry.lookup(idNumber, KEY);

		// then
		assertThat(person.hukouStatus()).isEqualTo(status);
		assertThat(person.hukouDistrictCode()).isEqualTo(district);
		assertThat(person.alive()).isEqualTo(alive);
		assertThat(person.found()).isEqualTo(status != HukouStatus.NOT_FOUND);
	}

	@Test
	void samePersonGetsTheSameAnswerFromEverySimulator() {
		// when
		PersonRecord first = registry.lookup("440307198803031234", KEY);
		PersonRecord second = new SimulatedPopulationRegistryClient().lookup("440307198803031234", "other:key");

		// then
		assertThat(second).isEqualTo(first);
	}

	@Test
	void simulatedOutageFailsTheNextLookupsWithoutCountingThem() {
		// given
		registry.failNext(1);

		// when
		var failure = thrownBy(RegistryUnavailableException.class, () -> registry.lookup("44030819900101123X", KEY));
		PersonRecord afterOutage = registry.lookup("44030819900101123X", KEY);

		// then
		assertThat(failure.isRetryable()).isTrue();
		assertThat(afterOutage.found()).isTrue();
		assertThat(registry.requestCount()).isEqualTo(1);
	}

	@Test
	void malformedIdNumberIsRejectedWithoutCountingIt() {
		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> registry.lookup("4403081990", KEY));

		// then
		assertThat(rejected.errorCode()).contains("INVALID_ID_NUMBER");
		assertThat(registry.requestCount()).isZero();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "44030819900101123X, 王建国,   CONFIRMED", "44030819900101123X, 张冒名,   MISMATCH",
			"360102199001011234, 李秀英,   CONFIRMED", "440308199001010003, 王建国,   NOT_FOUND" })
	void nameCheckFollowsTheDocumentedRules(String idNumber, String name, NameCheckResult expected) {
		// when / then
		assertThat(registry.confirmName(idNumber, name, KEY)).isEqualTo(expected);
	}

	@Test
	void blankNameIsRejectedAndAnOutageFailsTheNameCheck() {
		// when
		var rejected = thrownBy(RegistryRejectedException.class,
				() -> registry.confirmName("44030819900101123X", " ", KEY));
		registry.failNext(1);
		var failure = thrownBy(RegistryUnavailableException.class,
				() -> registry.confirmName("44030819900101123X", "王建国", KEY));

		// then
		assertThat(rejected.errorCode()).contains("INVALID_NAME");
		assertThat(failure.isRetryable()).isTrue();
		assertThat(registry.requestCount()).isZero();
	}

}
