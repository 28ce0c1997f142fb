package org.minzheng.flow.lottery;

import java.util.Map;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainVerifier;
import org.minzheng.flow.shared.queue.WaitlistReplay;
import org.minzheng.flow.shared.queue.WaitlistRows;
import org.minzheng.flow.shared.queue.WaitlistReplay.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes an area's queue from its event log alone with the waitlist rules
 * ({@link WaitlistReplay}, first come first served) and compares it with the stored queue
 * ({@link ChainVerifier}). Reads in one repeatable snapshot so that concurrent appends
 * cannot make it see half an operation.
 */
@Service
public class QueueVerifier {

	/**
	 * The lottery's rules: a newcomer joins behind everyone; a failed site inspection
	 * returns the opening and removes the applicant.
	 */
	static final WaitlistReplay.Rules RULES = new WaitlistReplay.Rules(
			Map.of(QueueEventType.RULES_SET.name(), Step.RULES, QueueEventType.ENTERED.name(), Step.ENTERED,
					QueueEventType.OPENING_RELEASED.name(), Step.RELEASED, QueueEventType.OFFERED.name(), Step.OFFERED,
					QueueEventType.ACCEPTED.name(), Step.ACCEPTED, QueueEventType.DECLINED.name(), Step.DECLINED,
					QueueEventType.EXPIRED.name(), Step.EXPIRED, QueueEventType.INSPECTION_FAILED.name(), Step.REOPENED,
					QueueEventType.OUTLET_OPENED.name(), Step.FILLED, QueueEventType.REMOVED.name(), Step.REMOVED),
			true, QueueEventType.LeaveReason.FAILED_INSPECTION.name());

	private final QueueMapper queue;

	private final QueueLedger ledger;

	QueueVerifier(QueueMapper queue, QueueLedger ledger) {
		this.queue = queue;
		this.ledger = ledger;
	}

	/**
	 * Replays the area's log and compares the result with the stored queue.
	 * @throws ApiException 404 for an unknown area
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public QueueVerification verify(String areaCode) {
		return QueueVerification.of(ledger.verify(areaCode, RULES,
				state -> ChainVerifier.differences(state, new WaitlistRows.Stored<>(queue.entries(areaCode),
						queue.openings(areaCode), queue.offers(areaCode)),
						e -> LotteryQueue.KEY_FORMAT.format(e.eligibleAt()))));
	}

}
