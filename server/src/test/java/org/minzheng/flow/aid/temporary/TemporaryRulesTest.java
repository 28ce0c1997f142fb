package org.minzheng.flow.aid.temporary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 支出型 tiers' arithmetic and the guarded moves of a case's status. */
class TemporaryRulesTest {

	static final ExpenditureTier LOW = new ExpenditureTier(0, 1_000_000L, 5000, "缺口 1 万元以下：50%");

	static final ExpenditureTier HIGH = new ExpenditureTier(3_000_000, null, 7000, "缺口 3 万元以上：70%");

	@ParameterizedTest(name = "shortfall {0} fen pays {1} fen")
	@CsvSource({ "1, 0", "3, 1", "999999, 499999", "100000, 50000" })
	void aTierPaysItsShareOfTheShortfallRoundedDownToTheFen(long shortfall, long amount) {
		assertThat(LOW.covers(shortfall)).isTrue();
		assertThat(LOW.amountFor(shortfall)).isEqualTo(amount);
	}

	@Test
	void bandsIncludeTheirLowerEndOnlyAndTheLastIsOpen() {
		assertThat(LOW.covers(1_000_000)).isFalse();
		assertThat(HIGH.covers(3_000_000)).isTrue();
		assertThat(HIGH.covers(Long.MAX_VALUE / 10_000)).isTrue();
		assertThat(HIGH.amountFor(4_000_000)).isEqualTo(2_800_000);
	}

	@Test
	void statusesMoveOnlyAlongTheirList() {
		assertThat(TemporaryStatus.open(TemporaryKind.EMERGENCY)).isEqualTo(TemporaryStatus.ADVANCE_PAID);
		assertThat(TemporaryStatus.open(TemporaryKind.EXPENDITURE)).isEqualTo(TemporaryStatus.REGISTERED);
		assertThat(TemporaryStatus.ADVANCE_PAID.to(TemporaryStatus.REGULARISED)).isEqualTo(TemporaryStatus.REGULARISED);
		assertThatIllegalStateException().isThrownBy(() -> TemporaryStatus.ADVANCE_PAID.to(TemporaryStatus.PAID));
		assertThatIllegalStateException().isThrownBy(() -> TemporaryStatus.REGISTERED.to(TemporaryStatus.NOT_DUE));
		assertThatIllegalStateException().isThrownBy(() -> TemporaryStatus.PAID.to(TemporaryStatus.REJECTED));
		assertThat(TemporaryStatus.NOT_DUE.isClosed()).isTrue();
		assertThat(TemporaryStatus.IN_NOTICE.isClosed()).isFalse();
	}

}
