/**
 * Change registration (变更登记), voluntary deregistration (注销登记) and the exit of zombie
 * organisations (撤销登记).
 *
 * <p>
 * Change and deregistration are decided at two levels: after the business supervisory
 * unit's consent where the organisation is under dual management, the registrar's
 * reviewer examines the application (the liquidation report for a deregistration) and
 * writes the findings with a recommendation; the approver decides to grant or refuse,
 * with an opinion, and a refusal states its reasons. Reviewer and approver are different
 * people (the models' {@code separateDuties}). Basis: 《社会团体登记管理条例》 (2016) 第十八条 (change),
 * 第十九条 to 第二十三条 (grounds for deregistration, liquidation, deregistration within 15 days
 * of the liquidation, certificate and seal returned, announcement); 《民办非企业单位登记管理暂行条例》第十五条
 * to 第十八条; 《基金会管理条例》第十五条 to 第十九条 (article numbers to be checked against the published
 * texts); review and decision, and reasons for a refusal: 《中华人民共和国行政许可法》 第三十四条、第三十八条.
 * BPMN: {@code bpmn/socialorg/socialorg-change.bpmn},
 * {@code socialorg-deregistration.bpmn}.
 *
 * <p>
 * Zombie exit ({@code socialorg-revocation.bpmn}): the approver confirms a detected
 * batch; each case serves a hearing notice (《行政处罚法》第六十三条). An organisation that can be
 * reached is served directly; one that cannot (失联) is served by announcement, which takes
 * effect only when the announcement period is over: 30 calendar days from publication by
 * analogy with 《中华人民共和国民事诉讼法》 (2021, 2023) 第九十五条 (the 2017 text, art. 92, had 60 days),
 * which 《行政处罚法》第六十一条 names for service; an analogy, set as the timer's
 * {@code slaCalendarDays} of the process version. An organisation that comes forward
 * during the announcement and asks for a hearing is heard. The hearing request period
 * runs from the day service takes effect: 5 days under 《行政处罚法》第六十四条, working days under
 * its 第八十五条. The approver then revokes or drops the case; a revocation is announced and
 * puts the organisation on the serious-violation list (《社会组织信用信息管理办法》第十条).
 */
package org.minzheng.flow.socialorg.exit;
