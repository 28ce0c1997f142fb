package org.minzheng.flow.carehome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.carehome.CareHomeApplication.Status;
import org.minzheng.flow.carehome.CareHomeApplications.OfferAction;
import org.minzheng.flow.processes.elderly.ElderlyCareHomeOfferProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.TestClock;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An offer lapses by itself when its answer deadline passes: the offer process's timer
 * job passes the bed to the next elder, by the system and audited, and the home's chain
 * still verifies. Staff may still record the missing answer once the deadline passed;
 * whichever of the two comes first wins and the other changes nothing, also when an
 * answer races the timer. An offer made before offers ran a process still takes its
 * answers.
 */
@ApplicationTest
class CareHomeOfferTimerIT {

	@Autowired
	CareHomeFixtures fixtures;

	@Autowired
	CareHomeApplications applications;

	@Autowired
	CareHomeMapper rows;

	@Autowired
	CareQueueVerifier verifier;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Workflow workflow;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void letTheClockRun() {
		clock.run();
	}

	@Test
	void anUnansweredOfferLapsesWhenItsTimerFiresAndTheBedGoesToTheNext() {
		// given a bed offered to the older of two elders, with its deadline's timer
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication a = fixtures.queued(home, "GENERAL", LocalDate.of(1935, 1, 1));
		CareHomeApplication b = fixtures.queued(home, "GENERAL", LocalDate.of(1945, 1, 1));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer offer = liveOffer(a);
		String process = rows.offerProcess(offer.id());
		assertThat(process).isNotNull();
		Job timer = deadlineTimer(offer);
		assertThat(timer.getDuedate().toInstant()).isEqualTo(offer.answerDeadline());

		// when the timer fires
		management.executeJob(timer.getId());

		// then the offer lapsed as a pass, by the system, and b is offered the bed with a
		// timer of their own
		assertThat(rows.offer(offer.id()).status()).isEqualTo("EXPIRED");
		assertThat(rows.entryOfApplication(a.id()).passes()).isEqualTo(1);
		assertThat(rows.entryOfApplication(a.id()).status()).isEqualTo("WAITING");
		CareQueueRows.Offer next = liveOffer(b);
		assertThat(next).isNotNull();
		assertThat(deadlineTimer(next)).isNotNull();
		assertThat(workflow.endActivity(process)).contains(ElderlyCareHomeOfferProcess.END_EVENT_LAPSED);
		List<CareQueueEvent> events = rows.events(home.code(), 0, 100);
		CareQueueEvent expired = events.get(events.size() - 2);
		assertThat(expired.eventType()).isEqualTo("EXPIRED");
		assertThat(expired.offerNo()).isEqualTo(offer.offerNo());
		assertThat(expired.actor()).isEqualTo(CareHomeQueue.SYSTEM);
		assertThat(events.get(events.size() - 1).eventType()).isEqualTo("OFFERED");
		assertThat(jdbc
			.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = 'CARE_OFFER_LAPSED' "
					+ "AND actor = 'system' AND actor_role = 'SYSTEM'", Integer.class, a.applicationNo()))
			.isEqualTo(1);
		assertThat(verifier.verify(home.code()).intact()).isTrue();

