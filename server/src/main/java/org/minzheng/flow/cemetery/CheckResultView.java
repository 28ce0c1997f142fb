package org.minzheng.flow.cemetery;

import java.time.Instant;

/**
 * An answer to a checklist item as the API shows it (no internal id).
 */
public record CheckResultView(int roundNo, String itemCode, String result, String remark, Long photoAttachmentId,
		String checkedBy, Instant checkedAt) {

	static CheckResultView of(CheckResult row) {
		return new CheckResultView(row.roundNo(), row.itemCode(), row.result(), row.remark(), row.photoAttachmentId(),
				row.checkedBy(), row.checkedAt());
	}

}
