/**
 * Social organisations (社会组织: 社会团体, 社会服务机构, 基金会) registered by the city or a district
 * bureau: registration (name check, business supervisory unit consent in dual mode,
 * acceptance, review, decision, certificate with a USCC, announcement), the yearly
 * annual-report campaign, the credit lists (活动异常名录 → 严重违法失信名单), 双随机一公开 spot checks with
 * an accounting firm as external party.
 *
 * <p>
 * Basis: 《社会团体登记管理条例》《民办非企业单位登记管理暂行条例》《基金会管理条例》, 《社会组织信用信息管理办法》 (民政部令第60号),
 * 广东省社会组织年度报告制度. BPMN: {@code bpmn/socialorg/socialorg-registration.bpmn},
 * {@code socialorg-annual-report.bpmn}, {@code socialorg-annual-campaign.bpmn},
 * {@code socialorg-spot-check.bpmn}, {@code socialorg-change.bpmn},
 * {@code socialorg-deregistration.bpmn} (变更登记 and 注销登记, each examined by the registrar's
 * reviewer and decided by its approver, a different person: 《社会团体登记管理条例》第十八条至第二十三条,
 * 《民办非企业单位登记管理暂行条例》, 《基金会管理条例》, 《行政许可法》第三十四条、第三十八条; see {@code exit}),
 * {@code socialorg-revocation.bpmn} (撤销登记 of zombie organisations, after a hearing notice
 * served directly or by announcement), {@code socialorg-credit-listing.bpmn} (a listing
 * on the credit lists, decided in writing by the approver after notice and the
 * organisation's answer; see {@code credit}). Registrar staff act with the bureau roles
 * (candidate groups {@code socialorg-clerk@440300}, …); supervisory units and accounting
 * firms are external parties ({@code socialorg-party@SO-SU-0001}). Other features read
 * the credit lists through {@link org.minzheng.flow.socialorg.credit.CreditStandings}.
 *
 * <p>
 * Parts: {@code registration} (成立登记), {@code annual} (the yearly annual-report campaign,
 * opened by the timer process {@code socialorg-annual-campaign.bpmn} or an
 * administrator), {@code credit} (the credit lists and their push to the credit
 * platform), {@code spotcheck} (双随机一公开), {@code exit} (变更, 注销 and 撤销 of zombie
 * organisations); this package holds what they share (the organisation, its type and
 * mapper, the registrar scope, the case feature and its task rules), {@code process} the
 * engine delegates.
 */
package org.minzheng.flow.socialorg;
