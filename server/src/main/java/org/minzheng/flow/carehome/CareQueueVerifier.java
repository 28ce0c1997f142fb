package org.minzheng.flow.carehome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.queue.ChainHead;
import org.minzheng.flow.shared.queue.ChainVerification;
import org.minzheng.flow.shared.queue.ChainVerifier;
import org.minzheng.flow.shared.queue.WaitlistReplay;
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
		CareHome home = rows.home(homeCode);
		if (home == null) {
			throw ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看");
		}
		return ChainVerifier.verify(ledger, homeCode, new ChainHead(home.chainSeq(), home.chainHash()),
				CareQueueEventType.RULES, state -> compare(state, homeCode));
	}

	private String compare(WaitlistReplay state, String homeCode) {
		List<String> waiting = rows.waiting(homeCode).stream().map(CareQueueRows.Entry::applicationNo).toList();
		List<CareQueueRows.Entry> entries = rows.entries(homeCode);
		Map<Long, String> releaseNos = new HashMap<>();
		rows.releases(homeCode).forEach(r -> releaseNos.put(r.id(), r.releaseNo()));
		Map<Long, String> applicationNos = new HashMap<>();
		entries.forEach(e -> applicationNos.put(e.id(), e.applicationNo()));
		Map<String, String> live = new HashMap<>();
		rows.offers(homeCode)
			.stream()
			.filter(o -> o.liveReleaseId() != null)
			.forEach(o -> live.put(releaseNos.get(o.releaseId()), applicationNos.get(o.entryId())));
		return ChainVerifier.differences(state, waiting,
				entries.stream()
					.map(e -> new ChainVerifier.StoredEntry(e.applicationNo(), e.status(), e.passes(), e.sortKey(),
							e.leftReason()))
					.toList(),
				live);
	}

}
