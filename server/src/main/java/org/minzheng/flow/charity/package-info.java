/**
 * Charity recognition and charitable-trust filing (慈善组织认定、公开募捐资格、慈善信托备案).
 * <ul>
 * <li>Recognition ({@code CharityRecognitionProcess},
 * bpmn/charity/charity-recognition.bpmn): an organisation registered with us applies at
 * its registrar's window (the clerk records it, as with registration); acceptance with
 * one supplement request; the credit standing read from the social-organisation chain
 * (abnormal or serious list, penalty in the last 2 years refuse it); review of the four
 * conditions; decision within 20 working days; certificate, register of charities,
 * 慈善中国.</li>
 * <li>Public-fundraising qualification ({@code CharityFundraisingProcess},
 * bpmn/charity/charity-fundraising.bpmn): charities of at least one year; review,
 * decision within 20 working days, certificate with its validity, 慈善中国.</li>
 * <li>Trust filing ({@code CharityTrustFilingProcess},
 * bpmn/charity/charity-trust-filing.bpmn): the trustee (an external party,
 * {@code charity-party@CH-TR-…}, seeing only its own trusts) files a new trust, changes
 * (e.g. of trustee, history kept), termination with its liquidation report, annual
 * reports; the bureau issues the receipt within 7 days (escalated to its supervisors when
 * overdue) or lists what is missing once; late filings are accepted and flagged.</li>
 * </ul>
 * Every decision and receipt is published
 * ({@link org.minzheng.flow.charity.PublicRecords}) with its SHA-256 in the audit chain,
 * and can be verified against it.
 * <p>
 * Legal basis: 《中华人民共和国慈善法》(2023 修正), 《慈善组织认定办法》, 《慈善组织公开募捐管理办法》, 《慈善信托管理办法》; see
 * DOMAIN.md §3.
 */
package org.minzheng.flow.charity;
