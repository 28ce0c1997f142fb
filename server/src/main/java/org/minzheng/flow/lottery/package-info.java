/**
 * Welfare-lottery outlet waitlist (福利彩票代销场所轮候准入制): applicants for a new outlet are
 * checked and, if eligible, wait in their area's queue; openings are offered to the head
 * of the queue; outlets are reviewed yearly and may be suspended or closed.
 *
 * <p>
 * Who acts: the district lottery office (区福彩中心) registers applications (a clerk,
 * {@code lottery-clerk@<district>}), reviews them and inspects sites
 * ({@code lottery-reviewer@<district>}), issues the agency certificate
 * ({@code lottery-approver@<district>}); its administrator defines areas and registers
 * existing outlets, its supervisor releases planned slots. Applicants act for themselves
 * (accept or decline an offer) through an account the office creates at registration:
 * {@link org.minzheng.flow.security.Role#PARTY} at the district's EXTERNAL unit
 * {@code LT-AP-<district>}, scoped by the API to their own application. Anyone can read
 * the queue of an area, masked, and have its event log verified, without signing in.
 *
 * <p>
 * Fairness: the queue order is fixed at eligibility (eligibility time, then application
 * number); the database enforces one live application per applicant, one live offer per
 * opening and per applicant, and never the same opening twice to one applicant; every
 * queue event is appended to the area's hash chain ({@link QueueLedger}), and
 * {@link QueueVerifier} replays that log with the rules of {@link QueueState}, checking
 * that every offer went to whom the rules say and that the recomputed queue equals the
 * stored one.
 *
 * <p>
 * Legal basis: 《彩票管理条例》 and its implementing rules, the Guangdong welfare-lottery outlet
 * rules, Shenzhen's 轮候准入 practice for new outlets.
 *
 * <p>
 * Processes: {@code bpmn/lottery/lottery-application.bpmn}
 * ({@code LotteryApplicationProcess}), {@code bpmn/lottery/lottery-offer.bpmn}
 * ({@code LotteryOfferProcess}), {@code bpmn/lottery/lottery-outlet-review.bpmn}
 * ({@code LotteryOutletReviewProcess}); names in
 * {@code org.minzheng.flow.processes.lottery}.
 */
package org.minzheng.flow.lottery;
