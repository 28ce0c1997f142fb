package org.minzheng.flow.carehome;

import java.time.Instant;

import org.minzheng.flow.shared.queue.WaitlistRows;

/** The rows of a care home's queue tables, as the mapper reads them. */
final class CareQueueRows {

	private CareQueueRows() {
	}

	/** A place in the queue; ordered by (sortKey, applicationNo). */
	record Entry(long id, String homeCode, long applicationId, String applicationNo, String sortKey, String status,
			int passes, String leftReason, Instant leftAt) implements WaitlistRows.Entry {
	}

	/** A freed bed. */
	record Release(long id, String releaseNo, String homeCode, String bedLabel, String status, String releasedBy,
			Instant releasedAt, Instant filledAt) implements WaitlistRows.Slot {

		@Override
		public String slotNo() {
			return releaseNo;
		}

	}

	record Offer(long id, String offerNo, String homeCode, long releaseId, long entryId, String status,
			Instant offeredAt, Instant answerDeadline, Instant answeredAt, Long liveReleaseId,
			Long liveEntryId) implements WaitlistRows.Offer {

		@Override
		public long slotId() {
			return releaseId;
		}

		@Override
		public Long liveSlotId() {
			return liveReleaseId;
		}

	}

	/** Holder for generated keys. */
	static final class Key {

		public Long id;

	}

}
