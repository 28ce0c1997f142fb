package org.minzheng.flow.processadmin;

import java.time.Instant;

/**
 * A process owner's proposal, waiting for the second owner ({@code PENDING}): a
 * {@link Kind#CHANGE} or {@link Kind#NEW} model is then {@code DEPLOYED}, a
 * {@link Kind#RETIRE} retirement {@code RETIRED}; or any of them {@code REJECTED}. The
 * XML itself is read separately.
 */
public record ProcessChange(long id, String processKey, String variant, String baseDefinitionId, String resourceName,
		String contentSha256, String changeNote, String status, String requestedBy, Instant requestedAt,
		String decidedBy, Instant decidedAt, String decisionReason, String deployedDefinitionId, Kind kind) {

	static final String PENDING = "PENDING";

	static final String DEPLOYED = "DEPLOYED";

	static final String RETIRED = "RETIRED";

	static final String REJECTED = "REJECTED";

	/** What a proposal asks for. */
	public enum Kind {

		/** A revised model of a deployed process (or a district's variant of it). */
		CHANGE,
		/** A process not deployed yet: no base version, everything in it is added. */
		NEW,
		/**
		 * No new instances of any version or variant; running ones finish. The model
		 * stored is the city's version retired.
		 */
		RETIRE

	}

}
