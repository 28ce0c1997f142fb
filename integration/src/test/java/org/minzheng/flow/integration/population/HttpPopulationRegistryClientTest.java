package org.minzheng.flow.integration.population;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.flow.integration.RegistryProtocolException;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryTestSupport;
import org.minzheng.flow.integration.RegistryUnavailableException;

class HttpPopulationRegistryClientTest {

	@RegisterExtension
	static WireMockExtension registry = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String ID = "44030819900101123X";

	private static final String PATH = "/api/v1/persons/" + ID;

	private static final String KEY = "AID-2024-000123:Task_CheckHukou";

	private static final String PERSON = """
			{"idNumber": "44030819900101123X", "hukouStatus": "SHENZHEN_HUKOU", "hukouDistrictCode": "440308",
			 "alive": true}""";

	private final HttpPopulationRegistryClient client = clientWithReadTimeout(Duration.ofSeconds(5));

	private static HttpPopulationRegistryClient clientWithReadTimeout(Duration readTimeout) {
		return new HttpPopulationRegistryClient(RegistryTestSupport.endpoint(registry.getPort(), readTimeout));
	}

	@Test
	void lookupReturnsHukouStatusAndDistrict() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson(PERSON)));

		// when
		PersonRecord person = client.lookup(ID, KEY);

		// then
		assertThat(person).isEqualTo(new PersonRecord(ID, true, HukouStatus.SHENZHEN_HUKOU, "440308", true));
	}

	@Test
	void lookupReturnsANonHukouResidentWithoutDistrict() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson("""
				{"idNumber": "44030819900101123X", "hukouStatus": "NON_HUKOU_RESIDENT", "hukouDistrictCode": null,
				 "alive": true}""")));

		// when
		PersonRecord person = client.lookup(ID, KEY);

		// then
		assertThat(person.hukouStatus()).isEqualTo(HukouStatus.NON_HUKOU_RESIDENT);
		assertThat(person.hukouDistrictCode()).isNull();
	}

	@Test
	void lookupSendsTheIdempotencyKeyHeader() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson(PERSON)));

		// when
		client.lookup(ID, KEY);

		// then
		registry.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Idempotency-Key", equalTo(KEY)));
	}

	@Test
	void unknownPersonIsAnAnswerNotAnError() {
		// given
		registry
			.stubFor(get(PATH).willReturn(aResponse().withStatus(404).withBody("{\"code\": \"PERSON_NOT_FOUND\"}")));

		// when
		PersonRecord person = client.lookup(ID, KEY);

		// then
		assertThat(person.found()).isFalse();
		assertThat(person.hukouStatus()).isEqualTo(HukouStatus.NOT_FOUND);
		assertThat(person.idNumber()).isEqualTo(ID);
	}

	@Test
	void clientErrorIsARejectionCarryingStatusAndErrorCode() {
		// given
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"INVALID_ID_NUMBER\", \"message\": \"bad check digit in " + ID + "\"}")));

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.errorCode()).contains("INVALID_ID_NUMBER");
		assertThat(rejected.isRetryable()).isFalse();
		assertThat(rejected).hasMessageContaining("440308********123X");
		RegistryTestSupport.assertNoFullIdNumber(rejected, ID);
	}

	@Test
	void serverErrorMeansTheRegistryIsUnavailable() {
		// given
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable.registry()).isEqualTo("population");
		RegistryTestSupport.assertNoFullIdNumber(unavailable, ID);
	}

	@Test
	void rateLimitingMeansTheRegistryIsUnavailableForNow() {
		// given
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(429)));

		// when / then
		assertThat(thrownBy(RegistryUnavailableException.class, () -> client.lookup(ID, KEY)).isRetryable()).isTrue();
	}

	@Test
	void answerSlowerThanTheReadTimeoutMeansTheRegistryIsUnavailable() {
		// given a registry that answers after 2 s and a client that waits 200 ms
		registry.stubFor(get(PATH).willReturn(okJson(PERSON).withFixedDelay(2_000)));
		var impatient = clientWithReadTimeout(Duration.ofMillis(200));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> impatient.lookup(ID, KEY));

		// then
		assertThat(unavailable).hasMessageContaining("no response within");
		RegistryTestSupport.assertNoFullIdNumber(unavailable, ID);
	}

	@Test
	void refusedConnectionMeansTheRegistryIsUnavailable() {
		// given
		var client = new HttpPopulationRegistryClient(
				RegistryTestSupport.endpoint(RegistryTestSupport.closedPort(), Duration.ofSeconds(5)));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		RegistryTestSupport.assertNoFullIdNumber(unavailable, ID);
	}

	@Test
	void bodyThatIsNotJsonIsAProtocolError() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson("{\"idNumber\": \"" + ID + "\", \"hukouStatus\": ")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(protocol.isRetryable()).isFalse();
		RegistryTestSupport.assertNoFullIdNumber(protocol, ID);
	}

	@Test
	void answerWithoutAliveFlagIsAProtocolError() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson(PERSON.replace(",\n \"alive\": true", ""))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(protocol).hasMessageContaining("'alive'");
	}

	@Test
	void hukouHolderWithoutDistrictIsAProtocolError() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson(PERSON.replace("\"440308\"", "null"))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(protocol).hasMessageContaining("hukouDistrictCode");
	}

	@Test
	void answerAboutAnotherPersonIsAProtocolError() {
		// given
		registry.stubFor(get(PATH).willReturn(okJson(PERSON.replace(ID, "440308199001014321"))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.lookup(ID, KEY));

		// then
		assertThat(protocol).hasMessageContaining("another person");
		RegistryTestSupport.assertNoFullIdNumber(protocol, "440308199001014321");
	}

	private static final String NAME_CHECK = PATH + "/name-check";

	private static final String NAME = "王建国";

	@Test
	void confirmNameSendsTheNameInTheBodyAndReadsTheAnswer() {
		// given
		registry
			.stubFor(post(NAME_CHECK).willReturn(okJson("{\"idNumber\": \"" + ID + "\", \"result\": \"CONFIRMED\"}")));

		// when
		NameCheckResult result = client.confirmName(ID, " " + NAME + " ", KEY);

		// then
		assertThat(result).isEqualTo(NameCheckResult.CONFIRMED);
		registry.verify(postRequestedFor(urlEqualTo(NAME_CHECK)).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(equalToJson("{\"name\": \"" + NAME + "\"}")));
	}

	@Test
	void confirmNameReportsAMismatch() {
		// given
		registry
			.stubFor(post(NAME_CHECK).willReturn(okJson("{\"idNumber\": \"" + ID + "\", \"result\": \"MISMATCH\"}")));

		// when / then
		assertThat(client.confirmName(ID, NAME, KEY)).isEqualTo(NameCheckResult.MISMATCH);
	}

	@Test
	void confirmNameOfAnUnknownPersonIsNotFound() {
		// given
		registry.stubFor(
				post(NAME_CHECK).willReturn(aResponse().withStatus(404).withBody("{\"code\": \"PERSON_NOT_FOUND\"}")));

		// when / then
		assertThat(client.confirmName(ID, NAME, KEY)).isEqualTo(NameCheckResult.NOT_FOUND);
	}

	@Test
	void confirmNameClientErrorIsARejectionWithoutTheNameOrIdNumber() {
		// given
		registry.stubFor(post(NAME_CHECK).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"INVALID_NAME\", \"message\": \"bad name\"}")));

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.confirmName(ID, NAME, KEY));

		// then
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.errorCode()).contains("INVALID_NAME");
		assertThat(rejected.isRetryable()).isFalse();
		assertThat(rejected).hasMessageNotContaining(NAME);
		RegistryTestSupport.assertNoFullIdNumber(rejected, ID);
	}

	@Test
	void confirmNameServerErrorMeansTheRegistryIsUnavailable() {
		// given
		registry.stubFor(post(NAME_CHECK).willReturn(aResponse().withStatus(503)));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.confirmName(ID, NAME, KEY));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable).hasMessageNotContaining(NAME);
		RegistryTestSupport.assertNoFullIdNumber(unavailable, ID);
	}

	@Test
	void confirmNameSlowerThanTheReadTimeoutMeansTheRegistryIsUnavailable() {
		// given a registry that answers after 2 s and a client that waits 200 ms
		registry.stubFor(post(NAME_CHECK)
			.willReturn(okJson("{\"idNumber\": \"" + ID + "\", \"result\": \"CONFIRMED\"}").withFixedDelay(2_000)));
		var impatient = clientWithReadTimeout(Duration.ofMillis(200));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> impatient.confirmName(ID, NAME, KEY));

		// then
		assertThat(unavailable).hasMessageContaining("no response within");
	}

	@Test
	void confirmNameWithAMalformedBodyIsAProtocolError() {
		// given
		registry.stubFor(post(NAME_CHECK).willReturn(okJson("{\"idNumber\": \"" + ID + "\", \"result\": ")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.confirmName(ID, NAME, KEY));

		// then
		assertThat(protocol.isRetryable()).isFalse();
		RegistryTestSupport.assertNoFullIdNumber(protocol, ID);
	}

	@Test
	void confirmNameWithAnUnknownResultOrNoneIsAProtocolError() {
		// given
		registry
			.stubFor(post(NAME_CHECK).willReturn(okJson("{\"idNumber\": \"" + ID + "\", \"result\": \"PROBABLY\"}")));

		// when / then
		thrownBy(RegistryProtocolException.class, () -> client.confirmName(ID, NAME, KEY));

		// given
		registry.stubFor(post(NAME_CHECK).willReturn(okJson("{\"idNumber\": \"" + ID + "\"}")));

		// when / then
		assertThat(thrownBy(RegistryProtocolException.class, () -> client.confirmName(ID, NAME, KEY)))
			.hasMessageContaining("'result'");
	}

	@Test
	void confirmNameAnswerAboutAnotherPersonIsAProtocolError() {
		// given
		registry.stubFor(post(NAME_CHECK)
			.willReturn(okJson("{\"idNumber\": \"440308199001014321\", \"result\": \"CONFIRMED\"}")));

		// when / then
		assertThat(thrownBy(RegistryProtocolException.class, () -> client.confirmName(ID, NAME, KEY)))
			.hasMessageContaining("another person");
	}

}
