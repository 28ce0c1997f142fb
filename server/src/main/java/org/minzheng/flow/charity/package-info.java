/**
 * Charity recognition and charitable-trust filing (慈善组织认定、公开募捐资格、慈善信托备案), at the
 * registrar's charity division (at the city: 慈善事业促进处); tasks go to
 * {@code charity-<role>@<registrarCode>}.
 * <ul>
 * <li>Recognition ({@code CharityRecognitionProcess},
 * bpmn/charity/charity-recognition.bpmn; 《中华人民共和国慈善法》(2023 修正) 第十条, 《慈善组织认定办法》(民政部令第58号,
 * 2024 年修订)): an organisation registered with us applies at its registrar's window (the
 * clerk records it, as with registration); acceptance with one supplement request; the
 * credit standing read from the social-organisation chain (abnormal or serious list,
 * penalty in the 2 years before applying). A problem found is never an automatic refusal:
 * the findings (which list, since when, the penalty) go to the approver, who refuses with
 * reasons or finds them no bar, also with reasons. Review of the four conditions by the
 * reviewer; decision by the approver within 20 working days of acceptance (慈善法第十条 "二十日内",
 * counted in working days as 《行政许可法》第八十二条 counts licensing limits). Approval re-issues
 * the organisation's registration certificate marked as a charitable organisation (认定办法:
 * 换发登记证书, 标明慈善组织属性); the decision carries a document number from the registrar's yearly
 * sequence (深民慈〔2026〕3号, {@link org.minzheng.flow.shared.docnumber.DocumentNumbers});
 * register of charities; 慈善中国.</li>
 * <li>Public-fundraising qualification ({@code CharityFundraisingProcess},
 * bpmn/charity/charity-fundraising.bpmn; 慈善法第二十二条 (2023 修正: 依法登记或者认定满一年),
 * 《慈善组织公开募捐管理办法》(民政部令第59号)): charities of at least one year; acceptance by the clerk with
 * one supplement request (一次性告知) and the applicant's supplement; the credit check, whose
 * findings go to the approver as in recognition; review (one year of annual reports and
 * conduct, not two) by the reviewer, then the approver's decision within 20 working days
 * of acceptance (慈善法第二十二条 "二十日内作出决定"); the certificate (深民募〔2026〕1号) has no fixed term,
 * as neither the Charity Law nor the Measures set one; 慈善中国.</li>
 * <li>Trust filing ({@code CharityTrustFilingProcess},
 * bpmn/charity/charity-trust-filing.bpmn; 慈善法第四十五条, 《慈善信托管理办法》(银监发〔2017〕37号) 第十八至二十一条):
 * the trustee (an external party, {@code charity-party@CH-TR-…}, seeing only its own
 * trusts) files a new trust, changes (e.g. of trustee, history kept), termination with
 * its liquidation report, annual reports. Filing is not a licence and the receipt only
 * proves it; but refusing it or asking for what is missing are decisions on the trustee,
 * so the reviewer checks and proposes and the approver (section chief) signs the receipt
 * (深民信备〔2026〕1号), the one-time notice of what is missing, or the refusal with reasons,
 * within 7 days of complete materials (escalated to the supervisors when overdue); late
 * filings are accepted and flagged.</li>
 * </ul>
 * Every decision and receipt is published (公开, by announcement; there is no objection
 * period, so it is not a 公示) ({@link org.minzheng.flow.charity.PublicRecords}) with its
 * SHA-256 in the audit chain, and can be verified against it.
 */
package org.minzheng.flow.charity;
