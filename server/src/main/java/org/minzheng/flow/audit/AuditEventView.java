package org.minzheng.flow.audit;

import java.time.OffsetDateTime;

/** An audit row as people read it: summary and reason are already masked. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actor, String actorRole, String orgUnitCode,
		String caseRef, String action, String summary, String reason) {

	static AuditEventView of(AuditMapper.AuditRow row) {
		return new AuditEventView(row.id(), row.occurredAt().atZone(AuditHash.ZONE).toOffsetDateTime(), row.actor(),
				row.actorRole(), row.orgUnitCode(), row.caseRef(), row.action(), row.summary(), row.reason());
	}

}
