/**
 * Commercial-cemetery annual inspection (经营性公墓年检). Each year, before Qingming, a district
 * bureau (its administrator, or the timer of {@code CemeteryCampaignScheduleProcess})
 * opens a campaign ({@code CemeteryCampaignProcess},
 * bpmn/cemetery/cemetery-campaign.bpmn) with one inspection
 * ({@code CemeteryInspectionProcess}, bpmn/cemetery/cemetery-inspection.bpmn) per
 * commercial cemetery of the district: the operator's self-inspection report (the
 * operator is an external party, {@code cemetery-party@CEM-OP-…}, seeing only its own
 * cemetery), document review, on-site inspection against the versioned checklist with
 * photos and location, findings, rectification and re-inspection, and the result
 * 合格/限期整改/不合格. An unqualified cemetery is reported to the public credit platform and
 * referred to the district's joint-enforcement unit (also an external party). The
 * district summarises the campaign; the city reviews each district's summary and may send
 * it back with a reason.
 *
 * <p>
 * Legal basis: 《殡葬管理条例》, 民政部等《关于进一步规范殡葬服务管理的意见》 and the provincial rules on 经营性公墓年检; see
 * DOMAIN.md §5.
 */
package org.minzheng.flow.cemetery;
