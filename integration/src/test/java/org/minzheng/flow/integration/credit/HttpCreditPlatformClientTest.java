package org.minzheng.flow.integration.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.flow.integration.RegistryProtocolException;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryTestSupport;
import org.minzheng.flow.integration.RegistryUnavailableException;

/**
 * The credit platform's record intake ({@code report}) and credit-list intake
 * ({@code publish}) against a real HTTP server; the credit check is in
 * {@link HttpCreditCheckTest}.
 */
class HttpCreditPlatformClientTest {

	@RegisterExtension
	static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PATH = "/api/v1/credit-records";

	private static final String LIST_PATH = "/api/v1/credit-list-entries";

	private static final String LIST_KEY = "credit-transition:42";

	private static final CreditListEntry ENTRY = new CreditListEntry("51440300MJL0000010", "深圳市某某协会", "ABNORMAL",
			"NO_ANNUAL_REPORT", "未按时报送 2025 年度报告", LocalDate.of(2026, 6, 1), "440300");

	private static final String KEY = "CEM-440308-2026-01:ServiceTask_ReportCredit";

	private static final CreditRecord RECORD = new CreditRecord("CEMETERY_INSPECTION_UNQUALIFIED", "91440300MA5D1YT019",
			"深圳市海景陵园管理有限公司", "440308", "盐田区民政局", LocalDate.of(2026, 3, 20), "经营性公墓年检不合格：超出价格目录收费",
			"CEM-440308-2026-01");

	private static final String ACCEPTED = """
			{"recordNo": "GD-CR-2026-000123", "status": "ACCEPTED", "acceptedAt": "2026-03-20T02:00:00Z"}""";

	private final HttpCreditPlatformClient client = clientWithReadTimeout(Duration.ofSeconds(5));

	private static HttpCreditPlatformClient clientWithReadTimeout(Duration readTimeout) {
		return new HttpCreditPlatformClient(RegistryTestSupport.endpoint(platform.getPort(), readTimeout));
	}

	@Test
	void reportReturnsThePlatformsReceipt() {
		// given
		platform.stubFor(post(PATH)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ACCEPTED)));

		// when
		CreditReceipt receipt = client.report(RECORD, KEY);

		// then
		assertThat(receipt).isEqualTo(new CreditReceipt("GD-CR-2026-000123", Instant.parse("2026-03-20T02:00:00Z")));
	}

	@Test
	void reportSendsTheRecordAndTheIdempotencyKey() {
		// given
		platform.stubFor(post(PATH)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ACCEPTED)));

		// when
		client.report(RECORD, KEY);

		// then
		platform.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(equalToJson("""
					{"category": "CEMETERY_INSPECTION_UNQUALIFIED", "subjectUscc": "91440300MA5D1YT019",
					 "subjectName": "深圳市海景陵园管理有限公司", "authorityCode": "440308", "authorityName": "盐田区民政局",
					 "decisionDate": "2026-03-20", "summary": "经营性公墓年检不合格：超出价格目录收费",
					 "caseNo": "CEM-440308-2026-01"}""")));
	}

	@Test
	void clientErrorIsARejectionThatIsNotRetried() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"USCC_UNKNOWN\", \"message\": \"no such entity\"}")));

		// when
		var rejected = thrownBy(RegistryRejectedException.class, () -> client.report(RECORD, KEY));

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
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> client.report(RECORD, KEY));

		// then
		assertThat(unavailable.isRetryable()).isTrue();
		assertThat(unavailable.registry()).isEqualTo("credit-platform");
	}

	@Test
	void answerSlowerThanTheReadTimeoutMeansThePlatformIsUnavailable() {
		// given a platform that answers after 2 s and a client that waits 200 ms
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(201).withBody(ACCEPTED).withFixedDelay(2_000)));
		var impatient = clientWithReadTimeout(Duration.ofMillis(200));

		// when
		var unavailable = thrownBy(RegistryUnavailableException.class, () -> impatient.report(RECORD, KEY));

		// then
		assertThat(unavailable).hasMessageContaining("no response within");
	}

	@Test
	void bodyThatIsNotJsonIsAProtocolError() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(201).withBody("{\"recordNo\": ")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.report(RECORD, KEY));

		// then
		assertThat(protocol.isRetryable()).isFalse();
	}

	@Test
	void receiptWithoutRecordNumberIsAProtocolError() {
		// given
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(201)
			.withBody("{\"status\": \"ACCEPTED\", \"acceptedAt\": \"2026-03-20T02:00:00Z\"}")));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.report(RECORD, KEY));

		// then
		assertThat(protocol).hasMessageContaining("'recordNo'");
	}

	@Test
	void recordThatWasNotAcceptedIsAProtocolError() {
		// given
		platform.stubFor(
				post(PATH).willReturn(aResponse().withStatus(201).withBody(ACCEPTED.replace("ACCEPTED", "QUEUED"))));

		// when
		var protocol = thrownBy(RegistryProtocolException.class, () -> client.report(RECORD, KEY));

		// then
		assertThat(protocol).hasMessageContaining("QUEUED");
	}

	@Test
	void publishSendsTheEntryWithItsKey() {
		platform.stubFor(post(LIST_PATH).willReturn(okJson("{\"receiptNo\": \"GD-2026-1\"}")));

		assertThat(client.publish(ENTRY, LIST_KEY)).isEqualTo("GD-2026-1");
		platform.verify(postRequestedFor(urlEqualTo(LIST_PATH)).withHeader("Idempotency-Key", equalTo(LIST_KEY))
			.withRequestBody(matchingJsonPath("$.list", equalTo("ABNORMAL")))
			.withRequestBody(matchingJsonPath("$.effectiveOn", equalTo("2026-06-01"))));
	}

	@Test
	void publishClientErrorIsARejection() {
		platform
			.stubFor(post(LIST_PATH).willReturn(aResponse().withStatus(422).withBody("{\"code\": \"USCC_UNKNOWN\"}")));

		assertThat(thrownBy(RegistryRejectedException.class, () -> client.publish(ENTRY, LIST_KEY)).errorCode())
			.contains("USCC_UNKNOWN");
	}

	@Test
	void publishServerErrorMeansUnavailable() {
		platform.stubFor(post(LIST_PATH).willReturn(aResponse().withStatus(500)));

		assertThat(thrownBy(RegistryUnavailableException.class, () -> client.publish(ENTRY, LIST_KEY)).isRetryable())
			.isTrue();
	}

	@Test
	void publishSlowAnswerMeansUnavailable() {
		platform.stubFor(post(LIST_PATH).willReturn(okJson("{\"receiptNo\": \"x\"}").withFixedDelay(2_000)));

		assertThat(thrownBy(RegistryUnavailableException.class,
				() -> clientWithReadTimeout(Duration.ofMillis(200)).publish(ENTRY, LIST_KEY)))
			.hasMessageContaining("no response within");
	}

	@Test
	void publishMalformedAnswerIsAProtocolError() {
		platform.stubFor(post(LIST_PATH).willReturn(okJson("{\"receipt")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.publish(ENTRY, LIST_KEY)).isRetryable())
			.isFalse();
	}

	@Test
	void publishAnswerWithoutReceiptIsAProtocolError() {
		platform.stubFor(post(LIST_PATH).willReturn(okJson("{}")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.publish(ENTRY, LIST_KEY)))
			.hasMessageContaining("'receiptNo'");
	}

}
