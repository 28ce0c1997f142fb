package org.minzheng.flow.carehome;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainVerification;
import org.minzheng.flow.shared.queue.ChainVerifier;
import org.minzheng.flow.shared.queue.WaitlistRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a care home's queue from its event log alone with the care homes' rules
 * ({@link CareQueueEventType#RULES}) and compares it with the stored queue
 * ({@link ChainVerifier}): an altered, forged, deleted or re-chained row is named by its
 * position. Reads in one repeatable snapshot.
 */
@Service
public class CareQueueVerifier {

	private final CareHomeMapper rows;

	private final CareQueueLedger ledger;

	CareQueueVerifier(CareHomeMapper rows, CareQueueLedger ledger) {
		this.rows = rows;
		this.ledger = ledger;
	}

	/**
	 * Replays the home's log and compares the result with the stored queue.
	 * @throws ApiException 404 for an unknown home
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify(String homeCode) {
		return ledger.verify(homeCode, CareQueueEventType.RULES, state -> ChainVerifier.differences(state,
				new WaitlistRows.Stored<>(rows.entries(homeCode), rows.releases(homeCode), rows.offers(homeCode)),
				CareQueueRows.Entry::sortKey));
	}

}
