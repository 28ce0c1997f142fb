package org.minzheng.flow.inbox;

import java.util.Optional;

import org.minzheng.flow.security.BusinessLine;

/**
 * What the inbox shows and filters on for a case, looked up by its number when a task
 * opens: its line, competent unit and party. Answered by the case module from the
 * features' own tables (their {@code CaseFeature}), never from engine variables.
 */
public interface CaseSummaries {

	/** The case named by the number, or empty (a batch, a campaign of no case kind). */
	Optional<CaseSummary> summary(String caseRef);

	/**
	 * Inbox facts about a case: its line, its competent org unit and district, and its
	 * party (full name, and ID number or credit code, for search).
	 */
	record CaseSummary(String businessKey, BusinessLine line, String orgUnitCode, String districtCode,
			String applicantName, String applicantIdNumber) {
	}

}
