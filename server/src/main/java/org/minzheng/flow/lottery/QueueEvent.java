package org.minzheng.flow.lottery;

import java.time.LocalDateTime;

import org.minzheng.flow.shared.queue.ChainEvent;

/**
 * One row of an area's queue event log.
 *
 * @param id row id
 * @param areaCode the area whose queue it is
 * @param seq position in the area's chain, from 1
 * @param occurredAt when (China Standard Time, milliseconds)
 * @param eventType what happened
 * @param applicationNo the applicant concerned, if any
 * @param openingNo the opening concerned, if any
 * @param offerNo the offer concerned, if any
 * @param detail the event's datum (eligibility time, deadline, rule, reason)
 * @param actor who caused it (a username, or {@code system})
 * @param prevHash hash of the event before
 * @param hash hash of this event (see {@link QueueEventHash})
 */
public record QueueEvent(long id, String areaCode, long seq, LocalDateTime occurredAt, QueueEventType eventType,
		String applicationNo, String openingNo, String offerNo, String detail, String actor, String prevHash,
		String hash) implements ChainEvent {

	/** A row not yet stored ({@link org.minzheng.flow.shared.queue.ChainStore#event}). */
	static QueueEvent unsaved(String areaCode, long seq, LocalDateTime occurredAt, String type, String applicationNo,
			String openingNo, String offerNo, String detail, String actor, String prevHash, String hash) {
		return new QueueEvent(0, areaCode, seq, occurredAt, QueueEventType.valueOf(type), applicationNo, openingNo,
				offerNo, detail, actor, prevHash, hash);
	}

	@Override
	public String queueCode() {
		return areaCode;
	}

	@Override
	public String type() {
		return eventType.name();
	}

	@Override
	public String subjectNo() {
		return applicationNo;
	}

	@Override
	public String slotNo() {
		return openingNo;
	}

}
