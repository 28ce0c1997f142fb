package org.minzheng.flow.integration.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record about a legal entity for the credit platform.
 *
 * @param category what kind of record, e.g. {@code CEMETERY_INSPECTION_UNQUALIFIED}
 * @param subjectUscc the entity's unified social credit code (18 characters)
 * @param subjectName the entity's registered name
 * @param authorityCode the deciding authority's org unit code (e.g. {@code 440308})
 * @param authorityName the deciding authority (e.g. 盐田区民政局)
 * @param decisionDate when the decision was taken
 * @param summary what was decided, in Chinese
 * @param caseNo our case number, for the platform's reference
 */
public record CreditRecord(String category, String subjectUscc, String subjectName, String authorityCode,
		String authorityName, LocalDate decisionDate, String summary, String caseNo) {

	public CreditRecord {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(subjectUscc, "subjectUscc");
		Objects.requireNonNull(subjectName, "subjectName");
		Objects.requireNonNull(authorityCode, "authorityCode");
		Objects.requireNonNull(decisionDate, "decisionDate");
		Objects.requireNonNull(caseNo, "caseNo");
		if (subjectUscc.length() != 18) {
			throw new IllegalArgumentException("subjectUscc must have 18 characters");
		}
	}

}
