/**
 * The legal audit trail: every business action (who, in which role, at which org unit,
 * when, on which case, what, and why) appended to {@code audit_event} in the same
 * transaction as the change it records.
 * <p>
 * The table is hash-chained: each row stores the SHA-256 of its own fields and of the
 * previous row's hash (canonical form in {@link org.minzheng.flow.audit.AuditHash}), and
 * {@code audit_chain_head} names the last row. An altered row fails its own hash, a
 * deleted or inserted row breaks the link of the row after it, and a deleted or forged
 * last row disagrees with the head. {@link org.minzheng.flow.audit.AuditVerifier} walks
 * the chain; city auditors run it through {@code GET /api/audit/verify}. The chain proves
 * the table was not edited behind the application's back; it cannot stop someone who
 * rewrites every later row and the head as well, so the head hash is worth copying
 * somewhere else from time to time.
 * <p>
 * Summaries and reasons are stored with citizen ID numbers and mobile numbers masked. The
 * trail outlives Camunda's history cleanup: no process TTL touches it.
 */
package org.minzheng.flow.audit;
