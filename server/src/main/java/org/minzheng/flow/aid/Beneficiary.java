package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;

/** A household granted 低保 or 特困: paid monthly from {@code paymentStart}. */
public record Beneficiary(Long id, long applicationId, long householdId, String benefitType, String districtCode,
		String streetCode, int persons, long monthlyAmountFen, String selfCareLevel, LocalDate paymentStart,
		Instant approvedAt, String approvedBy, String approvingOrgUnit, Long entrustmentId, String status) {
}
