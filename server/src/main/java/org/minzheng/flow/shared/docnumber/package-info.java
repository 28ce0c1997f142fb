/**
 * Document numbers (发文字号) of the bureau's decisions, certificates and receipts: the
 * issuing unit's abbreviation (data, {@code doc_number_issuer}), the kind's mark, the
 * year in 〔〕 and a sequence that restarts every year per unit and kind, e.g. 深民慈〔2026〕3号
 * (《党政机关公文格式》GB/T 9704-2012 §7.2.4: 发文机关代字、年份、发文顺序号). The sequence is gap-free: a number
 * is taken under the row lock of its sequence in the transaction of the document it
 * numbers.
 */
package org.minzheng.flow.shared.docnumber;
