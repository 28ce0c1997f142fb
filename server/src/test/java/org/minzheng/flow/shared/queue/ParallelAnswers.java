package org.minzheng.flow.shared.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A queue under load, the same for every queue kind: slots released in parallel while
 * every applicant answers each offer they get (accepting about one in three), 64 threads
 * at a time, until every slot is taken. The feature's IT then checks its invariants.
 */
public final class ParallelAnswers {

	private ParallelAnswers() {
	}

	/**
	 * An applicant as the load sees them.
	 *
	 * @param status the entry's status now
	 * @param liveOfferNo the offer they hold now, or null
	 * @param accept answers an offer (its number) with yes
	 * @param decline answers an offer with no
	 */
	public record Applicant(String applicationNo, Supplier<String> status, Supplier<String> liveOfferNo,
			Consumer<String> accept, Consumer<String> decline) {
	}

	/** What the load did: the errors it met, offers accepted and declined. */
	public record Outcome(List<Throwable> errors, int accepted, int declined) {
	}

	/**
	 * Releases {@code slots} slots (each after up to 200 ms) while the applicants answer,
	 * in the order given (those at the head must be among the first 64 threads: an offer
	 * to an applicant whose thread has not started would never be answered).
	 * @param release releases slot number i (from 0)
	 * @param allTaken whether every slot is taken (the applicants then stop)
	 */
	public static Outcome run(int slots, IntConsumer release, List<Applicant> applicants, BooleanSupplier allTaken)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(64);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger declined = new AtomicInteger();
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < slots; i++) {
			int slot = i;
			work.add(pool.submit(() -> {
				start.await();
				Thread.sleep(ThreadLocalRandom.current().nextInt(200));
				release.accept(slot);
				return null;
			}));
		}
		Instant until = Instant.now().plus(Duration.ofMinutes(4));
		for (Applicant applicant : applicants) {
			work.add(pool.submit(() -> {
				start.await();
				answerOffers(applicant, allTaken, until, accepted, declined, errors);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : work) {
			future.get(6, TimeUnit.MINUTES);
		}
		pool.shutdown();
		return new Outcome(List.copyOf(errors), accepted.get(), declined.get());
	}

	/** One applicant: answers each offer they get, accepting about one in three. */
	private static void answerOffers(Applicant applicant, BooleanSupplier allTaken, Instant until,
			AtomicInteger accepted, AtomicInteger declined, ConcurrentLinkedQueue<Throwable> errors)
			throws InterruptedException {
		while (Instant.now().isBefore(until)) {
			if (!"WAITING".equals(applicant.status().get()) || allTaken.getAsBoolean()) {
				return;
			}
			String offerNo = applicant.liveOfferNo().get();
			if (offerNo == null) {
				Thread.sleep(25);
				continue;
			}
			try {
				if (ThreadLocalRandom.current().nextInt(3) == 0) {
					applicant.accept().accept(offerNo);
					accepted.incrementAndGet();
				}
				else {
					applicant.decline().accept(offerNo);
					declined.incrementAndGet();
				}
			}
			catch (Throwable ex) {
				errors.add(ex);
				return;
			}
		}
		errors.add(new AssertionError(applicant.applicationNo() + " still waiting when time ran out"));
	}

}
