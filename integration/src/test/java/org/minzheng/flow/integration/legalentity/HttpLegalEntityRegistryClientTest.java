package org.minzheng.flow.integration.legalentity;

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

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.flow.integration.RegistryProtocolException;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryTestSupport;
import org.minzheng.flow.integration.RegistryUnavailableException;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient.CodeRequest;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient.OrganisationType;

class HttpLegalEntityRegistryClientTest {

	@RegisterExtension
	static WireMockExtension registry = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PATH = "/api/v1/social-organisations/codes";

	private static final String KEY = "SO-REG-440300-2026-000001:ServiceTask_IssueCertificate";

	private static final CodeRequest REQUEST = new CodeRequest("440300", OrganisationType.ASSOCIATION, "深圳市登山运动协会");

	private static final String CODE = SimulatedLegalEntityRegistryClient.code(OrganisationType.ASSOCIATION, "440300",
			"x");

	private final HttpLegalEntityRegistryClient client = client(Duration.ofSeconds(5));

	private static HttpLegalEntityRegistryClient client(Duration readTimeout) {
		return new HttpLegalEntityRegistryClient(RegistryTestSupport.endpoint(registry.getPort(), readTimeout));
	}

	@Test
	void returnsTheAssignedCodeAndSendsRequestAndKey() {
		registry.stubFor(post(PATH).willReturn(okJson("{\"uscc\": \"" + CODE + "\"}")));

		var assignment = client.assignCode(REQUEST, KEY);

		assertThat(assignment.uscc()).isEqualTo(CODE);
		registry.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(equalToJson(
					"{\"registrarRegionCode\": \"440300\", \"organisationType\": \"ASSOCIATION\", \"name\": \"深圳市登山运动协会\"}")));
	}

	@Test
	void clientErrorIsARejection() {
		registry.stubFor(post(PATH).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": \"NAME_ALREADY_REGISTERED\"}")));

		var rejected = thrownBy(RegistryRejectedException.class, () -> client.assignCode(REQUEST, KEY));

		assertThat(rejected.status()).isEqualTo(409);
		assertThat(rejected.errorCode()).contains("NAME_ALREADY_REGISTERED");
		assertThat(rejected.isRetryable()).isFalse();
	}

	@Test
	void serverErrorMeansUnavailable() {
		registry.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));

		assertThat(thrownBy(RegistryUnavailableException.class, () -> client.assignCode(REQUEST, KEY)).isRetryable())
			.isTrue();
	}

	@Test
	void slowAnswerMeansUnavailable() {
		registry.stubFor(post(PATH).willReturn(okJson("{\"uscc\": \"" + CODE + "\"}").withFixedDelay(2_000)));

		var unavailable = thrownBy(RegistryUnavailableException.class,
				() -> client(Duration.ofMillis(200)).assignCode(REQUEST, KEY));

		assertThat(unavailable).hasMessageContaining("no response within");
	}

	@Test
	void bodyThatIsNotJsonIsAProtocolError() {
		registry.stubFor(post(PATH).willReturn(okJson("{\"uscc\": ")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.assignCode(REQUEST, KEY)).isRetryable())
			.isFalse();
	}

	@Test
	void codeWithAWrongCheckCharacterIsAProtocolError() {
		char wrong = CODE.charAt(17) == '0' ? '1' : '0';
		registry.stubFor(post(PATH).willReturn(okJson("{\"uscc\": \"" + CODE.substring(0, 17) + wrong + "\"}")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.assignCode(REQUEST, KEY)))
			.hasMessageContaining("not a valid");
	}

	@Test
	void codeOfAnotherTypeIsAProtocolError() {
		String foundation = SimulatedLegalEntityRegistryClient.code(OrganisationType.FOUNDATION, "440300", "x");
		registry.stubFor(post(PATH).willReturn(okJson("{\"uscc\": \"" + foundation + "\"}")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.assignCode(REQUEST, KEY)))
			.hasMessageContaining("ASSOCIATION");
	}

	@Test
	void answerWithoutCodeIsAProtocolError() {
		registry.stubFor(post(PATH).willReturn(okJson("{}")));

		assertThat(thrownBy(RegistryProtocolException.class, () -> client.assignCode(REQUEST, KEY)))
			.hasMessageContaining("'uscc'");
	}

}
