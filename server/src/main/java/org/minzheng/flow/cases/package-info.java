/**
 * Cases across the five chains: one port ({@link org.minzheng.flow.cases.CaseFeature})
 * each feature implements, the case index kept from it, and what works the same for every
 * chain through it — case search, 我发起, the case page (summary, facts, diagram, timeline,
 * attachments, open work), the auditor's CSV and print record and the check of a case's
 * audit events against the chain. No feature owns these.
 */
package org.minzheng.flow.cases;
