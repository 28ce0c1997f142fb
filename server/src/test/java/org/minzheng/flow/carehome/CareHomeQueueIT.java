package org.minzheng.flow.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.queue.ChainHash;
import org.minzheng.flow.shared.queue.ChainVerification;
import org.minzheng.flow.shared.queue.ParallelAnswers;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200 elders of four priority tiers in one care home's queue; 20 beds released in
 * parallel while every elder answers whatever bed they are offered, each in its own
 * thread: afterwards the invariants hold, the priority order was kept, the public replay
 * verification passes — and fails, naming the row, once one event row is changed
 * directly.
 */
@ApplicationTest
class CareHomeQueueIT {

	static final int BEDS = 20;

	static final int ELDERS = 200;

	static final int MAX_DECLINES = 2;

	static final List<String> TIERS = List.of("TEKUN", "DIBAO", "JIHUA", "GENERAL");

	@Autowired
	CareHomeFixtures fixtures;

	@Autowired
	CareHomeApplications applications;

	@Autowired
	CareHomeMapper rows;

	@Autowired
	CareQueueVerifier verifier;

	@Autowired
	PublicCareHomeController publicApi;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyBedsAndTwoHundredEldersInParallelKeepTheTiersAndTheChain() throws Exception {
		// given 200 assessed elders of four tiers (in random order of application) and a
		// few assessed below the home's threshold
		CareHome home = fixtures.home(BEDS, MAX_DECLINES);
		Map<String, Integer> rank = Map.of("TEKUN", 1, "DIBAO", 2, "JIHUA", 3, "GENERAL", 9);
		List<CareHomeApplication> queued = new ArrayList<>();
		for (int i = 0; i < ELDERS; i++) {
			String tier = TIERS.get(ThreadLocalRandom.current().nextInt(TIERS.size()));
			queued.add(fixtures.queued(home, tier, CareHomeFixtures.randomBirthDate()));
		}
		CareHomeApplication notEligible = fixtures
			.assessed(fixtures.submitted(home, "TEKUN", CareHomeFixtures.randomBirthDate()), 0);
		assertThat(notEligible.status()).isEqualTo(CareHomeApplication.Status.NOT_ELIGIBLE);
		assertThat(queued).allMatch(a -> a.status() == CareHomeApplication.Status.QUEUED);
		// the queue is in tier order, within a tier the oldest first
		List<String> expected = queued.stream()
			.sorted(Comparator.comparing((CareHomeApplication a) -> rank.get(a.tierCode()))
				.thenComparing(CareHomeApplication::birthDate)
				.thenComparing(CareHomeApplication::submittedAt)
				.thenComparing(CareHomeApplication::applicationNo))
			.map(CareHomeApplication::applicationNo)
			.toList();
		List<String> initialOrder = waitingOrder(home);
		assertThat(initialOrder).isEqualTo(expected);

		// when 20 beds are released in parallel while every elder answers their offers
		StaffUser approver = fixtures.user(CareHomeFixtures.APPROVER);
		StaffUser clerk = fixtures.user(CareHomeFixtures.CLERK);
		// in queue order: the elders at the head must be among the first threads
		Map<String, CareHomeApplication> byNumber = new java.util.HashMap<>();
		queued.forEach(a -> byNumber.put(a.applicationNo(), a));
		ParallelAnswers.Outcome outcome = ParallelAnswers.run(BEDS,
				i -> applications.releaseBed(home.code(), "B-" + i, approver),
				initialOrder.stream().map(byNumber::get).map(a -> elder(a, clerk)).toList(), () -> allTaken(home));

		// then nothing failed and every bed is held by exactly one elder who accepted it
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.accepted()).isEqualTo(BEDS);
		assertThat(outcome.declined()).isPositive();
		assertThat(count("SELECT COUNT(*) FROM carehome_bed_release WHERE home_code = ? AND status = 'TAKEN'", home))
			.isEqualTo(BEDS);
		assertThat(jdbc.queryForList("SELECT entry_id FROM carehome_offer WHERE home_code = ? AND status IN "
				+ "('OFFERED', 'ACCEPTED') GROUP BY entry_id HAVING COUNT(*) > 1", home.code()))
			.isEmpty();
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT left_reason FROM carehome_queue_entry WHERE home_code = ? " + "AND status = 'REMOVED'",
				String.class, home.code()))
			.containsOnly("DECLINE_LIMIT");
		// positions only moved up
		List<String> finalOrder = waitingOrder(home);
		assertThat(initialOrder).containsSubsequence(finalOrder);
		// every offer went to a tier no lower than anyone still waiting without an offer
		// at the end: the first accepted beds went to the highest tiers present
		assertThat(
				count("SELECT COUNT(*) FROM carehome_queue_event WHERE home_code = ? AND event_type = 'OFFERED'", home))
			.isEqualTo(count("SELECT COUNT(*) FROM carehome_offer WHERE home_code = ?", home));

		// and the public verification replays the log to exactly this queue
		ChainVerification verification = publicApi.verify(home.code());
		assertThat(verification.intact()).as(verification.detail()).isTrue();
		assertThat(verification.eventsChecked()).isEqualTo(rows.home(home.code()).chainSeq());
		assertThat(verifier.verify(home.code()).recomputedOrder()).isEqualTo(finalOrder);
		assertThat(verification.recomputedOrder()).hasSize(finalOrder.size())
			.allMatch(n -> n.contains("****"), "masked");
		assertThat(publicApi.queue(home.code()).queue()).allMatch(p -> p.applicationNo().contains("****"))
			.allMatch(p -> !p.applicantName().equals(rows.applicationByNo(finalOrder.get(0)).applicantName()));

		// when one event row is changed directly in the database (an offer's deadline)
		long seq = jdbc.queryForObject(
				"SELECT MIN(seq) FROM carehome_queue_event WHERE home_code = ? " + "AND event_type = 'OFFERED'",
				Long.class, home.code());
		jdbc.update("UPDATE carehome_queue_event SET detail = '2099-12-31' WHERE home_code = ? AND seq = ?",
				home.code(), seq);

		// then the verification fails and names that row
		ChainVerification tampered = publicApi.verify(home.code());
		assertThat(tampered.intact()).isFalse();
		assertThat(tampered.problem()).isEqualTo("HASH_MISMATCH");
		assertThat(tampered.brokenAtSeq()).isEqualTo(seq);
		assertThat(tampered.detail()).contains("第 " + seq + " 号");
	}

	@Test
	void aRowReHashedToPutSomeoneFirstBreaksTheChainAtItsSuccessor() {
		// given a home with three elders of the lowest tier and one bed offered to the
		// oldest
		CareHome home = fixtures.home(3, MAX_DECLINES);
		for (int i = 0; i < 3; i++) {
			fixtures.queued(home, "GENERAL", CareHomeFixtures.randomBirthDate());
		}
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		assertThat(verifier.verify(home.code()).intact()).isTrue();

		// when the last elder's ENTERED row is given the top tier and re-hashed so that
		// the row itself checks out
		List<CareQueueEvent> events = rows.events(home.code(), 0, 100);
		CareQueueEvent last = events.stream().filter(e -> "ENTERED".equals(e.eventType())).reduce((a, b) -> b).get();
		CareQueueEvent forged = new CareQueueEvent(last.id(), last.homeCode(), last.seq(), last.occurredAt(),
				last.eventType(), last.applicationNo(), null, null, "01" + last.detail().substring(2), last.actor(),
				last.prevHash(), null);
		String hash = ChainHash.of(CareQueueLedger.VERSION, forged, forged.prevHash());
		jdbc.update("UPDATE carehome_queue_event SET detail = ?, hash = ? WHERE id = ?", forged.detail(), hash,
				last.id());

		// then the next row no longer links to it
		ChainVerification verification = verifier.verify(home.code());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.problem()).isEqualTo("CHAIN_BROKEN");
		assertThat(verification.brokenAtSeq()).isEqualTo(last.seq() + 1);
	}

	/** One elder, whose offers the clerk answers. */
	private ParallelAnswers.Applicant elder(CareHomeApplication application, StaffUser clerk) {
		long entryId = rows.entryOfApplication(application.id()).id();
		return new ParallelAnswers.Applicant(application.applicationNo(), () -> rows.entry(entryId).status(), () -> {
			CareQueueRows.Offer offer = rows.liveOfferOf(entryId);
			return offer == null ? null : offer.offerNo();
		}, no -> applications.answer(no, CareHomeApplications.OfferAction.ACCEPT, clerk),
				no -> applications.answer(no, CareHomeApplications.OfferAction.DECLINE, clerk));
	}

	private boolean allTaken(CareHome home) {
		return count("SELECT COUNT(*) FROM carehome_bed_release WHERE home_code = ? AND status = 'TAKEN'",
				home) == BEDS;
	}

	private int count(String sql, CareHome home) {
		return jdbc.queryForObject(sql, Integer.class, home.code());
	}

	private List<String> waitingOrder(CareHome home) {
		return List.copyOf(rows.waiting(home.code()).stream().map(CareQueueRows.Entry::applicationNo).toList());
	}

}
