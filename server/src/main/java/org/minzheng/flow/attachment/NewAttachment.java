package org.minzheng.flow.attachment;

import java.time.Instant;

/** A file about to be stored; {@code id} is set by the insert. */
class NewAttachment {

	public Long id;

	public final String caseRef;

	public final String fileName;

	public final String contentType;

	public final long size;

	public final String sha256;

	public final byte[] content;

	public final String uploadedBy;

	public final String uploadedOrgUnit;

	public final Instant uploadedAt;

	NewAttachment(String caseRef, String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
			String uploadedOrgUnit, Instant uploadedAt) {
		this.caseRef = caseRef;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedOrgUnit = uploadedOrgUnit;
		this.uploadedAt = uploadedAt;
	}

}
