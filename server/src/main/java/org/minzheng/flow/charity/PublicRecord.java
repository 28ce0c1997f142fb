package org.minzheng.flow.charity;

import java.time.Instant;

/**
 * A published filing or decision: {@code content} is its canonical JSON (see
 * {@link PublicRecords}) and {@code contentHash} the SHA-256 written into the audit chain
 * when it was published.
 */
public record PublicRecord(long id, String recordNo, String recordType, String caseRef, String registrarCode,
		String title, String content, String contentHash, Instant publishedAt) {
}
