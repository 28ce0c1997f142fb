package org.minzheng.flow.integration.economic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.flow.integration.RegistryProtocolException;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryTestSupport;
import org.minzheng.flow.integration.RegistryUnavailableException;

class HttpEconomicCheckClientTest {

	@RegisterExtension
	static WireMockExtension centre = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String ID = "44030819900101123X";

	private static final String KEY = "AID-2024-000123:Task_EconomicCheck";

	private static final EconomicCheckRequest REQUEST = new EconomicCheckRequest(KEY, "AID-2024-000123",
			List.of(new HouseholdMember(ID, "01")), List.of("AUTH-7781"));

	private static final String RECEIPT = """
			{"requestId": "EC-42", "acceptedAt": "2024-05-06T01:02:03Z", "duplicate": false}""";

	private static final String COMPLETED = """
			{"requestId": "EC-42", "status": "COMPLETED", "applicationNo": "AID-2024-000123",
			 "outcome": "EXCEEDS_LIMIT", "completedAt": "2024-05-09T08:00:00Z",
			 "memberFindings": [{"idNumber": "44030819900101123X", "monthlyIncomeFen": 1520000,
			                     "realEstateCount": 3, "vehicleCount": 1, "companyShareholder": true}]}""";

	private final HttpEconomicCheckClient client = clientWithReadTimeout(Duration.ofSeconds(5));

	private static HttpEconomicCheckClient clientWithReadTimeout(Duration readTimeout) {
		return new HttpEconomicCheckClient(RegistryTestSupport.endpoint(centre.getPort(), readTimeout));
	}

	@Test
	void submitReturnsTheCentresReceipt() {
		// given
		centre.stubFor(post("/api/v1/checks")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(RECEIPT)));

		// when
		EconomicCheckReceipt receipt = client.submit(REQUEST);

