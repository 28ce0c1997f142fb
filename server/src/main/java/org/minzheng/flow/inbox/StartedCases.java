package org.minzheng.flow.inbox;

import java.time.Instant;
import java.util.List;

import org.minzheng.flow.security.StaffUser;

/**
 * Cases a user registered (我发起), provided by each feature that registers cases.
 */
public interface StartedCases {

	/** One page of the cases the user registered, newest first. */
	CasePage startedBy(StaffUser user, int page, int size);

	/** How many cases the user registered. */
	long countStartedBy(StaffUser user);

	/** A page of cases. */
	record CasePage(List<CaseSummary> items, long total, int page, int size) {
	}

	/** A case as lists show it; the applicant masked unless the reader handles it. */
	record CaseSummary(String applicationNo, String benefitType, String applicantName, String applicantIdNumber,
			String districtCode, String districtName, String streetCode, String streetName, String status,
			String decision, String submittedBy, Instant registeredAt, Instant closedAt) {
	}

}
