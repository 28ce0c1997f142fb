package org.minzheng.flow.aid.settings;

import java.util.List;

/**
 * A district's whole set of figures, in fen and basis points: what is live, what a change
 * proposes, and what it replaced. A limit is {@code null} where the district has none yet
 * (a registration is then refused until one is set).
 *
 * @param tiers the 支出型 bands in order, contiguous from 0, the last open-ended
 * @param sharePercent the share of entrusted decisions the district's spot check draws
 * @param flagFindings an entrustment with at least this many findings ...
 * @param flagMonths ... within this many months is flagged on the dashboard
 */
public record Figures(Long advanceLimitFen, Long streetApprovalLimitFen, Long noticeThresholdFen,
		Long expenditureCapFen, List<Tier> tiers, int sharePercent, int flagFindings, int flagMonths) {

	public Figures {
		tiers = tiers == null ? List.of() : List.copyOf(tiers);
	}

	/**
	 * A band of the shortfall {@code [min, max)} ({@code max} null: no upper end) paying
	 * {@code rateBasisPoints}/10000 of it.
	 */
	public record Tier(long minShortfallFen, Long maxShortfallFen, int rateBasisPoints, String label) {
	}

}
