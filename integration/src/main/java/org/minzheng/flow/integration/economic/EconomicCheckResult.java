package org.minzheng.flow.integration.economic;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The centre's answer to a check.
 *
 * @param requestId the id from the {@link EconomicCheckReceipt}
 * @param applicationNo the business key given in the request, to correlate the answer
 * with the case
 * @param outcome the overall verdict
 * @param memberFindings one finding per checked member
 * @param completedAt when the centre finished the check
 */
public record EconomicCheckResult(String requestId, String applicationNo, EconomicCheckOutcome outcome,
		List<MemberFinding> memberFindings, Instant completedAt) {

	public EconomicCheckResult {
		Objects.requireNonNull(requestId, "requestId");
		Objects.requireNonNull(applicationNo, "applicationNo");
		Objects.requireNonNull(outcome, "outcome");
		memberFindings = List.copyOf(memberFindings);
		Objects.requireNonNull(completedAt, "completedAt");
	}

}
