package org.minzheng.flow.audit;

import java.util.List;

/**
 * One page of audit events, newest first; {@code hasMore} instead of a total, which would
 * cost a count.
 */
record AuditEventPage(List<AuditEventView> events, int page, int size, boolean hasMore) {
}
