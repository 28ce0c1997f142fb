package org.minzheng.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Period;

import org.junit.jupiter.api.Test;

/** The audit trail is kept at least six months; less refuses to start. */
class AuditRetentionTest {

	@Test
	void sixMonthsOrMoreAreAccepted() {
		assertThat(new AuditRetention(Period.ofMonths(6)).retention()).isEqualTo(Period.ofMonths(6));
		assertThat(new AuditRetention(Period.ofDays(183)).retention()).isEqualTo(Period.ofDays(183));
		assertThat(new AuditRetention(Period.ofYears(3)).retention()).isEqualTo(Period.ofYears(3));
	}

	@Test
	void lessThanSixMonthsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditRetention(Period.ofMonths(5)))
			.withMessageContaining("P6M");
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditRetention(Period.ofDays(180)));
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditRetention(Period.ofMonths(-12)));
	}

}
