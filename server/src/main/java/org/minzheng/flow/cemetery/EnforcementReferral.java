package org.minzheng.flow.cemetery;

import java.time.Instant;

/**
 * An unqualified inspection referred to one body (kind MARKET 市场监督管理局, URBAN 城市管理和综合执法局,
 * STREET 街道办事处, JOINT 殡葬联合执法组) for the failed checklist items in its competence, and what
 * the body reported back.
 */
public record EnforcementReferral(long inspectionId, String unitCode, String bodyKind, String itemCodes,
		Instant referredAt, String decision, String note, String reportedBy, Instant reportedAt) {
}
