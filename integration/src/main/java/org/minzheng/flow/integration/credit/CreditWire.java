package org.minzheng.flow.integration.credit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON contract of the credit platform's record intake.
 *
 * <pre>
 * POST /api/v1/credit-records   (header Idempotency-Key)
 *   {"category", "subjectUscc", "subjectName", "authorityCode", "authorityName", "decisionDate", "summary", "caseNo"}
 *   201 {"recordNo", "status": "ACCEPTED", "acceptedAt"}   (a repeated key answers the first receipt)
 * errors: 4xx/5xx {"code", "message"}
 * </pre>
 */
final class CreditWire {

	static final String RECORDS_PATH = "/api/v1/credit-records";

	static final String ACCEPTED = "ACCEPTED";

	private CreditWire() {
	}

	record RecordBody(String category, String subjectUscc, String subjectName, String authorityCode,
			String authorityName, LocalDate decisionDate, String summary, String caseNo) {

		static RecordBody of(CreditRecord record) {
			return new RecordBody(record.category(), record.subjectUscc(), record.subjectName(), record.authorityCode(),
					record.authorityName(), record.decisionDate(), record.summary(), record.caseNo());
		}

	}

	record ReceiptBody(String recordNo, String status, Instant acceptedAt) {
	}

}
