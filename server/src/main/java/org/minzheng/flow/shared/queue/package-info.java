/**
 * The tamper-evident waitlist every queue of the product rests on (the lottery's areas,
 * the care homes): a hash-chained event log per queue ({@link ChainHash},
 * {@link ChainSession}), its head locked while appending so one queue's operations run
 * one at a time ({@link ChainLedger}, which each kind subclasses as its ledger bean), the
 * queue rules as a pure model rebuilt from the log alone ({@link WaitlistReplay}), the
 * replay verification that names the first altered, forged, deleted or re-chained row
 * ({@link ChainVerifier}), the SQL of the queue tables once for every kind
 * ({@link WaitlistMapper}, {@link WaitlistSql} over the tables a mapper names with
 * {@link WaitlistTables}), the stored rows in shared terms ({@link WaitlistRows}), the
 * queue as people read it ({@link WaitlistListing}) and the masked numbers of the public
 * pages ({@link QueueNumbers}). What is offered (an outlet's slot, a bed), who may ask
 * for it, the ordering key and the API's field names stay with the feature.
 */
package org.minzheng.flow.shared.queue;
