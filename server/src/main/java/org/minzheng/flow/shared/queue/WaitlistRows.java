package org.minzheng.flow.shared.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored queue tables every queue kind keeps beside its log, in shared terms: entries
 * (who waits, in queue order), slots (what is offered: an opening, a freed bed) and
 * offers. The feature's row records implement these, so that the replay comparison
 * ({@link ChainVerifier#differences(WaitlistReplay, Stored, java.util.function.Function)})
 * and the views ({@link WaitlistListing}) are one piece of code.
 */
public final class WaitlistRows {

	private WaitlistRows() {
	}

	/** A place in the queue. */
	public interface Entry {

		long id();

		long applicationId();

		String applicationNo();

		/** WAITING, ACCEPTED, SETTLED or REMOVED. */
		String status();

		int passes();

		String leftReason();

		Instant leftAt();

	}

	/** What is offered. */
	public interface Slot {

		long id();

		String slotNo();

	}

	/** An offer of a slot to an entry. */
	public interface Offer {

		String offerNo();

		long slotId();

		long entryId();

		String status();

		Instant offeredAt();

		Instant answerDeadline();

		Instant answeredAt();

		/** The slot while the offer holds it (offered or accepted), else null. */
		Long liveSlotId();

		/** The entry while the offer holds it, else null. */
		Long liveEntryId();

	}

	/**
	 * One queue's tables as read in one snapshot.
	 *
	 * @param entries every entry, in queue order
	 */
	public record Stored<N extends Entry, S extends Slot, O extends Offer>(List<N> entries, List<S> slots,
			List<O> offers) {

		/** Slot numbers by row id. */
		public Map<Long, String> slotNos() {
			Map<Long, String> slotNos = new HashMap<>();
			slots.forEach(s -> slotNos.put(s.id(), s.slotNo()));
			return slotNos;
		}

		/** Entries by row id. */
		public Map<Long, N> entriesById() {
			Map<Long, N> byId = new HashMap<>();
			entries.forEach(e -> byId.put(e.id(), e));
			return byId;
		}

		/** The waiting applicants in queue order. */
		public List<String> waitingOrder() {
			return entries.stream().filter(e -> "WAITING".equals(e.status())).map(Entry::applicationNo).toList();
		}

		/** The live offers: slot number → the applicant holding it. */
		public Map<String, String> liveOffers() {
			Map<Long, String> slotNos = slotNos();
			Map<Long, String> applicationNos = new HashMap<>();
			entries.forEach(e -> applicationNos.put(e.id(), e.applicationNo()));
			Map<String, String> live = new HashMap<>();
			offers.stream()
				.filter(o -> o.liveSlotId() != null)
				.forEach(o -> live.put(slotNos.get(o.slotId()), applicationNos.get(o.entryId())));
			return live;
		}

		/** The offer each entry holds: entry id → offer number. */
		public Map<Long, String> liveOfferOfEntry() {
			Map<Long, String> live = new HashMap<>();
			offers.stream().filter(o -> o.liveEntryId() != null).forEach(o -> live.put(o.entryId(), o.offerNo()));
			return live;
		}

	}

}
