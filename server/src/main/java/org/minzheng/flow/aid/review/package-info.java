/**
 * Periodic review of 低保/特困 beneficiaries (动态管理).
 *
 * <p>
 * Each beneficiary has a next-review date: the interval of its household type after its
 * payment start ({@code aid_review_interval}: a household with a member able to earn — of
 * working age, neither severely disabled nor seriously ill — every 6 months, a household
 * of only elderly, minor, severely disabled or seriously ill members every 12, 特困 yearly;
 * see {@link org.minzheng.flow.aid.review.HouseholdType}), set at grant
 * ({@link org.minzheng.flow.aid.review.ReviewDates}) and moved on by each review that
 * lets payment go on. Every working-day morning a timer
 * ({@code AidReviewScheduleProcess}) opens a review case ({@code FC-}, one open per
 * beneficiary) in the street's inbox.
 *
 * <p>
 * Who acts: the street clerk investigates again (new household income, changes); the
 * street reviewer proposes; the approving unit — the district, or the street under its
 * entrustment, resolved as for an application — decides: continue (next review date moves
 * on), adjust (the new household income is written; the roster computes the amount from
 * next month), phase out (渐退: paid up to the decided months, at most the process
 * version's {@code phaseOutMaxMonths}, 6; then ends), terminate (this month is the last
 * paid) once the clerk has served the written stop notice (书面告知, 3 working days).
 *
 * <p>
 * Legal basis: 《社会救助暂行办法》 第十三条, 《最低生活保障审核确认办法》 (民发〔2021〕57号) 第五章 (动态管理, 渐退期). Processes:
 * {@code bpmn/aid/aid-review-schedule.bpmn}, {@code bpmn/aid/aid-review.bpmn}.
 */
package org.minzheng.flow.aid.review;
