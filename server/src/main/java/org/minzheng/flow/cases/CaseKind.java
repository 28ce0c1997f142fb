package org.minzheng.flow.cases;

/**
 * A kind of case: its stable code ({@code SO_REGISTRATION}), the prefix of its numbers
 * ({@code SO-REG-}) and the feature page that acts on it
 * ({@code /socialorg/registrations/} followed by the number), or {@code null} when the
 * case page is the only page.
 */
public record CaseKind(String code, String prefix, String featurePage) {

	/** The feature page of one case, or {@code null}. */
	public String pageOf(String caseNo) {
		return featurePage == null ? null : featurePage + caseNo;
	}

}
