package org.minzheng.flow.integration.charityplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.flow.integration.RegistryProtocolException;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryTestSupport;
import org.minzheng.flow.integration.RegistryUnavailableException;

class HttpCharityPlatformClientTest {

	@RegisterExtension
	static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PATH = "/api/v1/publications";

	private static final String KEY = "CH-REC-440300-2026-000001:ServiceTask_PublishToPlatform";

	private static final Publication RECORD = new Publication("CHARITY_RECOGNITION", "53440300MJL000001X", "深圳市鹏城助学基金会",
			"440300", "深圳市民政局", "深民慈认〔2026〕1号", LocalDate.of(2026, 3, 20), null, "CH-REC-440300-2026-000001");

	private static final String ACCEPTED = """
			{"publicationNo": "CSZG-2026-000123", "status": "PUBLISHED", "publishedAt": "2026-03-20T02:00:00Z"}""";

	private final HttpCharityPlatformClient client = clientWithReadTimeout(Duration.ofSeconds(5));

	private static HttpCharityPlatformClient clientWithReadTimeout(Duration readTimeout) {
		return new HttpCharityPlatformClient(RegistryTestSupport.endpoint(platform.getPort(), readTimeout));
	}

	@Test
	void publishReturnsThePlatformsReceipt() {
		// given
		platform.stubFor(post(PATH)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ACCEPTED)));

		// when
		PublicationReceipt receipt = client.publish(RECORD, KEY);

		// then
		assertThat(receipt)
			.isEqualTo(new PublicationReceipt("CSZG-2026-000123", Instant.parse("2026-03-20T02:00:00Z")));
	}

	@Test
	void publishSendsTheRecordAndTheIdempotencyKey() {
		// given
		platform.stubFor(post(PATH)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ACCEPTED)));

		// when
		client.publish(RECORD, KEY);

		// then
		platform.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(equalToJson("""
					{"kind": "CHARITY_RECOGNITION", "subjectUscc": "53440300MJL000001X",
					 "subjectName": "深圳市鹏城助学基金会", "authorityCode": "440300", "authorityName": "深圳市民政局",
					 "certificateNo": "深民慈认〔2026〕1号", "effectiveOn": "2026-03-20", "validUntil": null,
					 "caseNo": "CH-REC-440300-2026-000001"}""")));
	}

	@Test
	void clientErrorIsARejectionThatIsNotRetried() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"USCC_UNKNOWN\", \"message\": \"no such entity\"}")));

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.publish(RECORD, KEY));

		// then
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.errorCode()).contains("USCC_UNKNOWN");
		assertThat(rejected.isRetryable()).isFalse();
	}

	@Test
	void serverErrorMeansThePlatformIsUnavailable() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.publish(RECORD, KEY));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable.registry()).isEqualTo("charity-platform");
	}

	@Test
	void answerSlowerThanTheReadTimeoutMeansThePlatformIsUnavailable() {
		// given a platform that answers after 2 s and a client that waits 200 ms
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(201).withBody(ACCEPTED).withFixedDelay(2_000)));
		var impatient = clientWithReadTimeout(Duration.ofMillis(200));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> impatient.publish(RECORD, KEY));

		// then
		assertThat(unavailable).hasMessageContaining("no response within");
	}

	@Test
	void bodyThatIsNotJsonIsAProtocolError() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(201).withBody("{\"publicationNo\": ")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.publish(RECORD, KEY));

		// then
		assertThat(protocol.isRetryable()).isFalse();
	}

	@Test
	void receiptWithoutPublicationNumberIsAProtocolError() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(201)
			.withBody("{\"status\": \"PUBLISHED\", \"publishedAt\": \"2026-03-20T02:00:00Z\"}")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.publish(RECORD, KEY));

		// then
		assertThat(protocol).hasMessageContaining("'publicationNo'");
	}

	@Test
	void publicationThatWasNotPublishedIsAProtocolError() {
		// given
		platform.stubFor(
				post(PATH).willReturn(aResponse().withStatus(201).withBody(ACCEPTED.replace("PUBLISHED", "QUEUED"))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.publish(RECORD, KEY));

		// then
		assertThat(protocol).hasMessageContaining("QUEUED");
	}

	@Test
	void simulatorAnswersARepeatedKeyWithTheFirstReceipt() {
		// given
		var simulator = new SimulatedCharityPlatformClient(
				Clock.fixed(Instant.parse("2026-03-20T02:00:00Z"), ZoneOffset.UTC));

		// when
		PublicationReceipt first = simulator.publish(RECORD, KEY);
		PublicationReceipt again = simulator.publish(RECORD, KEY);
		PublicationReceipt other = simulator.publish(RECORD, KEY + "-2");

		// then
		assertThat(again).isEqualTo(first);
		assertThat(other.publicationNo()).isNotEqualTo(first.publicationNo());
		assertThat(simulator.publications()).hasSize(2);
	}

	@Test
	void simulatorOutageIsRetryable() {
		// given
		var simulator = new SimulatedCharityPlatformClient(Clock.systemUTC());
		simulator.failNext(1);

		// when / then
		assertThat(thrownBy(RegistryUnavailableException.class, () -> simulator.publish(RECORD, KEY)).isRetryable())
			.isTrue();
		assertThat(simulator.publish(RECORD, KEY).publicationNo()).startsWith("CSZG-");
	}

}
