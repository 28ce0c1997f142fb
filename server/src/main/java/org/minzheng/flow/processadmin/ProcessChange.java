package org.minzheng.flow.processadmin;

import java.time.Instant;

/**
 * A proposed model: waiting for the second owner ({@code PENDING}), then {@code DEPLOYED}
 * or {@code REJECTED}. The XML itself is read separately.
 */
public record ProcessChange(long id, String processKey, String variant, String baseDefinitionId, String resourceName,
		String contentSha256, String changeNote, String status, String requestedBy, Instant requestedAt,
		String decidedBy, Instant decidedAt, String decisionReason, String deployedDefinitionId) {

	static final String PENDING = "PENDING";

	static final String DEPLOYED = "DEPLOYED";

	static final String REJECTED = "REJECTED";

}
