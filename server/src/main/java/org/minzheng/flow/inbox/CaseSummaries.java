package org.minzheng.flow.inbox;

import java.util.Optional;

import org.minzheng.flow.security.BusinessLine;

/**
 * Implemented by each feature: what the inbox shows and filters on for a case, looked up
 * by business key when a task opens. Personal data comes from the feature's own tables,
 * never from engine variables.
 */
public interface CaseSummaries {

	/** The business line of this feature's cases. */
	BusinessLine line();

	/** Whether this feature owns the process. */
	boolean handles(String processKey);

	Optional<CaseSummary> summary(String businessKey);

	/**
	 * Inbox facts about a case: its competent org unit and applicant (full name and ID
	 * number for search).
	 */
	record CaseSummary(String businessKey, String orgUnitCode, String districtCode, String applicantName,
			String applicantIdNumber) {
	}

}
