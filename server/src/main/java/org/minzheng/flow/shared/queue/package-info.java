/**
 * The tamper-evident waitlist every queue of the product rests on (the lottery's areas,
 * the care homes): a hash-chained event log per queue ({@link ChainHash},
 * {@link ChainSession}), its head locked while appending so one queue's operations run
 * one at a time, the queue rules as a pure model rebuilt from the log alone
 * ({@link WaitlistReplay}), the replay verification that names the first altered, forged,
 * deleted or re-chained row ({@link ChainVerifier}), and the masked numbers of the public
 * pages ({@link QueueNumbers}). What is offered (an outlet's slot, a bed) and who may ask
 * for it stay with the feature.
 */
package org.minzheng.flow.shared.queue;
