package org.minzheng.flow.elderly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 高龄津贴 case as stored; personal data sealed (open with the crypto before showing).
 */
public record Allowance(long id, String caseNo, String idIndex, String idNumber, String residentName,
		LocalDate birthDate, String streetCode, String districtCode, String bankAccount, String phone,
		boolean alreadyReceiving, boolean movedOut, AllowanceStatus status, String decisionInputs, String unclearReason,
		String eligibility, Long monthlyAmountFen, String decisionVersion, Instant decidedAt, String decidedBy,
		String reviewedBy, String reviewOpinion, String payFrom, String payUntil, String stopReason,
		String processInstanceId, String messageId, Instant receivedAt, Instant closedAt) {

	/** Decided by the rule alone (秒批). */
	public static final String BY_RULE = "RULE";

	/** Decided by the street's clerk. */
	public static final String BY_STAFF = "STAFF";

}
