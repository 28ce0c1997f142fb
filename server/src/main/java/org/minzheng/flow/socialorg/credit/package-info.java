/**
 * The credit lists of social organisations: 活动异常名录 (abnormal-activity list) and 严重违法失信名单
 * (serious-violation list), their state machine ({@link CreditLists}), the listing cases
 * that decide a listing ({@link CreditListings}, BPMN
 * {@code bpmn/socialorg/socialorg-credit-listing.bpmn}), the nightly periods and the push
 * to the public credit platform.
 *
 * <p>
 * A listing ground (no annual report on time, an annual report not corrected, unreachable
 * at the registered domicile after two returned registered letters, spot-check findings
 * not rectified) no longer lists an organisation by itself: it opens a listing case. The
 * registrar's reviewer proposes with the facts; a proposed listing is notified to the
 * organisation (a notice in the registrar's announcements, which the organisation sees)
 * with its right to answer (陈述、申辩) within a period; the approver then makes the written
 * listing decision (列入决定: reasons, decision document number, date) or decides not to
 * list; only then is the organisation listed and the move pushed to the credit platform.
 * Reviewer and approver are different people (the model's {@code separateDuties}). An
 * organisation whose registration is revoked goes onto the serious-violation list by the
 * revocation decision itself, which the approver made after the hearing notice. Removal
 * from the abnormal list after correction follows a person's decision: the reviewer's
 * acceptance of the late annual report, or an approver's or supervisor's reasoned
 * removal.
 *
 * <p>
 * Basis: 《社会组织信用信息管理办法》 (民政部令第60号, 2018) 第八条 (grounds for the abnormal list), 第十条
 * (grounds for the serious list, among them 被撤销登记的), 第十二条 and following (decision,
 * disclosure, removal; article numbers to be checked against the published text). Notice
 * and answer before listing: 《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》 (国办发〔2020〕49号), and by
 * analogy 《中华人民共和国行政处罚法》第四十四条、第四十五条. The 办法 gives no period to answer; this process
 * version sets 5 working days (the timer's {@code slaWorkingDays}), a source that is
 * uncertain: change the version where a local rule says otherwise. Not changed here: the
 * nightly move from 2 years on the abnormal list to the serious list and the removal
 * after 2 clean years ({@link CreditReviews}) stay automatic.
 */
package org.minzheng.flow.socialorg.credit;
