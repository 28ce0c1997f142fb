package org.minzheng.flow.cemetery;

import java.time.Instant;

/**
 * The answer to one checklist item in a round (1 on-site, 2 re-inspection): PASS, FAIL or
 * NA, a remark and a photo.
 */
public record CheckResult(long inspectionId, int roundNo, String itemCode, String result, String remark,
		Long photoAttachmentId, String checkedBy, Instant checkedAt) {
}
