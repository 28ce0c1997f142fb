package org.minzheng.flow.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Altering one queue event in the database makes verification fail at that event — also
 * when the forger recomputes that row's hash, and when they rewrite the whole chain after
 * it (then the replay catches the offer that went to the wrong applicant).
 */
@ApplicationTest
class QueueTamperingIT {

	@Autowired
	LotteryFixtures fixtures;

	@Autowired
	LotteryAreas areas;

	@Autowired
	ApplicantActions applicants;

	@Autowired
	QueueMapper queue;

	@Autowired
	QueueVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	LotteryArea area;

	LotteryApplication head;

	LotteryApplication second;

	/** Three applicants; the head declines the only opening, which goes to the second. */
	@BeforeEach
	void queueWithADecline() {
		area = fixtures.area(1, 3);
		head = fixtures.queued(area, "lt-tm-" + area.code().toLowerCase() + "-1");
		second = fixtures.queued(area, "lt-tm-" + area.code().toLowerCase() + "-2");
		fixtures.queued(area, "lt-tm-" + area.code().toLowerCase() + "-3");
		areas.releasePlannedSlot(area.code(), fixtures.user("yt-supervisor"));
		QueueRows.Offer offer = queue.liveOfferOf(queue.entryOfApplication(head.id()).id());
		applicants.decline(offer.offerNo(), LotteryFixtures.applicant(head.applicantUsername()));
		QueueVerification before = verifier.verify(area.code());
		assertThat(before.intact()).as(before.toString()).isTrue();
	}

	@Test
	void anAlteredEventFailsVerificationAtThatEvent() {
		// given: the second offer, to the second applicant, rewritten to the third
		long seq = offeredSeqOf(second);

		// when
		jdbc.update("UPDATE lottery_queue_event SET application_no = ? WHERE area_code = ? AND seq = ?",
				"LT-440308-2026-999999", area.code(), seq);

		// then
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAtSeq()).isEqualTo(seq);
		assertThat(verification.problem()).isEqualTo("HASH_MISMATCH");
		assertThat(verification.eventsChecked()).isEqualTo(seq);
	}

	@Test
	void anAlteredEventWithItsHashRecomputedBreaksTheLinkToTheNextEvent() {
		// given: a later answer deadline written into the head's offer, with a fresh hash
		long seq = offeredSeqOf(head);
		QueueEvent original = event(seq);
		QueueEvent forged = new QueueEvent(original.id(), original.areaCode(), seq, original.occurredAt(),
				original.eventType(), original.applicationNo(), original.openingNo(), original.offerNo(), "2099-12-31",
				original.actor(), original.prevHash(), null);

		// when
		jdbc.update("UPDATE lottery_queue_event SET detail = ?, hash = ? WHERE id = ?", forged.detail(),
				QueueEventHash.of(forged, forged.prevHash()), original.id());

		// then: the forged row is consistent in itself, so the break shows at the next
		// event, which still names the original hash
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.problem()).isEqualTo("CHAIN_BROKEN");
		assertThat(verification.brokenAtSeq()).isEqualTo(seq + 1);
	}

	@Test
	void anOfferRedirectedWithItsHashRecomputedIsCaughtByTheReplayAtThatEvent() {
		// given: the second offer rewritten to the head, who had declined that very
		// opening
		long seq = offeredSeqOf(second);
		QueueEvent original = event(seq);
		QueueEvent forged = new QueueEvent(original.id(), original.areaCode(), seq, original.occurredAt(),
				original.eventType(), head.applicationNo(), original.openingNo(), original.offerNo(), original.detail(),
				original.actor(), original.prevHash(), null);

		// when
		jdbc.update("UPDATE lottery_queue_event SET application_no = ?, hash = ? WHERE id = ?", forged.applicationNo(),
				QueueEventHash.of(forged, forged.prevHash()), original.id());

		// then
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAtSeq()).isEqualTo(seq);
		assertThat(verification.problem()).isEqualTo("RULE_VIOLATED");
	}

	@Test
	void aRewrittenChainIsCaughtByTheReplayAtTheFalseOffer() {
		// given: the forger gives the second offer to the head (who had declined that
		// very
		// opening) and recomputes every hash after it, and the area's chain head
		long seq = offeredSeqOf(second);
		List<QueueEvent> events = queue.events(area.code(), 0, 1000);
		String prev = events.get((int) seq - 2).hash();
		for (QueueEvent event : events.subList((int) seq - 1, events.size())) {
			String applicationNo = event.seq() == seq ? head.applicationNo() : event.applicationNo();
			QueueEvent forged = new QueueEvent(event.id(), event.areaCode(), event.seq(), event.occurredAt(),
					event.eventType(), applicationNo, event.openingNo(), event.offerNo(), event.detail(), event.actor(),
					prev, null);
			String hash = QueueEventHash.of(forged, prev);
			jdbc.update("UPDATE lottery_queue_event SET application_no = ?, prev_hash = ?, hash = ? WHERE id = ?",
					applicationNo, prev, hash, event.id());
			prev = hash;
		}
		jdbc.update("UPDATE lottery_area SET chain_hash = ? WHERE code = ?", prev, area.code());

		// when
		QueueVerification verification = verifier.verify(area.code());

		// then
		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAtSeq()).isEqualTo(seq);
		assertThat(verification.problem()).isEqualTo("RULE_VIOLATED");
	}

	@Test
	void theLastEventAlteredWithItsHashRecomputedNoLongerMatchesTheAreasChainHead() {
		// given
		long seq = offeredSeqOf(second);
		QueueEvent original = event(seq);
		QueueEvent forged = new QueueEvent(original.id(), original.areaCode(), seq, original.occurredAt(),
				original.eventType(), original.applicationNo(), original.openingNo(), original.offerNo(), "2099-12-31",
				original.actor(), original.prevHash(), null);

		// when
		jdbc.update("UPDATE lottery_queue_event SET detail = ?, hash = ? WHERE id = ?", forged.detail(),
				QueueEventHash.of(forged, forged.prevHash()), original.id());

		// then
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.problem()).isEqualTo("HEAD_MISMATCH");
		assertThat(verification.brokenAtSeq()).isEqualTo(seq);
	}

	@Test
	void aDeletedEventIsAGapInTheChain() {
		// given
		long seq = offeredSeqOf(second) - 1;

		// when
		jdbc.update("DELETE FROM lottery_queue_event WHERE area_code = ? AND seq = ?", area.code(), seq);

		// then
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAtSeq()).isEqualTo(seq);
		assertThat(verification.problem()).isEqualTo("SEQUENCE_GAP");
	}

	@Test
	void aQueueRowChangedBehindTheLogsBackIsAStateMismatch() {
		// when: someone moves the last applicant to the front by editing the queue table
		List<QueueRows.Entry> waiting = queue.waiting(area.code());
		jdbc.update("UPDATE lottery_queue_entry SET eligible_at = '2000-01-01 00:00:00' WHERE id = ?",
				waiting.get(waiting.size() - 1).id());

		// then
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.problem()).isEqualTo("STATE_MISMATCH");
	}

	private long offeredSeqOf(LotteryApplication application) {
		return jdbc.queryForObject("SELECT seq FROM lottery_queue_event WHERE area_code = ? AND event_type = 'OFFERED' "
				+ "AND application_no = ?", Long.class, area.code(), application.applicationNo());
	}

	private QueueEvent event(long seq) {
		return queue.events(area.code(), seq - 1, 1).get(0);
	}

}
