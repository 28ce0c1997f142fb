package org.minzheng.flow.integration.credit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON contract of the public credit platform.
 *
 * <pre>
 * POST /api/v1/credit-checks   (header Idempotency-Key)
 *   {"subjectKind": "PERSON" | "ENTITY", "subjectId"}
 *   200 {"subjectId", "dishonest", "criminalRecord"}
 * POST /api/v1/credit-records   (header Idempotency-Key)
 *   {"category", "subjectUscc", "subjectName", "authorityCode", "authorityName", "decisionDate", "summary", "caseNo"}
 *   201 {"recordNo", "status": "ACCEPTED", "acceptedAt"}   (a repeated key answers the first receipt)
 * POST /api/v1/credit-list-entries   (header Idempotency-Key)
 *   {"uscc", "name", "list", "reasonCode", "reasonText", "effectiveOn", "authority"}
 *   200/202 {"receiptNo"}
 * errors: 4xx {"code", "message"} for a refused request; 5xx, 408 and 429 when unavailable
 * </pre>
 */
final class CreditWire {

	static final String CHECKS_PATH = "/api/v1/credit-checks";

	static final String RECORDS_PATH = "/api/v1/credit-records";

	static final String LIST_ENTRIES_PATH = "/api/v1/credit-list-entries";

	static final String ACCEPTED = "ACCEPTED";

	private CreditWire() {
	}

	record CheckRequest(SubjectKind subjectKind, String subjectId) {
	}

	record CheckBody(String subjectId, Boolean dishonest, Boolean criminalRecord) {
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

	record ListEntryReceipt(String receiptNo) {
	}

}
