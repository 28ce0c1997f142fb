package org.minzheng.flow.carehome;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainHead;
import org.minzheng.flow.shared.queue.ChainSession;
import org.minzheng.flow.shared.queue.ChainStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A care home's chain: {@code carehome_queue_event}, head on {@code care_home}.
 * {@link #open(String)} locks the home's row for the rest of the transaction, so one
 * home's queue operations run one at a time; homes do not wait for each other.
 */
@Component
class CareQueueLedger implements ChainStore<CareQueueEvent> {

	/** The version tag of the care homes' canonical form (see {@code ChainHash}). */
	static final String VERSION = "mzf-carehome-queue-v1";

	private final CareHomeMapper homes;

	private final Clock clock;

	CareQueueLedger(CareHomeMapper homes, Clock clock) {
		this.homes = homes;
		this.clock = clock;
	}

	/**
	 * Locks the home's queue until the transaction ends.
	 * @throws ApiException 404 for an unknown home
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Session open(String homeCode) {
		CareHome home = homes.lockHome(homeCode);
		if (home == null) {
			throw ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看");
		}
		return new Session(home,
				new ChainSession<>(this, clock, home.code(), new ChainHead(home.chainSeq(), home.chainHash())));
	}

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public CareQueueEvent event(String queueCode, long seq, LocalDateTime occurredAt, String type, String subjectNo,
			String slotNo, String offerNo, String detail, String actor, String prevHash, String hash) {
		return new CareQueueEvent(0, queueCode, seq, occurredAt, type, subjectNo, slotNo, offerNo, detail, actor,
				prevHash, hash);
	}

	@Override
	public void insert(CareQueueEvent event, String occurredAt) {
		homes.insertEvent(event, occurredAt);
	}

	@Override
	public int moveHead(String queueCode, long seq, String hash) {
		return homes.moveHead(queueCode, seq, hash);
	}

	@Override
	public List<CareQueueEvent> events(String queueCode, long afterSeq, int limit) {
		return homes.events(queueCode, afterSeq, limit);
	}

	/** A home's queue, locked by this transaction. */
	static final class Session {

		private final CareHome home;

		private final ChainSession<CareQueueEvent> chain;

		private Session(CareHome home, ChainSession<CareQueueEvent> chain) {
			this.home = home;
			this.chain = chain;
		}

		CareHome home() {
			return home;
		}

		CareQueueEvent append(CareQueueEventType type, String applicationNo, String releaseNo, String offerNo,
				String detail, String actor) {
			return chain.append(type.name(), applicationNo, releaseNo, offerNo, detail, actor);
		}

	}

}
