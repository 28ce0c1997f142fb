package org.minzheng.flow.integration.creditplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import java.time.Duration;
import java.time.LocalDate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.flow.integration.RegistryProtocolException;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryTestSupport;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.minzheng.flow.integration.creditplatform.CreditPlatformClient.CreditListEntry;

class HttpCreditPlatformClientTest {

	@RegisterExtension
	static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PATH = "/api/v1/credit-list-entries";

	private static final String KEY = "credit-transition:42";

	private static final CreditListEntry ENTRY = new CreditListEntry("51440300MJL0000010", "深圳市某某协会", "ABNORMAL",
			"NO_ANNUAL_REPORT", "未按时报送 2025 年度报告", LocalDate.of(2026, 6, 1), "440300");

	private final HttpCreditPlatformClient client = client(Duration.ofSeconds(5));

	private static HttpCreditPlatformClient client(Duration readTimeout) {
		return new HttpCreditPlatformClient(RegistryTestSupport.endpoint(platform.getPort(), readTimeout));
	}

	@Test
	void publishesTheEntryWithItsKey() {
		platform.stubFor(post(PATH).willReturn(okJson("{\"receiptNo\": \"GD-2026-1\"}")));

		assertThat(client.publish(ENTRY, KEY)).isEqualTo("GD-2026-1");
		platform.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(matchingJsonPath("$.list", equalTo("ABNORMAL")))
			.withRequestBody(matchingJsonPath("$.effectiveOn", equalTo("2026-06-01"))));
	}

	@Test
	void clientErrorIsARejection() {
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(422).withBody("{\"code\": \"USCC_UNKNOWN\"}")));

		assertThat(thrownBy(RegistryRejectedException.class, () -> client.publish(ENTRY, KEY)).errorCode())
			.contains("USCC_UNKNOWN");
	}

	@Test
	void serverErrorMeansUnavailable() {
		platform.stubFor(post(PATH).willReturn(aResponse().withStatus(500)));

		assertThat(thrownBy(RegistryUnavailableException.class, () -> client.publish(ENTRY, KEY)).isRetryable())
			.isTrue();
	}

	@Test
	void slowAnswerMeansUnavailable() {
		platform.stubFor(post(PATH).willReturn(okJson("{\"receiptNo\": \"x\"}").withFixedDelay(2_000)));

		assertThat(
				thrownBy(RegistryUnavailableException.class, () -> client(Duration.ofMillis(200)).publish(ENTRY, KEY)))
			.hasMessageContaining("no response within");
	}

	@Test
	void malformedAnswerIsAProtocolError() {
		platform.stubFor(post(PATH).willReturn(okJson("{\"receipt")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.publish(ENTRY, KEY)).isRetryable()).isFalse();
	}

	@Test
	void answerWithoutReceiptIsAProtocolError() {
		platform.stubFor(post(PATH).willReturn(okJson("{}")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.publish(ENTRY, KEY)))
			.hasMessageContaining("'receiptNo'");
	}

}
