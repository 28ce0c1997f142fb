package org.minzheng.flow.integration.credit;

import java.util.Objects;

/**
 * What the credit platform says about one subject. No names: those live in our tables.
 *
 * @param subjectId the ID number or USCC that was checked
 * @param dishonest listed as a dishonest party subject to enforcement (失信被执行人) or on a
 * serious-violation list
 * @param criminalRecord a criminal record (for an entity: of its legal representative)
 */
public record CreditCheckResult(String subjectId, boolean dishonest, boolean criminalRecord) {

	public CreditCheckResult {
		Objects.requireNonNull(subjectId, "subjectId");
	}

	/** Neither listed nor convicted. */
	public boolean clear() {
		return !dishonest && !criminalRecord;
	}

}
