/**
 * 临时救助 (temporary assistance) and the streets' reserve funds (备用金).
 *
 * <p>
 * 急难型: a street clerk registers the event and, within the street's 先行救助 limit, pays at
 * once from the street's reserve fund (the ledger draws down in the same transaction and
 * never goes negative); the case is then regularised (事后补办) within the process's limit —
 * material completed by the clerk, reviewed by the street reviewer, confirmed by the
 * approving unit (the street up to its approval limit, the district above it). A
 * regularisation that finds the aid was not due records a recovery note, and refunds go
 * back into the fund. 支出型: the household is recognised as an expenditure-hardship
 * household (income against rigid expenditure), the amount follows the district's tiers
 * with a cap, the street or district approves, and a payment instruction goes to the
 * normal payment route. Public notice for 7 days unless below the district's small-amount
 * threshold; one aid per person and event (一事一救). The district's approver or
 * administrator tops up the funds; a reconciliation per street and period matches every
 * payment to its case.
 *
 * <p>
 * Legal basis: 《社会救助暂行办法》第十一章; 民政部、财政部《关于进一步加强和改进临时救助工作的意见》 (民发〔2018〕23号): 先行救助、事后补办,
 * 一事一救, 小额救助可简化公示. BPMN: {@code bpmn/aid/aid-temporary.bpmn}.
 */
package org.minzheng.flow.aid.temporary;
