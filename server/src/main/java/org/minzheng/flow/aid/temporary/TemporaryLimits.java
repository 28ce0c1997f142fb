package org.minzheng.flow.aid.temporary;

/**
 * A district's figures for temporary assistance (data, in fen): the street's 先行救助 limit,
 * the street's approval limit, the amount below which the notice is skipped, the cap of
 * an expenditure-type amount, and the document that set them.
 */
public record TemporaryLimits(String districtCode, long advanceLimitFen, long streetApprovalLimitFen,
		long noticeThresholdFen, long expenditureCapFen, String documentNo) {
}
