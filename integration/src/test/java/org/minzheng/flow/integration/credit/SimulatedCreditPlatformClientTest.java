package org.minzheng.flow.integration.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

class SimulatedCreditPlatformClientTest {

	private static final String KEY = "CEM-440308-2026-01:ServiceTask_ReportCredit";

	private static final CreditRecord RECORD = new CreditRecord("CEMETERY_INSPECTION_UNQUALIFIED", "91440300MA5D1YT019",
			"深圳市海景陵园管理有限公司", "440308", "盐田区民政局", LocalDate.of(2026, 3, 20), "经营性公墓年检不合格：超出价格目录收费",
			"CEM-440308-2026-01");

	private static final CreditListEntry ENTRY = new CreditListEntry("51440300MJL0000010", "深圳市某某协会", "ABNORMAL",
			"NO_ANNUAL_REPORT", "未按时报送 2025 年度报告", LocalDate.of(2026, 6, 1), "440300");

	private final SimulatedCreditPlatformClient client = new SimulatedCreditPlatformClient(
			Clock.fixed(Instant.parse("2026-03-20T02:00:00Z"), ZoneOffset.UTC));

	@Test
	void checkAnswerFollowsFromTheSubjectId() {
		assertThat(client.check(SubjectKind.PERSON, "44030819900101123X", "k").clear()).isTrue();
		assertThat(client.check(SubjectKind.PERSON, "44030819900101444X", "k").dishonest()).isTrue();
		assertThat(client.check(SubjectKind.PERSON, "44030819900101666X", "k").criminalRecord()).isTrue();
		assertThat(client.requestCount()).isEqualTo(3);
	}

	@Test
	void checkRejectsMalformedIdsAndSimulatesOutages() {
		assertThat(thrownBy(RegistryRejectedException.class, () -> client.check(SubjectKind.PERSON, "123", "k"))
			.errorCode()).contains("INVALID_SUBJECT_ID");
		client.failNext(1);
		thrownBy(RegistryUnavailableException.class, () -> client.check(SubjectKind.PERSON, "44030819900101123X", "k"));
		assertThat(client.check(SubjectKind.PERSON, "44030819900101123X", "k").clear()).isTrue();
	}

	@Test
	void reportAnswersARepeatedKeyWithTheFirstReceipt() {
		// when
		CreditReceipt first = client.report(RECORD, KEY);
		CreditReceipt again = client.report(RECORD, KEY);
		CreditReceipt other = client.report(RECORD, KEY + "-2");

		// then
		assertThat(first).isEqualTo(new CreditReceipt("CR-000001", Instant.parse("2026-03-20T02:00:00Z")));
		assertThat(again).isEqualTo(first);
		assertThat(other.recordNo()).isNotEqualTo(first.recordNo());
		assertThat(client.records()).hasSize(2);
	}

	@Test
	void reportWithoutKeyIsRejectedAndOutageIsRetryable() {
		assertThat(thrownBy(RegistryRejectedException.class, () -> client.report(RECORD, " ")).errorCode())
			.contains("IDEMPOTENCY_KEY_MISSING");
		client.failNext(1);
		assertThat(thrownBy(RegistryUnavailableException.class, () -> client.report(RECORD, KEY)).isRetryable())
			.isTrue();
		assertThat(client.report(RECORD, KEY).recordNo()).startsWith("CR-");
	}

	@Test
	void publishKeepsOneEntryPerKey() {
		String first = client.publish(ENTRY, "credit-transition:1");
		String again = client.publish(ENTRY, "credit-transition:1");
		client.publish(ENTRY, "credit-transition:2");

		assertThat(again).isEqualTo(first).startsWith("SIM-");
		assertThat(client.received()).containsOnlyKeys("credit-transition:1", "credit-transition:2");
		assertThat(client.entries()).hasSize(2);
	}

}
