package org.minzheng.flow.shared.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.shared.queue.WaitlistReplay.Step;

/**
 * The shared waitlist rules, replayed from events alone: first come first served or
 * priority keys, the offer the rules name, passes up to the limit, and the hash of the
 * canonical form.
 */
class WaitlistReplayTest {

	static final Map<String, Step> STEPS = Map.of("RULES", Step.RULES, "ENTERED", Step.ENTERED, "RELEASED",
			Step.RELEASED, "OFFERED", Step.OFFERED, "ACCEPTED", Step.ACCEPTED, "DECLINED", Step.DECLINED, "EXPIRED",
			Step.EXPIRED, "REOPENED", Step.REOPENED, "FILLED", Step.FILLED, "REMOVED", Step.REMOVED);

	record Event(String queueCode, long seq, LocalDateTime occurredAt, String type, String subjectNo, String slotNo,
			String offerNo, String detail, String actor, String prevHash, String hash) implements ChainEvent {
	}

	static Event event(String type, String subject, String slot, String offer, String detail) {
		return new Event("Q", 1, LocalDateTime.of(2026, 1, 1, 8, 0), type, subject, slot, offer, detail, "system",
				ChainHash.GENESIS, null);
	}

	@Test
	void withPriorityKeysANewcomerGoesAheadAndTakesTheNextOffer() {
		WaitlistReplay state = new WaitlistReplay(new WaitlistReplay.Rules(STEPS, false, "FAILED"));
		state.apply(event("RULES", null, null, null, "maxDeclines=2"));
		state.apply(event("ENTERED", "A", null, null, "09|1950-01-01|x"));
		state.apply(event("ENTERED", "B", null, null, "01|1960-01-01|x"));
		state.apply(event("RELEASED", null, "S1", null, null));

		assertThat(state.waiting().stream().map(WaitlistReplay.Entry::subjectNo)).containsExactly("B", "A");
		assertThat(state.nextOffer()).contains(new WaitlistReplay.NextOffer("S1", "B"));
		assertThatThrownBy(() -> state.apply(event("OFFERED", "A", "S1", "O1", null)))
			.isInstanceOf(WaitlistReplay.Violation.class)
			.hasMessageContaining("向 B");
	}

	@Test
	void firstComeFirstServedRefusesANewcomerAheadOfSomeoneWaiting() {
		WaitlistReplay state = new WaitlistReplay(new WaitlistReplay.Rules(STEPS, true, "FAILED"));
		state.apply(event("ENTERED", "A", null, null, "2026-01-02T00:00:00.000"));

		assertThatThrownBy(() -> state.apply(event("ENTERED", "B", null, null, "2026-01-01T00:00:00.000")))
			.isInstanceOf(WaitlistReplay.Violation.class);
	}

	@Test
	void theLimitOfPassesRequiresTheRemovalNext() {
		WaitlistReplay state = new WaitlistReplay(new WaitlistReplay.Rules(STEPS, true, "FAILED"));
		state.apply(event("RULES", null, null, null, "maxDeclines=1"));
		state.apply(event("ENTERED", "A", null, null, "1"));
		state.apply(event("ENTERED", "B", null, null, "2"));
		state.apply(event("RELEASED", null, "S1", null, null));
		state.apply(event("OFFERED", "A", "S1", "O1", null));
		state.apply(event("DECLINED", "A", "S1", "O1", null));

		assertThat(state.removalPending()).isTrue();
		assertThatThrownBy(() -> state.apply(event("OFFERED", "B", "S1", "O2", null)))
			.isInstanceOf(WaitlistReplay.Violation.class);
		state.apply(event("REMOVED", "A", null, null, WaitlistReplay.DECLINE_LIMIT));
		state.apply(event("OFFERED", "B", "S1", "O2", null));
		assertThat(state.liveOffers()).containsExactly(Map.entry("S1", "B"));
	}

	@Test
	void theHashCoversEveryFieldAndTheVersion() {
		Event event = event("ENTERED", "A", null, null, "1");
		String hash = ChainHash.of("v1", event, ChainHash.GENESIS);

		assertThat(hash).hasSize(64).isEqualTo(ChainHash.of("v1", event, ChainHash.GENESIS));
		assertThat(ChainHash.of("v2", event, ChainHash.GENESIS)).isNotEqualTo(hash);
		assertThat(ChainHash.of("v1", event("ENTERED", "A", null, null, "2"), ChainHash.GENESIS)).isNotEqualTo(hash);
		assertThat(ChainHash.of("v1", event("ENTERED", "A", "", null, "1"), ChainHash.GENESIS))
			.as("empty text is not NULL")
			.isNotEqualTo(hash);
	}

	@Test
	void masksTheMiddleOfANumber() {
		assertThat(QueueNumbers.mask("YL-440308-2026-000123")).isEqualTo("YL-440308-****-**0123");
		assertThat(QueueNumbers.mask("LT-440308-2026-000123")).isEqualTo("LT-440308-****-**0123");
	}

}
