package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application as staff read it: built from {@link LotteryApplication#forStaff()} (ID
 * number and mobile masked), without the internal id, the live-applicant key and the
 * process instance.
 */
public record LotteryApplicationView(String applicationNo, String areaCode, String districtCode, String applicantKind,
		String applicantName, String applicantKey, LocalDate birthDate, String mobile, String siteAddress,
		BigDecimal siteLatitude, BigDecimal siteLongitude, BigDecimal siteAreaM2, LocalDate leaseUntil,
		LotteryApplication.Status status, Boolean recordsClear, Integer nearestOutletM, String ineligibleReasons,
		String reviewOpinion, String contractNo, String terminalNo, String certificateNo, String applicantUsername,
		String submittedBy, Instant submittedAt, Instant closedAt) {

	static LotteryApplicationView of(LotteryApplication row) {
		return new LotteryApplicationView(row.applicationNo(), row.areaCode(), row.districtCode(), row.applicantKind(),
				row.applicantName(), org.minzheng.flow.shared.SealedText.valueOf(row.applicantKey()), row.birthDate(),
				row.mobile(), row.siteAddress(), row.siteLatitude(), row.siteLongitude(), row.siteAreaM2(),
				row.leaseUntil(), row.status(), row.recordsClear(), row.nearestOutletM(), row.ineligibleReasons(),
				row.reviewOpinion(), row.contractNo(), row.terminalNo(), row.certificateNo(), row.applicantUsername(),
				row.submittedBy(), row.submittedAt(), row.closedAt());
	}

}