		// then
		assertThat(receipt).isEqualTo(new EconomicCheckReceipt("EC-42", Instant.parse("2024-05-06T01:02:03Z"), false));
	}

	@Test
	void submitSendsTheIdempotencyKeyAsHeaderAndField() {
		// given
		centre.stubFor(post("/api/v1/checks").willReturn(okJson(RECEIPT)));

		// when
		client.submit(REQUEST);

		// then
		centre.verify(postRequestedFor(urlEqualTo("/api/v1/checks")).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(matchingJsonPath("$.idempotencyKey", equalTo(KEY)))
			.withRequestBody(matchingJsonPath("$.householdMembers[0].idNumber", equalTo(ID)))
			.withRequestBody(matchingJsonPath("$.authorisationIds[0]", equalTo("AUTH-7781"))));
	}

	@Test
	void submitReportsADuplicateWhenTheCentreAlreadyHadTheKey() {
		// given
		centre.stubFor(post("/api/v1/checks").willReturn(okJson(RECEIPT.replace("false", "true"))));

		// when
		EconomicCheckReceipt receipt = client.submit(REQUEST);

		// then
		assertThat(receipt.duplicate()).isTrue();
		assertThat(receipt.requestId()).isEqualTo("EC-42");
	}

	@Test
	void fetchResultIsEmptyWhileTheCheckIsPending() {
		// given
		centre.stubFor(get("/api/v1/checks/EC-42").willReturn(okJson("""
				{"requestId": "EC-42", "status": "PENDING"}""")));

		// when / then
		assertThat(client.fetchResult("EC-42")).isEmpty();
	}

	@Test
	void fetchResultReturnsTheCompletedCheckWithMemberFindings() {
		// given
		centre.stubFor(get("/api/v1/checks/EC-42").willReturn(okJson(COMPLETED)));

		// when
		EconomicCheckResult result = client.fetchResult("EC-42").orElseThrow();

		// then
		assertThat(result.outcome()).isEqualTo(EconomicCheckOutcome.EXCEEDS_LIMIT);
		assertThat(result.applicationNo()).isEqualTo("AID-2024-000123");
		assertThat(result.completedAt()).isEqualTo(Instant.parse("2024-05-09T08:00:00Z"));
		assertThat(result.memberFindings()).containsExactly(new MemberFinding(ID, 1_520_000, 3, 1, true));
	}

	@Test
	void clientErrorIsARejectionCarryingStatusAndTheCentresErrorCode() {
		// given a centre whose error message quotes the ID number
		centre.stubFor(post("/api/v1/checks").willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"AUTHORISATION_MISSING\", \"message\": \"no authorisation for " + ID + "\"}")));

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.submit(REQUEST));

		// then
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.errorCode()).contains("AUTHORISATION_MISSING");
		assertThat(rejected.isRetryable()).isFalse();
		assertThat(rejected.registry()).isEqualTo("economic-check");
		RegistryTestSupport.assertNoFullIdNumber(rejected, ID);
	}

	@Test
	void serverErrorMeansTheCentreIsUnavailable() {
		// given
		centre.stubFor(post("/api/v1/checks").willReturn(aResponse().withStatus(503)));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.submit(REQUEST));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable).hasMessageContaining("HTTP 503");
	}

	@Test
	void answerSlowerThanTheReadTimeoutMeansTheCentreIsUnavailable() {
		// given a centre that answers after 2 s and a client that waits 200 ms
		centre.stubFor(post("/api/v1/checks").willReturn(okJson(RECEIPT).withFixedDelay(2_000)));
		var impatient = clientWithReadTimeout(Duration.ofMillis(200));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> impatient.submit(REQUEST));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable).hasMessageContaining("no response within");
	}

	@Test
	void refusedConnectionMeansTheCentreIsUnavailable() {
		// given
		var client = new HttpEconomicCheckClient(
				RegistryTestSupport.endpoint(RegistryTestSupport.closedPort(), Duration.ofSeconds(5)));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.submit(REQUEST));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
	}

	@Test
	void bodyThatIsNotJsonIsAProtocolError() {
		// given a gateway error page with a 200 status
		centre.stubFor(get("/api/v1/checks/EC-42").willReturn(aResponse().withStatus(200).withBody("<html>" + ID)));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.fetchResult("EC-42"));

		// then
		assertThat(protocol.isRetryable()).isFalse();
		assertThat(protocol).hasMessageContaining("not JSON");
		RegistryTestSupport.assertNoFullIdNumber(protocol, ID);
	}

	@Test
	void receiptWithoutRequestIdIsAProtocolError() {
		// given
		centre.stubFor(post("/api/v1/checks").willReturn(okJson("""
				{"acceptedAt": "2024-05-06T01:02:03Z", "duplicate": false}""")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.submit(REQUEST));

		// then
		assertThat(protocol).hasMessageContaining("'requestId'");
	}

	@Test
	void findingWithoutIncomeIsAProtocolErrorNamingTheMaskedMember() {
		// given
		centre.stubFor(get("/api/v1/checks/EC-42")
			.willReturn(okJson(COMPLETED.replace("\"monthlyIncomeFen\": 1520000,", ""))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.fetchResult("EC-42"));

		// then
		assertThat(protocol).hasMessageContaining("memberFindings[0].monthlyIncomeFen")
			.hasMessageContaining("440308********123X");
		RegistryTestSupport.assertNoFullIdNumber(protocol, ID);
	}

	@Test
	void unknownOutcomeIsAProtocolError() {
		// given
		centre.stubFor(get("/api/v1/checks/EC-42").willReturn(okJson(COMPLETED.replace("EXCEEDS_LIMIT", "MAYBE"))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.fetchResult("EC-42"));

		// then
		assertThat(protocol).hasMessageContaining("$.outcome");
	}

	@Test
	void resultAboutAnotherRequestIsAProtocolError() {
		// given
		centre.stubFor(get("/api/v1/checks/EC-42").willReturn(okJson(COMPLETED.replace("EC-42", "EC-43"))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.fetchResult("EC-42"));

		// then
		assertThat(protocol).hasMessageContaining("another request");
	}

}
