/**
 * The district's spot check (抽查) of decisions its streets took under entrustment.
 *
 * <p>
 * On the first working day of each month (a weekday-morning timer,
 * {@code AidSpotCheckScheduleProcess}, that draws once per district and month), every
 * district with entrusted streets draws a reproducible random sample of last month's
 * entrusted decisions — its share per district ({@code aid_spot_check_policy}, 30 % by
 * default, rounded up, at least one) — and opens one case ({@code CC-}) per sampled
 * decision for its aid reviewers. How a draw is replayed from what it stores: see
 * {@link org.minzheng.flow.aid.spotcheck.SpotCheckSample}.
 *
 * <p>
 * Who acts: a district reviewer confirms the decision or records a finding (kind from
 * {@code aid_spot_check_finding_kind}, with a note); a finding may propose a correction,
 * which the district approver confirms (the application's decision record then carries
 * it, audited on both cases; a correction that ends payment makes this month the last
 * paid) or declines. The street whose decision is checked does not see the check. The
 * dashboard shows per entrustment the checks and findings and flags one with repeated
 * findings (the district's threshold) for the district to consider revoking it.
 *
 * <p>
 * Legal basis: the district remains responsible for decisions it entrusts (《最低生活保障审核确认办法》
 * 第七条, 抽查 of entrusted decisions). Process: {@code bpmn/aid/aid-spot-check.bpmn}.
 */
package org.minzheng.flow.aid.spotcheck;
