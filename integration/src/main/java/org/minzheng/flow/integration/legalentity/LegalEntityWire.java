package org.minzheng.flow.integration.legalentity;

/**
 * The JSON contract of the legal-entity registry's code API.
 *
 * <pre>
 * POST /api/v1/social-organisations/codes   (header Idempotency-Key)
 *   {"registrarRegionCode", "organisationType": "ASSOCIATION" | "SOCIAL_SERVICE" | "FOUNDATION", "name"}
 *   200 {"uscc"}
 * errors: 4xx/5xx {"code", "message"}
 * </pre>
 */
final class LegalEntityWire {

	static final String CODES_PATH = "/api/v1/social-organisations/codes";

	private LegalEntityWire() {
	}

	record CodeRequestBody(String registrarRegionCode, String organisationType, String name) {
	}

	record CodeBody(String uscc) {
	}

}
