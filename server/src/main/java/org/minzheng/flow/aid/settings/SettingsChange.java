package org.minzheng.flow.aid.settings;

import java.time.Instant;

/**
 * A proposed change of a district's figures with its four-eyes life and the values it
 * replaced (old → new), as the history shows it.
 */
public record SettingsChange(long id, String districtCode, Status status, String documentNo, String documentTitle,
		String reason, Figures oldFigures, Figures newFigures, String proposedBy, Instant proposedAt, String decidedBy,
		Instant decidedAt, String decisionReason) {

	/** What a change's life may be. */
	public enum Status {

		/** Proposed by one administrator, waiting for another. */
		PROPOSED,
		/** Approved: written to the live tables. */
		IN_FORCE,
		/** Refused by another administrator, with a reason. */
		REJECTED

	}

}
