package org.minzheng.flow.integration.economic;

import java.time.Instant;
import java.util.List;

/**
 * The JSON contract of the centre's API, shared by the HTTP client and the simulator
 * server so that both ends agree. Fields are nullable here; the client checks the
 * required ones.
 *
 * <pre>
 * POST /api/v1/checks   (header Idempotency-Key, repeated in the body)
 *   {"idempotencyKey", "applicationNo", "householdMembers": [{"idNumber", "relationCode"}], "authorisationIds": []}
 *   201 new / 200 duplicate: {"requestId", "acceptedAt", "duplicate"}
 * GET /api/v1/checks/{requestId}
 *   200 {"requestId", "status": "PENDING"}
 *   200 {"requestId", "status": "COMPLETED", "applicationNo", "outcome", "completedAt",
 *        "memberFindings": [{"idNumber", "monthlyIncomeFen", "realEstateCount", "vehicleCount", "companyShareholder"}]}
 *   404 {"code": "CHECK_NOT_FOUND"}
 * errors: 4xx/5xx {"code", "message"}
 * </pre>
 */
final class EconomicCheckWire {

	static final String CHECKS_PATH = "/api/v1/checks";

	static final String PENDING = "PENDING";

	static final String COMPLETED = "COMPLETED";

	private EconomicCheckWire() {
	}

	record SubmitBody(String idempotencyKey, String applicationNo, List<MemberBody> householdMembers,
			List<String> authorisationIds) {

		static SubmitBody of(EconomicCheckRequest request) {
			List<MemberBody> members = request.householdMembers()
				.stream()
				.map(m -> new MemberBody(m.idNumber(), m.relationCode()))
				.toList();
			return new SubmitBody(request.idempotencyKey(), request.applicationNo(), members,
					request.authorisationIds());
		}

		/**
		 * The request as the simulator sees it; throws IllegalArgumentException when
		 * incomplete.
		 */
		EconomicCheckRequest toRequest(String key) {
			try {
				List<HouseholdMember> members = householdMembers.stream()
					.map(m -> new HouseholdMember(m.idNumber(), m.relationCode()))
					.toList();
				return new EconomicCheckRequest(key, applicationNo, members, authorisationIds);
			}
			catch (NullPointerException ex) {
				throw new IllegalArgumentException("incomplete request", ex);
			}
		}

	}

	record MemberBody(String idNumber, String relationCode) {
	}

	record ReceiptBody(String requestId, Instant acceptedAt, Boolean duplicate) {

		static ReceiptBody of(EconomicCheckReceipt receipt) {
			return new ReceiptBody(receipt.requestId(), receipt.acceptedAt(), receipt.duplicate());
		}

	}

	record CheckBody(String requestId, String status, String applicationNo, EconomicCheckOutcome outcome,
			List<FindingBody> memberFindings, Instant completedAt) {

		static CheckBody pending(String requestId) {
			return new CheckBody(requestId, PENDING, null, null, null, null);
		}

		static CheckBody completed(EconomicCheckResult result) {
			List<FindingBody> findings = result.memberFindings()
				.stream()
				.map(f -> new FindingBody(f.idNumber(), f.monthlyIncomeFen(), f.realEstateCount(), f.vehicleCount(),
						f.companyShareholder()))
				.toList();
			return new CheckBody(result.requestId(), COMPLETED, result.applicationNo(), result.outcome(), findings,
					result.completedAt());
		}

	}

	record FindingBody(String idNumber, Long monthlyIncomeFen, Integer realEstateCount, Integer vehicleCount,
			Boolean companyShareholder) {
	}

}
