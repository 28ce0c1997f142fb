package org.minzheng.flow.integration.charityplatform;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON contract of 慈善中国's publication intake.
 *
 * <pre>
 * POST /api/v1/publications   (header Idempotency-Key)
 *   {"kind", "subjectUscc", "subjectName", "authorityCode", "authorityName", "certificateNo", "effectiveOn", "validUntil", "caseNo"}
 *   201 {"publicationNo", "status": "PUBLISHED", "publishedAt"}   (a repeated key answers the first receipt)
 * errors: 4xx/5xx {"code", "message"}
 * </pre>
 */
final class CharityPlatformWire {

	static final String PUBLICATIONS_PATH = "/api/v1/publications";

	static final String PUBLISHED = "PUBLISHED";

	private CharityPlatformWire() {
	}

	record PublicationBody(String kind, String subjectUscc, String subjectName, String authorityCode,
			String authorityName, String certificateNo, LocalDate effectiveOn, LocalDate validUntil, String caseNo) {

		static PublicationBody of(Publication p) {
			return new PublicationBody(p.kind(), p.subjectUscc(), p.subjectName(), p.authorityCode(), p.authorityName(),
					p.certificateNo(), p.effectiveOn(), p.validUntil(), p.caseNo());
		}

	}

	record ReceiptBody(String publicationNo, String status, Instant publishedAt) {
	}

}
