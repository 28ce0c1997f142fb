package org.minzheng.flow.integration.records;

/**
 * The credit platform's JSON contract: {@code POST /api/v1/credit-checks} with
 * {@code {"subjectKind": "PERSON", "subjectId": "…"}} and the {@code Idempotency-Key}
 * header; 200 with {@code {"subjectId": "…", "dishonest": false, "criminalRecord":
 * false}}; 4xx with {@code {"code": "…"}} for a refused request; 5xx, 408 and 429 when
 * unavailable.
 */
final class CreditWire {

	static final String CHECKS_PATH = "/api/v1/credit-checks";

	private CreditWire() {
	}

	record CheckRequest(SubjectKind subjectKind, String subjectId) {
	}

	record CheckBody(String subjectId, Boolean dishonest, Boolean criminalRecord) {
	}

}
