package org.minzheng.flow.integration.charityplatform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication for 慈善中国.
 *
 * @param kind {@code CHARITY_RECOGNITION}, {@code FUNDRAISING_QUALIFICATION} or
 * {@code TRUST_FILING}
 * @param subjectUscc the charity's (or trustee's) unified social credit code (18
 * characters)
 * @param subjectName its registered name
 * @param authorityCode the deciding bureau's org unit code (e.g. {@code 440300})
 * @param authorityName the deciding bureau (e.g. 深圳市民政局)
 * @param certificateNo the certificate or receipt number
 * @param effectiveOn from when it holds
 * @param validUntil until when it holds, or {@code null} when open-ended
 * @param caseNo our case number, for the platform's reference
 */
public record Publication(String kind, String subjectUscc, String subjectName, String authorityCode,
		String authorityName, String certificateNo, LocalDate effectiveOn, LocalDate validUntil, String caseNo) {

	public Publication {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subjectUscc, "subjectUscc");
		Objects.requireNonNull(subjectName, "subjectName");
		Objects.requireNonNull(authorityCode, "authorityCode");
		Objects.requireNonNull(certificateNo, "certificateNo");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		Objects.requireNonNull(caseNo, "caseNo");
		if (subjectUscc.length() != 18) {
			throw new IllegalArgumentException("subjectUscc must have 18 characters");
		}
	}

}
