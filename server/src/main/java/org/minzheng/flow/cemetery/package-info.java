/**
 * Commercial-cemetery annual inspection (经营性公墓年检). Each year, before Qingming, a district
 * bureau (its administrator, or the timer of {@code CemeteryCampaignScheduleProcess} on
 * the first working day on or after 5 January) opens a campaign
 * ({@code CemeteryCampaignProcess}, bpmn/cemetery/cemetery-campaign.bpmn) with one
 * inspection ({@code CemeteryInspectionProcess}, bpmn/cemetery/cemetery-inspection.bpmn)
 * per commercial cemetery of the district: the operator's self-inspection report (the
 * operator is an external party, {@code cemetery-party@CEM-OP-…}, seeing only its own
 * cemetery), document review, on-site inspection against the versioned checklist with
 * photos and location, findings, rectification and re-inspection, and the result
 * 合格/限期整改/不合格. 限期整改 opens one further period: the operator reports again, the district
 * inspector re-inspects the items still failing (checklist round 3), and the district's
 * approver decides 合格 or 不合格 with the reasons. An unqualified cemetery is reported to the
 * public credit platform and referred, by finding type (the checklist item's category,
 * table {@code cemetery_enforcement_route}), to the bodies that act on it, one task each,
 * each reporting back what it did: prices and sales to the district's 市场监督管理局, land to
 * its 城市管理和综合执法局, on-site safety to the 街道办事处 of the cemetery's area, everything else to
 * the district's 殡葬联合执法组 (civil affairs leading). The district summarises the campaign;
 * the city reviews each district's summary and may send it back with a reason. The step
 * limits (working days, per process version) are set so that the longest path ends before
 * 清明 ({@code CemeteryQingmingDeadlineTest}).
 *
 * <p>
 * Legal basis: 《殡葬管理条例》 (国务院令第225号, revised 2012) art. 4 (civil-affairs departments at
 * county level and above supervise funeral and burial), art. 8 (commercial cemeteries
 * approved by the provincial civil-affairs department), art. 11 (plot size), art. 18
 * (unapproved facilities: civil affairs with the construction and land departments), art.
 * 19 (oversized plots: civil affairs orders rectification within a time limit), art. 22
 * (with the market-regulation department); 《公墓管理暂行办法》 (民政部, 1992); 《中华人民共和国价格法》 art. 13
 * and 33 and 《明码标价和禁止价格欺诈规定》 (prices, market regulation); 《中华人民共和国土地管理法》 art. 77 (illegal
 * land occupation; in Shenzhen enforced by the urban-management and
 * integrated-enforcement bureaus); 《中华人民共和国行政处罚法》 art. 24 and the Guangdong announcement
 * on street-level integrated enforcement (2020) (street offices); the Shenzhen 14th
 * five-year civil-affairs plan (加强殡葬联合执法和街道综合执法) and the Yantian district plan
 * (每年开展经营性公墓年检); the provincial rules on 经营性公墓年检 where they exist. Where a rule is
 * uncertain the national regulation is followed; see DOMAIN.md §5.
 */
package org.minzheng.flow.cemetery;
