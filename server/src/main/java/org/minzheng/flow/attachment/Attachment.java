package org.minzheng.flow.attachment;

import java.time.Instant;

/** A file attached to a case, without its bytes. */
public record Attachment(long id, String caseRef, String fileName, String contentType, long sizeBytes, String sha256,
		String uploadedBy, String uploadedOrgUnit, Instant uploadedAt) {
}
