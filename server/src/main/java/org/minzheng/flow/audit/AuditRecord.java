package org.minzheng.flow.audit;

import java.util.regex.Pattern;

/**
 * One business action to append to the audit trail.
 *
 * @param actor the username of who acted ({@code system} for the engine)
 * @param actorRole the role they acted in ({@code CLERK}, ..., or {@code SYSTEM})
 * @param orgUnitCode the org unit they acted for; decides who may read the row
 * @param caseRef the case the action belongs to, or {@code null}
 * @param action a stable code in upper snake case, for example
 * {@code AID_APPLICATION_SUBMITTED}
 * @param summary what happened, before and after, for people; ID and mobile numbers are
 * masked when stored
 * @param reason why (the opinion or legal ground given), or {@code null}
 */
public record AuditRecord(String actor, String actorRole, String orgUnitCode, String caseRef, String action,
		String summary, String reason) {

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]*");

	public AuditRecord {
		require(actor, "actor", 64);
		require(actorRole, "actorRole", 20);
		require(orgUnitCode, "orgUnitCode", 20);
		require(action, "action", 60);
		if (caseRef != null && (caseRef.isBlank() || caseRef.length() > 64)) {
			throw new IllegalArgumentException("Audit caseRef must be null or 1-64 characters: " + caseRef);
		}
		if (!ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("Audit action must be an upper snake case code: " + action);
		}
		if (summary == null) {
			throw new IllegalArgumentException("Audit summary is required");
		}
	}

	private static void require(String value, String name, int maxLength) {
		if (value == null || value.isBlank() || value.length() > maxLength) {
			throw new IllegalArgumentException("Audit " + name + " must be 1-" + maxLength + " characters: " + value);
		}
	}

}
