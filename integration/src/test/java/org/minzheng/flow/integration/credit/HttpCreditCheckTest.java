package org.minzheng.flow.integration.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/**
 * The credit platform's credit and criminal-record check ({@code check}) against a real
 * HTTP server.
 */
class HttpCreditCheckTest {

	@RegisterExtension
	static WireMockExtension registry = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String ID = "44030819900101123X";

	private static final String PATH = "/api/v1/credit-checks";

	private static final String KEY = "LT-440308-2026-000001:ServiceTask_CheckRecords";

	private final HttpCreditPlatformClient client = clientWithReadTimeout(Duration.ofSeconds(5));

	private static HttpCreditPlatformClient clientWithReadTimeout(Duration readTimeout) {
		return new HttpCreditPlatformClient(RegistryTestSupport.endpoint(registry.getPort(), readTimeout));
	}

	@Test
	void clearSubjectHasNeitherListingNorRecord() {
		// given
		registry.stubFor(post(PATH)
			.willReturn(okJson("{\"subjectId\": \"" + ID + "\", \"dishonest\": false, \"criminalRecord\": false}")));

		// when
		CreditCheckResult record = client.check(SubjectKind.PERSON, ID, KEY);

		// then
		assertThat(record).isEqualTo(new CreditCheckResult(ID, false, false));
		assertThat(record.clear()).isTrue();
		registry.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(equalToJson("{\"subjectKind\": \"PERSON\", \"subjectId\": \"" + ID + "\"}")));
	}

	@Test
	void criminalRecordIsAnAnswerNotAnError() {
		// given
		registry.stubFor(post(PATH)
			.willReturn(okJson("{\"subjectId\": \"" + ID + "\", \"dishonest\": false, \"criminalRecord\": true}")));

		// when
		CreditCheckResult record = client.check(SubjectKind.PERSON, ID, KEY);

		// then
		assertThat(record.criminalRecord()).isTrue();
		assertThat(record.clear()).isFalse();
	}

	@Test
	void clientErrorIsARejectionCarryingStatusAndCode() {
		// given
		registry.stubFor(post(PATH).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"INVALID_SUBJECT_ID\", \"message\": \"bad check digit in " + ID + "\"}")));

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.check(SubjectKind.PERSON, ID, KEY));

		// then
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.errorCode()).contains("INVALID_SUBJECT_ID");
		assertThat(rejected.isRetryable()).isFalse();
		RegistryTestSupport.assertNoFullIdNumber(rejected, ID);
	}

	@Test
	void serverErrorMeansThePlatformIsUnavailable() {
		// given
		registry.stubFor(post(PATH).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.check(SubjectKind.ENTITY, ID, KEY));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable.registry()).isEqualTo("credit-platform");
		RegistryTestSupport.assertNoFullIdNumber(unavailable, ID);
	}

	@Test
	void answerSlowerThanTheReadTimeoutMeansThePlatformIsUnavailable() {
		// given
		registry.stubFor(post(PATH)
			.willReturn(okJson("{\"subjectId\": \"" + ID + "\", \"dishonest\": false, \"criminalRecord\": false}")
				.withFixedDelay(2000)));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class,
				() -> clientWithReadTimeout(Duration.ofMillis(300)).check(SubjectKind.PERSON, ID, KEY));

		// then
		assertThat(unavailable).hasMessageContaining("no response within");
		RegistryTestSupport.assertNoFullIdNumber(unavailable, ID);
	}

	@Test
	void bodyThatIsNotJsonIsAProtocolError() {
		// given
		registry.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withBody("<html>gateway login</html>")));

		// when / then
		RegistryTestSupport.assertNoFullIdNumber(
				thrownBy(RegistryProtocolException.class, () -> client.check(SubjectKind.PERSON, ID, KEY)), ID);
	}

	@Test
	void answerWithoutTheCriminalRecordFlagIsAProtocolError() {
		// given
		registry.stubFor(post(PATH).willReturn(okJson("{\"subjectId\": \"" + ID + "\", \"dishonest\": false}")));

		// when / then
		assertThat(thrownBy(RegistryProtocolException.class, () -> client.check(SubjectKind.PERSON, ID, KEY)))
			.hasMessageContaining("criminalRecord");
	}

	@Test
	void answerAboutAnotherSubjectIsAProtocolError() {
		// given
		registry.stubFor(post(PATH).willReturn(
				okJson("{\"subjectId\": \"440308199001014321\", \"dishonest\": false, \"criminalRecord\": false}")));

		// when / then
		assertThat(thrownBy(RegistryProtocolException.class, () -> client.check(SubjectKind.PERSON, ID, KEY)))
			.hasMessageContaining("another subject");
	}

}
