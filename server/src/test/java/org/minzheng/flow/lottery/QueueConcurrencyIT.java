package org.minzheng.flow.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.queue.ParallelAnswers;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 20 planned openings released while 200 applicants accept or decline their offers, each
 * in its own thread, on MariaDB: afterwards every invariant holds in the tables, and the
 * replay of the event log reproduces the final queue exactly.
 */
@ApplicationTest
class QueueConcurrencyIT {

	static final int OPENINGS = 20;

	static final int APPLICANTS = 200;

	static final int MAX_DECLINES = 2;

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

	@Test
	void twentyOpeningsAndTwoHundredApplicantsInParallelKeepEveryInvariant() throws Exception {
		// given 200 applicants waiting in one area with 20 planned slots
		LotteryArea area = fixtures.area(OPENINGS, MAX_DECLINES);
		List<LotteryApplication> queued = new ArrayList<>();
		for (int i = 0; i < APPLICANTS; i++) {
			queued.add(fixtures.queued(area, "lt-cc-" + area.code().toLowerCase() + "-" + i));
		}
		StaffUser supervisor = fixtures.user("yt-supervisor");
		List<String> initialOrder = waitingOrder(area);

		// when the openings are released while every applicant answers whatever they are
		// offered
		ParallelAnswers.Outcome outcome = ParallelAnswers.run(OPENINGS,
				i -> areas.releasePlannedSlot(area.code(), supervisor), queued.stream().map(this::applicant).toList(),
				() -> allTaken(area));

		// then nothing failed, and every opening is held by exactly one applicant who
		// accepted it
		assertThat(outcome.errors()).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lottery_opening WHERE area_code = ? AND status = 'TAKEN'",
				Integer.class, area.code()))
			.isEqualTo(OPENINGS);
		assertThat(outcome.accepted()).isEqualTo(OPENINGS);
		assertThat(outcome.declined()).isPositive();
		assertThat(jdbc.queryForList("SELECT opening_id FROM lottery_offer WHERE area_code = ? AND status IN "
				+ "('OFFERED', 'ACCEPTED') GROUP BY opening_id HAVING COUNT(*) > 1", area.code()))
			.as("openings offered to more than one applicant at a time")
			.isEmpty();
		assertThat(jdbc.queryForList("SELECT entry_id FROM lottery_offer WHERE area_code = ? AND status IN "
				+ "('OFFERED', 'ACCEPTED') GROUP BY entry_id HAVING COUNT(*) > 1", area.code()))
			.as("applicants holding more than one offer")
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lottery_offer WHERE area_code = ? AND status = 'ACCEPTED'",
				Integer.class, area.code()))
			.isEqualTo(OPENINGS);
		// nobody left the queue except by the decline rule, and only at the limit
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT left_reason FROM lottery_queue_entry WHERE area_code = ? " + "AND status = 'REMOVED'",
				String.class, area.code()))
			.containsAnyOf("DECLINE_LIMIT")
			.containsOnly("DECLINE_LIMIT");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lottery_queue_entry WHERE area_code = ? "
				+ "AND status = 'REMOVED' AND passes <> ?", Integer.class, area.code(), MAX_DECLINES))
			.isZero();
		// positions only moved up: the remaining queue is the initial order minus those
		// who left
		List<String> finalOrder = waitingOrder(area);
		assertThat(initialOrder).containsSubsequence(finalOrder);
		// every offer is an engine instance, and every accepted one waits for inspection
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lottery_offer WHERE area_code = ?", Integer.class,
				area.code()))
			.isEqualTo(jdbc.queryForObject(
					"SELECT COUNT(*) FROM ACT_HI_PROCINST p JOIN lottery_offer o "
							+ "ON o.process_instance_id = p.ID_ WHERE o.area_code = ? AND p.PROC_DEF_KEY_ = ?",
					Integer.class, area.code(), LotteryOfferProcess.PROCESS_KEY));
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM ACT_RU_TASK t JOIN lottery_offer o "
						+ "ON o.process_instance_id = t.PROC_INST_ID_ WHERE o.area_code = ? AND t.TASK_DEF_KEY_ = ?",
				Integer.class, area.code(), LotteryOfferProcess.TASK_SITE_INSPECTION))
			.isEqualTo(OPENINGS);
		// and the replay of the event log gives exactly this queue
		QueueVerification verification = verifier.verify(area.code());
		assertThat(verification.intact()).as(verification.detail()).isTrue();
		assertThat(verification.recomputedOrder()).isEqualTo(finalOrder);
		assertThat(verification.eventsChecked()).isEqualTo(queue.area(area.code()).chainSeq());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM lottery_queue_event WHERE area_code = ? " + "AND event_type = 'OFFERED'",
				Integer.class, area.code()))
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM lottery_offer WHERE area_code = ?", Integer.class,
					area.code()));
	}

	@Test
	void theDatabaseRefusesASecondLiveOfferForAnOpeningOrAnApplicant() {
		// given an applicant holding the offer of the area's only opening
		LotteryArea area = fixtures.area(1, MAX_DECLINES);
		LotteryApplication head = fixtures.queued(area, "lt-db-" + area.code().toLowerCase() + "-1");
		LotteryApplication second = fixtures.queued(area, "lt-db-" + area.code().toLowerCase() + "-2");
		areas.releasePlannedSlot(area.code(), fixtures.user("yt-supervisor"));
		QueueRows.Offer offer = queue.liveOfferOf(queue.entryOfApplication(head.id()).id());
		long secondEntry = queue.entryOfApplication(second.id()).id();
		long otherOpening = jdbc.queryForObject("SELECT MAX(id) FROM lottery_opening", Long.class) + 1000;

		// when / then: a second live offer of the same opening is refused by the database
		assertThatThrownBy(() -> jdbc.update(
				"INSERT INTO lottery_offer (offer_no, area_code, opening_id, entry_id, status, offered_at, answer_deadline, "
						+ "live_opening_id, live_entry_id) VALUES ('X1', ?, ?, ?, 'OFFERED', NOW(3), NOW(3), ?, ?)",
				area.code(), offer.openingId(), secondEntry, offer.openingId(), secondEntry))
			.isInstanceOf(DataIntegrityViolationException.class);
		// and so is a second live offer to the same applicant (any opening)
		jdbc.update(
				"INSERT INTO lottery_opening (opening_no, area_code, kind, planned_slot, status, released_by, "
						+ "released_at) VALUES (?, ?, 'PLANNED', 99, 'OPEN', 'test', NOW(3))",
				"X-" + otherOpening, area.code());
		long opening2 = jdbc.queryForObject("SELECT id FROM lottery_opening WHERE opening_no = ?", Long.class,
				"X-" + otherOpening);
		assertThatThrownBy(() -> jdbc.update(
				"INSERT INTO lottery_offer (offer_no, area_code, opening_id, entry_id, status, offered_at, answer_deadline, "
						+ "live_opening_id, live_entry_id) VALUES ('X2', ?, ?, ?, 'OFFERED', NOW(3), NOW(3), ?, ?)",
				area.code(), opening2, offer.entryId(), opening2, offer.entryId()))
			.isInstanceOf(DataIntegrityViolationException.class);
		// and an offer that ended cannot keep holding its opening
		assertThatThrownBy(() -> jdbc.update("UPDATE lottery_offer SET status = 'DECLINED' WHERE id = ?", offer.id()))
			.isInstanceOf(DataIntegrityViolationException.class);
		// and the same opening is never offered twice to one applicant
		assertThatThrownBy(() -> jdbc.update(
				"INSERT INTO lottery_offer (offer_no, area_code, opening_id, entry_id, status, offered_at, answer_deadline) "
						+ "VALUES ('X3', ?, ?, ?, 'DECLINED', NOW(3), NOW(3))",
				area.code(), offer.openingId(), offer.entryId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/** One applicant, who answers their offers in their own name. */
	private ParallelAnswers.Applicant applicant(LotteryApplication application) {
		StaffUser user = LotteryFixtures.applicant(application.applicantUsername());
		long entryId = queue.entryOfApplication(application.id()).id();
		return new ParallelAnswers.Applicant(application.applicationNo(), () -> queue.entry(entryId).status(), () -> {
			QueueRows.Offer offer = queue.liveOfferOf(entryId);
			return offer == null ? null : offer.offerNo();
		}, no -> applicants.accept(no, user), no -> applicants.decline(no, user));
	}

	private boolean allTaken(LotteryArea area) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM lottery_opening WHERE area_code = ? AND status = 'TAKEN'",
				Integer.class, area.code()) == OPENINGS;
	}

	private List<String> waitingOrder(LotteryArea area) {
		return Collections
			.unmodifiableList(queue.waiting(area.code()).stream().map(QueueRows.Entry::applicationNo).toList());
	}

}
