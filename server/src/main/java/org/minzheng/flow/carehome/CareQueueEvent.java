package org.minzheng.flow.carehome;

import java.time.LocalDateTime;

import org.minzheng.flow.shared.queue.ChainEvent;

/**
 * One row of a care home's queue event log (hash: {@link CareQueueLedger#VERSION}).
 *
 * @param homeCode the home whose queue it is
 * @param applicationNo the elder's application, if any
 * @param releaseNo the freed bed, if any
 */
public record CareQueueEvent(long id, String homeCode, long seq, LocalDateTime occurredAt, String eventType,
		String applicationNo, String releaseNo, String offerNo, String detail, String actor, String prevHash,
		String hash) implements ChainEvent {

	/** A row not yet stored ({@link org.minzheng.flow.shared.queue.ChainStore#event}). */
	static CareQueueEvent unsaved(String homeCode, long seq, LocalDateTime occurredAt, String type,
			String applicationNo, String releaseNo, String offerNo, String detail, String actor, String prevHash,
			String hash) {
		return new CareQueueEvent(0, homeCode, seq, occurredAt, type, applicationNo, releaseNo, offerNo, detail, actor,
				prevHash, hash);
	}

	@Override
	public String queueCode() {
		return homeCode;
	}

	@Override
	public String type() {
		return eventType;
	}

	@Override
	public String subjectNo() {
		return applicationNo;
	}

	@Override
	public String slotNo() {
		return releaseNo;
	}

}
