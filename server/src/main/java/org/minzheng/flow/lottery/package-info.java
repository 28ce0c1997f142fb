/**
 * Welfare-lottery outlet waitlist (福利彩票代销场所轮候准入制): applicants for a new outlet are
 * checked and, if eligible, wait in their area's queue; openings are offered to the head
 * of the queue; outlets are reviewed yearly and may be suspended or closed.
 *
 * <p>
 * Who acts, at two levels. The district civil affairs bureau's lottery agency office
 * (区民政局福彩代销受理, near the site) registers applications (a clerk,
 * {@code lottery-clerk@<district>}), reviews eligibility, inspects sites, makes the
 * yearly review's findings and checks rectifications
 * ({@code lottery-reviewer@<district>}); its administrator defines areas and registers
 * existing outlets, its supervisor releases planned slots. The city welfare lottery
 * issuing centre (市福彩发行中心, 深圳市福利彩票发行中心, the sales institution; unit
 * {@link LotteryAreas#CITY_CENTRE}) appoints agents: its reviewer
 * ({@code lottery-reviewer@<city>}) and then its approver
 * ({@code lottery-approver@<city>}, reasons required) decide the agency after the site
 * inspection; its clerk ({@code lottery-clerk@<city>}) takes the deposit, trains, signs
 * the agency contract, installs the terminal and issues the 代销证. Suspension and
 * withdrawal are the same centre's: the district only proposes; the centre's reviewer
 * reviews, its clerk notifies the outlet and records its answer (陈述申辩; "no answer" only
 * after the answer period, the step's working-day limit), its approver decides with
 * reasons. Applicants act for themselves (accept or decline an offer) through an account
 * the office creates at registration: {@link org.minzheng.flow.security.Role#PARTY} at
 * the district's EXTERNAL unit {@code LT-AP-<district>}, scoped by the API to their own
 * application. Anyone can read the queue of an area, masked, and have its event log
 * verified, without signing in.
 *
 * <p>
 * Fairness: the queue order is fixed at eligibility (eligibility time, then application
 * number); the database enforces one live application per applicant, one live offer per
 * opening and per applicant, and never the same opening twice to one applicant; every
 * queue event is appended to the area's hash chain ({@link QueueLedger}), and
 * {@link QueueVerifier} replays that log with the rules of {@link QueueVerifier#RULES}
 * ({@code WaitlistReplay}), checking that every offer went to whom the rules say and that
 * the recomputed queue equals the stored one.
 *
 * <p>
 * Legal basis: 《彩票管理条例》 (国务院令第554号) 第十四条 (the issuing or sales institution appoints
 * agents and signs the agency contract with them — hence the city centre signs the
 * contract and issues the 代销证, the district does not), 第四十一条 (an agent's violations:
 * corrected on the civil affairs department's order, and in serious cases the institution
 * is made to terminate the agency contract), 《彩票管理条例实施细则》 (财政部、民政部、 国家体育总局令第67号; 第六十三条 on
 * agents' violations), 《中国福利彩票代销合同示范文本》 (民政部); the waitlist itself: Shenzhen's 14th
 * five-year civil affairs plan ("建立'轮候准入制'的投注站设立及 配套管理机制"). No national rule sets an
 * answer period before a contract is terminated; the outlet's answer period follows
 * 《中华人民共和国行政处罚法》第四十四条、第四十五条 (notice and 陈述申辩) by analogy and is configurable (default 5
 * working days) until checked against the model contract and the centre's own agency
 * rules.
 *
 * <p>
 * Processes: {@code bpmn/lottery/lottery-application.bpmn}
 * ({@code LotteryApplicationProcess}), {@code bpmn/lottery/lottery-offer.bpmn}
 * ({@code LotteryOfferProcess}), {@code bpmn/lottery/lottery-outlet-review.bpmn}
 * ({@code LotteryOutletReviewProcess}); names in
 * {@code org.minzheng.flow.processes.lottery}.
 */
package org.minzheng.flow.lottery;
