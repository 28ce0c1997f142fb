package org.minzheng.flow.cases;

import java.time.Instant;

/**
 * A case as the index holds it and lists show it.
 *
 * @param caseNo the number
 * @param kind the {@link CaseKind#code()}
 * @param title what the case is about, in a few words (低保申请 张三, 年度报告 2026 深圳市某协会)
 * @param partyName the applicant (a person) or the organisation
 * @param partyId the applicant's citizen ID number or the organisation's credit code
 * @param partyPerson whether the party is a natural person (name and number are then
 * personal data, masked for readers who do not handle the case)
 * @param districtCode the district the case belongs to
 * @param unitCode the competent unit (street, district or city bureau)
 * @param otherUnitCode a second unit whose staff also work the case (intake street,
 * trustee, supervisory unit), or {@code null}
 * @param status the feature's status, by name
 * @param outcome where the case stands in the terms common to every chain
 * @param processInstanceId the process instance serving the case, or {@code null}
 * @param startedBy the username of whoever filed or opened it, or {@code null} (the
 * system)
 * @param startedAt when it was filed
 * @param closedAt when it was closed, or {@code null}
 */
public record CaseEntry(String caseNo, String kind, String title, String partyName, String partyId, boolean partyPerson,
		String districtCode, String unitCode, String otherUnitCode, String status, CaseOutcome outcome,
		String processInstanceId, String startedBy, Instant startedAt, Instant closedAt) {
}