		// and a late answer or a no-answer is refused: the offer is no longer open
		clock.stop();
		clock.advance(Duration.between(clock.instant(), offer.answerDeadline()).plusMinutes(1));
		for (OfferAction late : List.of(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.NO_ANSWER)) {
			assertThatThrownBy(() -> answer(offer, late)).isInstanceOfSatisfying(ApiException.class,
					e -> assertThat(e.code()).isEqualTo("CARE_OFFER_NOT_OPEN"));
		}
		assertThat(liveOffer(b).id()).isEqualTo(next.id());
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void aNoAnswerRecordedAfterTheDeadlineEndsTheProcessAndALateTimerChangesNothing() {
		// given a bed offered to a whose deadline has passed before the timer ran
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication a = fixtures.queued(home, "GENERAL", LocalDate.of(1935, 1, 1));
		CareHomeApplication b = fixtures.queued(home, "GENERAL", LocalDate.of(1945, 1, 1));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer offer = liveOffer(a);
		String process = rows.offerProcess(offer.id());
		clock.stop();
		clock.advance(Duration.between(clock.instant(), offer.answerDeadline()).plusMinutes(1));

		// when staff record that no answer came
		answer(offer, OfferAction.NO_ANSWER);

		// then the process ended without its timer and b holds the bed
		assertThat(workflow.endActivity(process)).contains(ElderlyCareHomeOfferProcess.END_EVENT_NO_ANSWER);
		assertThat(management.createJobQuery().processInstanceId(process).count()).isZero();
		CareQueueRows.Offer next = liveOffer(b);
		assertThat(next).isNotNull();
		long seq = rows.home(home.code()).chainSeq();

		// when the lapse runs late all the same (a timer that had already started)
		applications.lapse(offer.id());

		// then nothing moved
		assertThat(rows.home(home.code()).chainSeq()).isEqualTo(seq);
		assertThat(rows.offer(offer.id()).status()).isEqualTo("EXPIRED");
		assertThat(rows.entryOfApplication(a.id()).passes()).isEqualTo(1);
		assertThat(liveOffer(b).id()).isEqualTo(next.id());
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void anAnswerRacingTheTimerMovesTheBedOnce() throws Exception {
		// the answer starts with the timer (it wins: the timer's job is rolled back) or a
		// little later (the timer locks the home's queue first: the answer gets a 409)
		List<OfferAction> actions = List.of(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.ACCEPT,
				OfferAction.DECLINE);
		for (int round = 0; round < actions.size(); round++) {
			OfferAction action = actions.get(round);
			Duration delay = Duration.ofMillis(150L * round);
			// given a bed offered to a, with b and c waiting
			CareHome home = fixtures.home(1, 3);
			CareHomeApplication a = fixtures.queued(home, "GENERAL", LocalDate.of(1935, 1, 1));
			fixtures.queued(home, "GENERAL", LocalDate.of(1945, 1, 1));
			fixtures.queued(home, "GENERAL", LocalDate.of(1946, 1, 1));
			applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
			CareQueueRows.Offer offer = liveOffer(a);
			Job timer = deadlineTimer(offer);

			// when the staff's answer and the timer run at the same moment
			ExecutorService pool = Executors.newFixedThreadPool(2);
			CountDownLatch start = new CountDownLatch(1);
			Future<Throwable> fired = pool.submit(() -> failure(start, () -> management.executeJob(timer.getId())));
			Future<Throwable> answered = pool.submit(() -> failure(start, () -> {
				sleep(delay);
				answer(offer, action);
			}));
			start.countDown();
			Throwable timerFailure = fired.get(2, TimeUnit.MINUTES);
			Throwable answerFailure = answered.get(2, TimeUnit.MINUTES);
			pool.shutdown();

			// then exactly one of them ended the offer
			String status = rows.offer(offer.id()).status();
			List<String> endings = jdbc.queryForList(
					"SELECT event_type FROM carehome_queue_event WHERE home_code = ? AND offer_no = ? "
							+ "AND event_type IN ('ACCEPTED', 'DECLINED', 'EXPIRED')",
					String.class, home.code(), offer.offerNo());
			assertThat(endings).as("%s against the timer", action).hasSize(1);
			if ("EXPIRED".equals(status)) {
				assertThat(endings).containsExactly("EXPIRED");
				assertThat(timerFailure).isNull();
				assertThat(answerFailure).as("the answer after the lapse")
					.isNotNull()
					.satisfiesAnyOf(
							e -> assertThat(e).isInstanceOfSatisfying(ApiException.class,
									api -> assertThat(api.code()).isEqualTo("CARE_OFFER_NOT_OPEN")),
							e -> assertThat(e).isInstanceOf(OptimisticLockingFailureException.class));
			}
			else {
				assertThat(answerFailure).as("the answer before the lapse").isNull();
				assertThat(timerFailure).as("the timer after the answer (rolled back)").isNotNull();
				assertThat(status).isEqualTo(action == OfferAction.ACCEPT ? "ACCEPTED" : "DECLINED");
				assertThat(endings).containsExactly(status);
				assertThat(management.createJobQuery()
					.processInstanceId(rows.offerProcess(offer.id()))
					.activityId(ElderlyCareHomeOfferProcess.CATCH_EVENT_ANSWER_DEADLINE)
					.count()).isZero();
			}
			// one live offer per bed at most, one OFFERED event per offer, and the chain
			// holds
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM carehome_offer WHERE home_code = ? AND status IN ('OFFERED', 'ACCEPTED')",
					Integer.class, home.code()))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM carehome_queue_event WHERE home_code = ? AND event_type = 'OFFERED'",
					Integer.class, home.code()))
				.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM carehome_offer WHERE home_code = ?", Integer.class,
						home.code()));
			assertThat(verifier.verify(home.code()).intact()).isTrue();
		}
	}

	@Test
	void aTimerFiringWhileAnAnswerHoldsTheQueueChangesNothing() throws Exception {
		// given a bed offered to a, with b waiting
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication a = fixtures.queued(home, "GENERAL", LocalDate.of(1935, 1, 1));
		CareHomeApplication b = fixtures.queued(home, "GENERAL", LocalDate.of(1945, 1, 1));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer offer = liveOffer(a);
		Job timer = deadlineTimer(offer);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		CountDownLatch start = new CountDownLatch(1);

		// when the timer fires while the answer's transaction holds the home's queue
		Future<Throwable> fired = new TransactionTemplate(transactions).execute(status -> {
			rows.lockHome(home.code());
			Future<Throwable> job = pool.submit(() -> failure(start, () -> management.executeJob(timer.getId())));
			start.countDown();
			sleep(Duration.ofSeconds(2));
			answer(offer, OfferAction.ACCEPT);
			return job;
		});
		Throwable timerFailure = fired.get(2, TimeUnit.MINUTES);
		pool.shutdown();

		// then the answer stands, the timer's work was rolled back, and the bed stays a's
		assertThat(timerFailure).as("the timer after the answer").isNotNull();
		assertThat(rows.offer(offer.id()).status()).isEqualTo("ACCEPTED");
		assertThat(rows.entryOfApplication(a.id()).passes()).isZero();
		assertThat(liveOffer(b)).isNull();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM carehome_queue_event WHERE home_code = ? AND event_type = 'EXPIRED'",
				Integer.class, home.code()))
			.isZero();
		assertThat(management.createJobQuery().processInstanceId(rows.offerProcess(offer.id())).count()).isZero();
		assertThat(verifier.verify(home.code()).intact()).isTrue();

		// and the admission ends the process
		answer(offer, OfferAction.ADMITTED);
		assertThat(workflow.endActivity(rows.offerProcess(offer.id())))
			.contains(ElderlyCareHomeOfferProcess.END_EVENT_ADMITTED);
	}

	@Test
	void anOfferMadeBeforeOffersRanAProcessStillTakesItsAnswers() {
		// given an offer without a process, as those made before
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication a = fixtures.queued(home, "JIHUA", LocalDate.of(1938, 3, 3));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer offer = liveOffer(a);
		runtime.deleteProcessInstance(rows.offerProcess(offer.id()), "offer made before offers ran a process");
		jdbc.update("UPDATE carehome_offer SET process_instance_id = NULL WHERE id = ?", offer.id());

		// when it is accepted and the elder moves in
		answer(offer, OfferAction.ACCEPT);
		answer(offer, OfferAction.ADMITTED);

		// then
		assertThat(rows.application(a.id()).status()).isEqualTo(Status.ADMITTED);
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	private Job deadlineTimer(CareQueueRows.Offer offer) {
		Job job = management.createJobQuery()
			.processInstanceId(rows.offerProcess(offer.id()))
			.activityId(ElderlyCareHomeOfferProcess.CATCH_EVENT_ANSWER_DEADLINE)
			.timers()
			.singleResult();
		assertThat(job).as("answer deadline timer of " + offer.offerNo()).isNotNull();
		return job;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Throwable failure(CountDownLatch start, Runnable work) throws InterruptedException {
		start.await();
		try {
			work.run();
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private CareQueueRows.Offer liveOffer(CareHomeApplication application) {
		return rows.liveOfferOf(rows.entryOfApplication(application.id()).id());
	}

	private void answer(CareQueueRows.Offer offer, OfferAction action) {
		applications.answer(offer.offerNo(), action, fixtures.user(CareHomeFixtures.CLERK));
	}

}
