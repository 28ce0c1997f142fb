package org.minzheng.flow.integration.economic;

import java.util.List;
import java.util.Objects;

/**
 * A request to check a household's economic status.
 *
 * @param idempotencyKey identifies this call across retries: the business key + ":" + the
 * activity id, e.g. {@code AID-2024-000123:Task_EconomicCheck}; a process that checks
 * again (after a re-investigation) must use a different activity or suffix
 * @param applicationNo the application's business key, echoed back in the result
 * @param householdMembers everyone to check, at least one
 * @param authorisationIds references of the signed authorisations (一证一书) filed with the
 * application
 */
public record EconomicCheckRequest(String idempotencyKey, String applicationNo, List<HouseholdMember> householdMembers,
		List<String> authorisationIds) {

	public EconomicCheckRequest {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("idempotencyKey is required");
		}
		Objects.requireNonNull(applicationNo, "applicationNo");
		householdMembers = List.copyOf(householdMembers);
		authorisationIds = List.copyOf(authorisationIds);
		if (householdMembers.isEmpty()) {
			throw new IllegalArgumentException("a check needs at least one household member");
		}
	}

}
