package org.minzheng.flow.shared.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.minzheng.flow.shared.PersonalDataMasking;

/**
 * A queue as people read it, the same for every queue kind: the waiting applicants at
 * their positions, who left by which rule, and every offer with its outcome. Masked
 * (names through {@link PersonalDataMasking#maskName}, application numbers through
 * {@link QueueNumbers#mask}) for the public pages, in full for staff in scope. The
 * feature shapes its own place and offer records (their fields are its API).
 *
 * @param <P> the feature's place record
 * @param <O> the feature's offer record
 */
public record WaitlistListing<P, O>(List<P> places, List<Left> left, List<O> offers) {

	/** An applicant who left the queue, and the recorded reason. */
	public record Left(String applicationNo, String applicantName, String status, String reason, Instant leftAt) {
	}

	/** The feature's record of a waiting applicant at their position (1 = head). */
	@FunctionalInterface
	public interface PlaceFactory<N, P> {

		P place(int position, N entry, String applicationNo, String applicantName, String liveOfferNo);

	}

	/** The feature's record of an offer. */
	@FunctionalInterface
	public interface OfferFactory<O> {

		O offer(WaitlistRows.Offer offer, String slotNo, String applicationNo, String applicantName);

	}

	/**
	 * Lists a queue.
	 * @param fullName the applicant's name of an entry, unmasked
	 * @param masked whether names and application numbers are masked (public view)
	 */
	public static <N extends WaitlistRows.Entry, P, O> WaitlistListing<P, O> of(WaitlistRows.Stored<N, ?, ?> stored,
			Function<N, String> fullName, boolean masked, PlaceFactory<N, P> place, OfferFactory<O> offer) {
		Function<N, String> number = e -> masked ? QueueNumbers.mask(e.applicationNo()) : e.applicationNo();
		Function<N, String> name = e -> masked ? PersonalDataMasking.maskName(fullName.apply(e)) : fullName.apply(e);
		Map<Long, String> liveOfferOfEntry = stored.liveOfferOfEntry();
		List<P> places = new ArrayList<>();
		List<Left> left = new ArrayList<>();
		for (N entry : stored.entries()) {
			if ("WAITING".equals(entry.status())) {
				places.add(place.place(places.size() + 1, entry, number.apply(entry), name.apply(entry),
						liveOfferOfEntry.get(entry.id())));
			}
			else {
				left.add(new Left(number.apply(entry), name.apply(entry), entry.status(), entry.leftReason(),
						entry.leftAt()));
			}
		}
		Map<Long, String> slotNos = stored.slotNos();
		Map<Long, N> entriesById = stored.entriesById();
		List<O> offers = stored.offers()
			.stream()
			.map(o -> offer.offer(o, slotNos.get(o.slotId()), number.apply(entriesById.get(o.entryId())),
					name.apply(entriesById.get(o.entryId()))))
			.toList();
		return new WaitlistListing<>(places, left, offers);
	}

}
