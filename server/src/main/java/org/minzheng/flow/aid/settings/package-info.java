/**
 * A district's figures for social assistance (救助参数), kept as data with four eyes: the
 * 临时救助 limits (先行救助额度, 街道审批额度, 免予公示额度, the cap of an expenditure-type amount) and 支出型
 * tiers, and the share and flag rule of the district's spot check of entrusted decisions.
 * An administrator holding ADMIN at the district (or the city) proposes the whole set
 * with the document that set it (文号, title) and a reason; another administrator at the
 * district or above approves (the live tables {@code aid_temporary_limit},
 * {@code aid_temporary_tier} and {@code aid_spot_check_policy} are written in the same
 * transaction, so the next registration and the next draw use them) or rejects with a
 * reason. Every step is audited; old and new values stay in the history
 * ({@link AidSettings}).
 *
 * <p>
 * Legal basis: 《社会救助暂行办法》 and 国务院办公厅《关于进一步加强和改进临时救助工作的意见》 (国办发〔2018〕23号) leave the
 * amounts and procedures of 临时救助 to local governments; the district's own document sets
 * them.
 */
package org.minzheng.flow.aid.settings;
