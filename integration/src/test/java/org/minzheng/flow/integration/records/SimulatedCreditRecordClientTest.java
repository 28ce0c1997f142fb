package org.minzheng.flow.integration.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.integration.RegistryTestSupport.thrownBy;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.RegistryRejectedException;
import org.minzheng.flow.integration.RegistryUnavailableException;

class SimulatedCreditRecordClientTest {

	private final SimulatedCreditRecordClient client = new SimulatedCreditRecordClient();

	@Test
	void answerFollowsFromTheSubjectId() {
		assertThat(client.check(SubjectKind.PERSON, "44030819900101123X", "k").clear()).isTrue();
		assertThat(client.check(SubjectKind.PERSON, "44030819900101444X", "k").dishonest()).isTrue();
		assertThat(client.check(SubjectKind.PERSON, "44030819900101666X", "k").criminalRecord()).isTrue();
		assertThat(client.requestCount()).isEqualTo(3);
	}

	@Test
	void rejectsMalformedIdsAndSimulatesOutages() {
		assertThat(thrownBy(RegistryRejectedException.class, () -> client.check(SubjectKind.PERSON, "123", "k"))
			.errorCode()).contains("INVALID_SUBJECT_ID");
		client.failNext(1);
		thrownBy(RegistryUnavailableException.class, () -> client.check(SubjectKind.PERSON, "44030819900101123X", "k"));
		assertThat(client.check(SubjectKind.PERSON, "44030819900101123X", "k").clear()).isTrue();
	}

}
