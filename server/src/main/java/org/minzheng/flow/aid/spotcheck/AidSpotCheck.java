package org.minzheng.flow.aid.spotcheck;

import java.time.Instant;

/** One spot check of an entrusted decision, as {@code aid_spot_check} holds it. */
public record AidSpotCheck(long id, String checkNo, long drawId, String districtCode, String streetCode,
		long applicationId, String applicationNo, long entrustmentId, AidSpotCheckStatus status,
		String processInstanceId, String findingKind, String note, String correction, boolean endsPayment,
		String reviewedBy, Instant reviewedAt, String correctionOpinion, String correctionDecidedBy,
		Instant correctionDecidedAt, Instant openedAt, Instant closedAt) {
}
