package org.minzheng.flow.charity;

import java.time.Instant;

/**
 * A published record as the API shows it: the stored row without its internal id.
 */
public record PublicRecordView(String recordNo, String recordType, String caseRef, String registrarCode, String title,
		String content, String contentHash, Instant publishedAt) {

	static PublicRecordView of(PublicRecord row) {
		return new PublicRecordView(row.recordNo(), row.recordType(), row.caseRef(), row.registrarCode(), row.title(),
				row.content(), row.contentHash(), row.publishedAt());
	}

}
