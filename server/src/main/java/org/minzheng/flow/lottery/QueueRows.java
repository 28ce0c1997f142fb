package org.minzheng.flow.lottery;

import java.time.Instant;
import java.time.LocalDateTime;

import org.minzheng.flow.shared.queue.WaitlistRows;

/** The rows of the queue tables, as the mapper reads them. */
final class QueueRows {

	private QueueRows() {
	}

	/** A place in the queue; ordered by (eligibleAt, applicationNo). */
	record Entry(long id, String areaCode, long applicationId, String applicationNo, LocalDateTime eligibleAt,
			String status, int passes, String leftReason, Instant leftAt) implements WaitlistRows.Entry {
	}

	record Opening(long id, String openingNo, String areaCode, String kind, Integer plannedSlot, Long closedOutletId,
			String status, String releasedBy, Instant releasedAt, Instant filledAt) implements WaitlistRows.Slot {

		@Override
		public String slotNo() {
			return openingNo;
		}

	}

	record Offer(long id, String offerNo, String areaCode, long openingId, long entryId, String status,
			Instant offeredAt, Instant answerDeadline, Instant answeredAt, Long liveOpeningId, Long liveEntryId,
			String processInstanceId) implements WaitlistRows.Offer {

		@Override
		public long slotId() {
			return openingId;
		}

		@Override
		public Long liveSlotId() {
			return liveOpeningId;
		}

	}

	/** Holder for generated keys. */
	static final class Key {

		public Long id;

	}

}
