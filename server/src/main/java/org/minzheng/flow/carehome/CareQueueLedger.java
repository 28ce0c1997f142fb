package org.minzheng.flow.carehome;

import java.time.Clock;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainLedger;
import org.minzheng.flow.shared.queue.ChainSession;
import org.springframework.stereotype.Component;

/**
 * A care home's chain ({@link ChainLedger} over {@code carehome_queue_event}, head on
 * {@code care_home}, hashed as {@link #VERSION}). {@link #open(String)} locks the home's
 * row for the rest of the transaction, so one home's queue operations run one at a time;
 * homes do not wait for each other.
 */
@Component
class CareQueueLedger extends ChainLedger<CareQueueEvent, CareHome, CareQueueLedger.Session> {

	/** The version tag of the care homes' canonical form (see {@code ChainHash}). */
	static final String VERSION = "mzf-carehome-queue-v1";

	CareQueueLedger(CareHomeMapper homes, Clock clock) {
		super(new Tables<>(VERSION, CareQueueEvent::unsaved, homes, homes::home, homes::lockHome), clock,
				() -> ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看"), Session::new);
	}

	/** A home's queue, locked by this transaction. */
	static final class Session extends ChainLedger.Locked<CareQueueEvent, CareHome, CareQueueEventType> {

		private Session(CareHome home, ChainSession<CareQueueEvent> chain) {
			super(home, chain);
		}

		CareHome home() {
			return queue();
		}

	}

}
