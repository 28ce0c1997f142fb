package org.minzheng.flow.integration.population;

/**
 * The JSON contract of the population registry's API, shared by the HTTP client and the
 * simulator server. Fields are nullable here; the client checks the required ones.
 *
 * <pre>
 * GET /api/v1/persons/{idNumber}   (header Idempotency-Key)
 *   200 {"idNumber", "hukouStatus": "SHENZHEN_HUKOU" | "NON_HUKOU_RESIDENT", "hukouDistrictCode", "alive"}
 *   404 {"code": "PERSON_NOT_FOUND"}   the registry has no such person: an answer, not an error
 * POST /api/v1/persons/{idNumber}/name-check   (header Idempotency-Key)   {"name"}
 *   200 {"idNumber", "result": "CONFIRMED" | "MISMATCH"}   never the registered name itself
 *   404 {"code": "PERSON_NOT_FOUND"}
 * errors: 4xx/5xx {"code", "message"}
 * </pre>
 */
final class PopulationWire {

	static final String PERSONS_PATH = "/api/v1/persons";

	static final String NAME_CHECK_SUFFIX = "/name-check";

	private PopulationWire() {
	}

	record PersonBody(String idNumber, HukouStatus hukouStatus, String hukouDistrictCode, Boolean alive) {

		static PersonBody of(PersonRecord person) {
			return new PersonBody(person.idNumber(), person.hukouStatus(), person.hukouDistrictCode(), person.alive());
		}

	}

	record NameCheckRequest(String name) {

	}

	record NameCheckBody(String idNumber, NameCheckResult result) {

	}

}
